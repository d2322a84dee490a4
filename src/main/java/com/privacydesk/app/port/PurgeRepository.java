package com.privacydesk.app.port;

import com.privacydesk.domain.CaseType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Finding ended cases past retention and removing their personal data. */
public interface PurgeRepository {
  /** An ended case past its type's retention, not purged yet. */
  record Candidate(long id, CaseType type, Instant closedAt) {}

  /** Ended, unpurged cases whose latest closure is before their type's cutoff, by id. */
  List<Candidate> candidates(Map<CaseType, Instant> cutoffs);

  /** The normalised opt-out addresses of {@code caseIds} that still have one, by case id. */
  Map<Long, String> optOutAddresses(List<Long> caseIds);

  /** Keeps {@code emailHash} (SHA-256 hex) of a suppressed address; a known hash is left as is. */
  void keepSuppressionHash(String emailHash, long caseId, Instant at);

  /** Whether a suppression hash is kept. */
  default boolean suppressionHashKept(String emailHash) {
    return suppressionCase(emailHash).isPresent();
  }

  /** The (purged) opt-out case whose suppression hash is {@code emailHash}, if one is kept. */
  java.util.Optional<Long> suppressionCase(String emailHash);

  /**
   * Removes the personal data of {@code caseIds} (contact, account reference, opt-out address,
   * names and circumstances, notes) and marks them purged at {@code at}.
   */
  void purge(List<Long> caseIds, Instant at);

  /** Stores a purge run; returns its number. */
  long insertRun(PurgeRun run);

  /** A stored purge run: what its certificate states. */
  record PurgeRun(
      Instant at,
      long userId,
      int cases,
      Instant closedFrom,
      Instant closedTo,
      String counts,
      long auditSeq,
      String auditHash) {}
}
