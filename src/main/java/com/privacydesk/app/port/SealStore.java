package com.privacydesk.app.port;

import java.util.List;
import java.util.Optional;

/**
 * The seals of the audited entities' rows (ADR 0022): each entity's rows as its latest audit entry
 * left them, as a keyed hash the holder of the database file alone cannot make.
 */
public interface SealStore {
  /** The entities whose rows are sealed, as audit entries name them. */
  List<String> entities();

  /** Feeds each stored seal of {@code entity}, in id order, checked against its rows now. */
  void forEachSeal(String entity, SealConsumer each);

  /** Ids of {@code entity} that have rows but no seal (at most {@code max}), ascending. */
  List<Long> unsealed(String entity, int max);

  /** The stored seal of one entity checked against its rows now; empty when it has none. */
  Optional<SealState> state(String entity, long id);

  /** The number of the latest audit entry about {@code entity} {@code id}; 0 when none. */
  long latestEntry(String entity, long id);

  /** One stored seal checked against the rows. */
  @FunctionalInterface
  interface SealConsumer {
    /**
     * One stored seal of the record {@code id}.
     *
     * @param auditSeq the audit entry the seal was made for
     * @param matches whether the rows now give the stored seal
     * @param hasRows whether the entity has rows
     */
    void accept(long id, long auditSeq, boolean matches, boolean hasRows);
  }

  /** A stored seal checked against the rows now. */
  record SealState(long auditSeq, boolean matches) {}
}
