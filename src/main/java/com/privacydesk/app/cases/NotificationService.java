package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.user.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders for the signed-in user (issue 21): a case assigned to them by someone else, sent back
 * from review or approved (with the reviewer's comment), a colleague's note on their case (what
 * happened in the audit trail since a point), and their open cases due on the next business day or
 * overdue (as the queue counts them). A notice names a case number, type and due date only; a
 * send-back carries the reviewer's comment, which the app shows in its own tray and never hands to
 * the operating system.
 */
public final class NotificationService {
  /** Most audit entries one check reads; the rest come with the next check. */
  static final int BATCH = 500;

  /** Most cases one deadline notice kind lists. */
  static final int MOST_CASES = 50;

  private static final Set<String> ACTIONS = Set.of("CASE_ASSIGN", "CASE_TRANSITION", "NOTE_ADD");

  private final TransactionRunner tx;
  private final CaseQueries queries;
  private final java.time.Clock clock;

  public NotificationService(TransactionRunner tx, CaseQueries queries, java.time.Clock clock) {
    this.tx = tx;
    this.queries = queries;
    this.clock = clock;
  }

  /** What a notice is about; each kind can be turned off by its user. */
  public enum Kind {
    ASSIGNED,
    DUE_TOMORROW,
    OVERDUE,
    SENT_BACK,
    APPROVED,
    NOTE
  }

  /**
   * One reminder.
   *
   * @param at when it happened (a deadline notice: when it was found)
   * @param comment the reviewer's comment of a send-back or an approval, else null
   */
  public record Notice(
      Kind kind, long caseId, CaseType type, LocalDate due, Instant at, String comment) {}

  /**
   * A check's answer.
   *
   * @param mark the audit position to check after next time
   */
  public record Check(long mark, List<Notice> notices) {}

  /**
   * Where a user's first check starts when they have none kept: their previous sign-in (what
   * happened while they were away is told), or the audit trail's head at their very first.
   */
  public long mark(Actor actor) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> {
          List<Long> signIns = r.audit().newestAbout("USER", actor.userId(), "SIGN_IN", 2);
          return signIns.size() == 2 ? signIns.get(1) : r.audit().head().lastSeq();
        });
  }

  /**
   * What happened to the user's cases after {@code afterSeq}, and (when {@code deadlines}) their
   * cases due on the next business day or overdue on {@code today}; only the {@code wanted} kinds.
   */
  public Check check(
      Actor actor, long afterSeq, LocalDate today, Set<Kind> wanted, boolean deadlines) {
    actor.require(Permission.VIEW_QUEUE);
    Set<Kind> kinds = wanted.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(wanted);
    List<Notice> notices = new ArrayList<>();
    long mark =
        tx.inTransaction(
            actor,
            r -> {
              List<AuditTrail.Stored> events = r.audit().after(afterSeq, ACTIONS, BATCH);
              for (AuditTrail.Stored s : events) {
                notice(r, actor, s.entry())
                    .filter(n -> kinds.contains(n.kind()))
                    .ifPresent(notices::add);
              }
              return events.isEmpty()
                  ? Math.max(afterSeq, r.audit().head().lastSeq())
                  : events.getLast().seq();
            });
    if (deadlines) {
      Instant now = clock.instant();
      if (kinds.contains(Kind.DUE_TOMORROW)) {
        cases(actor, ViewSpec.Due.NEXT, 1, today)
            .forEach(c -> notices.add(deadline(Kind.DUE_TOMORROW, c, now)));
      }
      if (kinds.contains(Kind.OVERDUE)) {
        cases(actor, ViewSpec.Due.OVERDUE, 0, today)
            .forEach(c -> notices.add(deadline(Kind.OVERDUE, c, now)));
      }
    }
    return new Check(mark, List.copyOf(notices));
  }

  private static Notice deadline(Kind kind, CaseSummary c, Instant at) {
    return new Notice(kind, c.id(), c.type(), c.dueDate(), at, null);
  }

  private List<CaseSummary> cases(Actor actor, ViewSpec.Due due, int days, LocalDate today) {
    ViewSpec spec = ViewSpec.openCases(ViewSpec.Assignee.ME, null, Set.of(), due, days);
    return queries
        .page(actor, queries.filterFor(actor, spec, today), CaseSort.DUE, 0, MOST_CASES)
        .rows();
  }

  /** The notice an audit entry makes for {@code actor}, if any: others' doings on their cases. */
  private static Optional<Notice> notice(Repositories r, Actor actor, AuditEntry e) {
    if (e.entityId() == null
        || !"CASE".equals(e.entity())
        || (e.actorId() != null && e.actorId() == actor.userId())) {
      return Optional.empty();
    }
    long caseId = e.entityId();
    Optional<CaseSummary> found = r.cases().find(caseId);
    if (found.isEmpty()
        || found.get().assigneeId() == null
        || found.get().assigneeId() != actor.userId()) {
      return Optional.empty(); // not (or no longer) theirs
    }
    CaseSummary c = found.get();
    Kind kind =
        switch (e.action()) {
          case "CASE_ASSIGN" -> e.detail().endsWith("-> " + actor.userId()) ? Kind.ASSIGNED : null;
          case "CASE_TRANSITION" ->
              e.detail().contains("action=" + com.privacydesk.domain.workflow.CaseAction.SEND_BACK)
                  ? Kind.SENT_BACK
                  : e.detail()
                          .contains("action=" + com.privacydesk.domain.workflow.CaseAction.APPROVE)
                      ? Kind.APPROVED
                      : null;
          // a review's comment comes with its send-back (or approval), not as a note of its own
          case "NOTE_ADD" -> e.detail().contains("review comment") ? null : Kind.NOTE;
          default -> null;
        };
    if (kind == null) {
      return Optional.empty();
    }
    String comment =
        switch (kind) {
          case SENT_BACK ->
              reviewComment(r, caseId, e.occurredAt(), WorkflowService.REVIEW_SENT_BACK);
          case APPROVED ->
              reviewComment(r, caseId, e.occurredAt(), WorkflowService.REVIEW_APPROVED);
          case ASSIGNED, DUE_TOMORROW, OVERDUE, NOTE -> null;
        };
    return Optional.of(new Notice(kind, caseId, c.type(), c.dueDate(), e.occurredAt(), comment));
  }

  /** The reviewer's comment stored with a review at {@code at}, without its {@code prefix}. */
  private static String reviewComment(Repositories r, long caseId, Instant at, String prefix) {
    for (CaseRepository.Note n : r.cases().notes(caseId).reversed()) {
      if (n.at()
              .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
              .equals(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
          && n.body().startsWith(prefix)) {
        return n.body().substring(prefix.length());
      }
    }
    return null;
  }
}
