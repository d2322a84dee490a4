package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.domain.workflow.Tick;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The writes intake and the workflow share: a link between two cases and a checklist tick, each
 * with its audit entries.
 */
final class CaseRecords {
  private CaseRecords() {}

  /** Links {@code from} to {@code to} as {@code kind}, audited on both cases. */
  static void insertLink(
      Repositories r, Actor actor, long from, long to, String kind, Instant now) {
    r.cases().insertLink(from, to, kind, now);
    r.audit().append(actor.audit(now, "CASE_LINK", "CASE", from, kind + " " + to));
    r.audit().append(actor.audit(now, "CASE_LINK", "CASE", to, "linked from " + from));
  }

  /**
   * Stores a tick of line {@code key} (replacing {@code before}, or null when it was open) and its
   * audit entry: the one way a tick is written, by the checklist and by intake alike.
   */
  static void recordTick(
      Repositories r,
      Actor actor,
      long caseId,
      String key,
      Tick before,
      LocalDate date,
      String choice,
      Instant now) {
    r.cases().putTick(caseId, key, date, choice, actor.userId(), now);
    r.audit()
        .append(
            actor.audit(
                now,
                "CHECKLIST_TICK",
                "CASE",
                caseId,
                key + ": " + describe(before) + " -> " + describe(date, choice)));
  }

  static String describe(Tick t) {
    return t == null ? "open" : describe(t.doneOn(), t.choice());
  }

  private static String describe(LocalDate date, String choice) {
    StringBuilder b = new StringBuilder("done");
    if (date != null) {
      b.append(' ').append(date);
    }
    if (choice != null) {
      b.append(' ').append(choice);
    }
    return b.toString();
  }
}
