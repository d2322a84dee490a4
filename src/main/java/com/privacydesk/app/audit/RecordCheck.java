package com.privacydesk.app.audit;

import com.privacydesk.app.port.SealStore;
import com.privacydesk.domain.audit.AuditEntry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every audited record against its seal (ADR 0022): the seal must match the record's rows
 * and be the one its latest audit entry made. Fed the chain's entries in order first (to learn each
 * record's latest entry), then run against the stored seals.
 */
final class RecordCheck {
  /** Problems described in full; beyond that only counted. */
  static final int LISTED = 100;

  private final Set<String> sealed;
  private final com.privacydesk.domain.audit.ChainKey key;
  // the latest entry per case id (dense ids: an array), and per other record
  private long[] latestCase = new long[1024];
  private final Map<String, Map<Long, Long>> latestOther = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private long problemCount;
  private long checked;

  RecordCheck(List<String> sealedEntities, com.privacydesk.domain.audit.ChainKey key) {
    this.sealed = new HashSet<>(sealedEntities);
    this.key = key;
  }

  /** Notes entry {@code seq}, in chain order. */
  void see(long seq, AuditEntry e) {
    if (!sealed.contains(e.entity())) {
      return;
    }
    long id = e.entityId() == null ? 0 : e.entityId();
    if (e.entity().equals("CASE") && id >= 0 && id < Integer.MAX_VALUE) {
      if (id >= latestCase.length) {
        latestCase =
            java.util.Arrays.copyOf(latestCase, (int) Math.max(id + 1, latestCase.length * 2L));
      }
      latestCase[(int) id] = seq;
    } else {
      latestOther.computeIfAbsent(e.entity(), k -> new HashMap<>()).put(id, seq);
    }
  }

  private long latest(String entity, long id) {
    if (entity.equals("CASE")) {
      return id >= 0 && id < latestCase.length ? latestCase[(int) id] : 0;
    }
    return latestOther.getOrDefault(entity, Map.of()).getOrDefault(id, 0L);
  }

  /** Checks every stored seal, every record without one, and every record whose seal is gone. */
  void run(SealStore seals) {
    for (String entity : seals.entities()) {
      BitSet seen = new BitSet();
      Set<Long> seenOther = new HashSet<>();
      seals.forEachSeal(
          entity,
          (id, auditSeq, matches, hasRows) -> {
            checked++;
            if (id >= 0 && id < Integer.MAX_VALUE) {
              seen.set((int) id);
            } else {
              seenOther.add(id);
            }
            long expected = latest(entity, id);
            if (!matches) {
              problem(
                  name(entity, id)
                      + (hasRows
                          ? ": changed outside PrivacyDesk (its rows no longer match their seal)"
                          : ": deleted outside PrivacyDesk"));
            } else if (!key.sealIsCurrent(auditSeq, expected)) {
              problem(
                  name(entity, id)
                      + ": set back outside PrivacyDesk (sealed at entry "
                      + auditSeq
                      + ", its latest entry is "
                      + expected
                      + ")");
            }
          });
      for (long id : seals.unsealed(entity, LISTED)) {
        problem(name(entity, id) + ": added outside PrivacyDesk (it has no seal)");
      }
      forEachWithEntries(
          entity,
          id -> {
            boolean wasSealed =
                (id >= 0 && id < Integer.MAX_VALUE) ? seen.get((int) id) : seenOther.contains(id);
            if (!wasSealed) {
              problem(name(entity, id) + ": deleted outside PrivacyDesk with its seal");
            }
          });
    }
  }

  private void forEachWithEntries(String entity, java.util.function.LongConsumer each) {
    if (entity.equals("CASE")) {
      for (int id = 1; id < latestCase.length; id++) {
        if (latestCase[id] > 0) {
          each.accept(id);
        }
      }
    } else {
      latestOther.getOrDefault(entity, Map.of()).keySet().forEach(each::accept);
    }
  }

  private void problem(String text) {
    problemCount++;
    if (problems.size() < LISTED) {
      problems.add(text);
    }
  }

  private static String name(String entity, long id) {
    return com.privacydesk.domain.audit.RecordName.of(entity, id);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  long problemCount() {
    return problemCount;
  }

  long checked() {
    return checked;
  }
}
