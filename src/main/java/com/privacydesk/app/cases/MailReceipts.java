package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.MailSettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Handling an incoming message inside the transaction that acts on it: it is marked handled only if
 * nobody handled it first (so one message never becomes two cases, even from two workstations), its
 * personal fields go (or stay the configured days), and the step is audited.
 */
public final class MailReceipts {
  private MailReceipts() {}

  /** The message, if it is still new; refused when someone handled it first. */
  public static IncomingMail unhandled(Repositories r, long incomingId) {
    IncomingMail m =
        r.mail()
            .incoming(incomingId)
            .orElseThrow(() -> new NotFoundException("Incoming message " + incomingId));
    if (m.status() != IncomingMail.Status.NEW) {
      throw handledAlready(m);
    }
    return m;
  }

  private static RefusedException handledAlready(IncomingMail m) {
    Long caseId = m.convertedCase() != null ? m.convertedCase() : m.duplicateOf();
    return caseId == null
        ? new RefusedException(Refusal.of("mail.handled", m.id()))
        : new RefusedException(Refusal.of("mail.handledAs", m.id(), caseId));
  }

  /**
   * Marks message {@code incomingId} converted into case {@code caseId}; the case keeps its
   * receipt.
   */
  public static void converted(
      Repositories r, Actor actor, long incomingId, long caseId, Instant now) {
    IncomingMail m = unhandled(r, incomingId);
    mark(r, actor, m, IncomingMail.Status.CONVERTED, null, caseId, null, now);
    r.mail().insertReceipt(caseId, m);
  }

  /** Marks a message handled without a new case. */
  public static void dismissed(
      Repositories r,
      Actor actor,
      long incomingId,
      Dismissal why,
      @Nullable Long duplicateOf,
      Instant now) {
    IncomingMail m = unhandled(r, incomingId);
    mark(r, actor, m, IncomingMail.Status.DISMISSED, why, null, duplicateOf, now);
  }

  private static void mark(
      Repositories r,
      Actor actor,
      IncomingMail m,
      IncomingMail.Status status,
      @Nullable Dismissal why,
      @Nullable Long caseId,
      @Nullable Long duplicateOf,
      Instant now) {
    int keepDays = MailSettings.load(r.settings()).keepTextDays();
    Instant keepUntil = keepDays == 0 ? null : now.plus(Duration.ofDays(keepDays));
    if (!r.mail()
        .handle(m.id(), status, why, caseId, duplicateOf, actor.userId(), now, keepUntil)) {
      // someone else handled it between the read and the update
      throw handledAlready(r.mail().incoming(m.id()).orElse(m));
    }
    String detail =
        status == IncomingMail.Status.CONVERTED
            ? "case=" + caseId
            : "dismissed=" + why + (duplicateOf == null ? "" : "; case=" + duplicateOf);
    r.audit()
        .append(
            actor.audit(
                now,
                status == IncomingMail.Status.CONVERTED ? "MAIL_CONVERTED" : "MAIL_DISMISSED",
                "MAIL",
                m.id(),
                detail + (keepUntil == null ? "" : "; textKeptDays=" + keepDays)));
  }
}
