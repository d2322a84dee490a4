package com.privacydesk.domain.workflow;

import static com.privacydesk.domain.CaseStatus.AWAITING_VERIFICATION;
import static com.privacydesk.domain.CaseStatus.CLOSED;
import static com.privacydesk.domain.CaseStatus.IN_PROGRESS;
import static com.privacydesk.domain.CaseStatus.NEW;
import static com.privacydesk.domain.CaseStatus.ON_HOLD;
import static com.privacydesk.domain.CaseStatus.PENDING_REVIEW;
import static com.privacydesk.domain.CaseStatus.REJECTED;
import static com.privacydesk.domain.CaseStatus.REOPENED;
import static com.privacydesk.domain.CaseStatus.WITHDRAWN;
import static com.privacydesk.domain.workflow.CaseAction.APPROVE;
import static com.privacydesk.domain.workflow.CaseAction.CLOSE;
import static com.privacydesk.domain.workflow.CaseAction.PUT_ON_HOLD;
import static com.privacydesk.domain.workflow.CaseAction.RELEASE_HOLD;
import static com.privacydesk.domain.workflow.CaseAction.REOPEN;
import static com.privacydesk.domain.workflow.CaseAction.REQUEST_VERIFICATION;
import static com.privacydesk.domain.workflow.CaseAction.SEND_BACK;
import static com.privacydesk.domain.workflow.CaseAction.START_WORK;
import static com.privacydesk.domain.workflow.CaseAction.SUBMIT_FOR_REVIEW;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of domain.md §4 as one explicit table of (from, action, to) rows, and the rules
 * that pick the row: an outcome's kind decides where CLOSE and APPROVE lead; types configured for
 * review send completions and rejections through PENDING_REVIEW; only CPNI_BREACH has the hold.
 */
public final class Lifecycle {
  /** One allowed step. */
  public record Transition(CaseStatus from, CaseAction action, CaseStatus to) {}

  /** States in which the work is done and the checklist can change. */
  public static final Set<CaseStatus> WORK_STATES =
      Set.of(NEW, AWAITING_VERIFICATION, IN_PROGRESS, REOPENED, ON_HOLD);

  /** Every allowed transition. Anything not here is refused. */
  public static final List<Transition> TABLE = table();

  private Lifecycle() {}

  private static List<Transition> table() {
    List<Transition> t = new ArrayList<>();
    t.add(new Transition(NEW, REQUEST_VERIFICATION, AWAITING_VERIFICATION));
    t.add(new Transition(NEW, START_WORK, IN_PROGRESS));
    t.add(new Transition(AWAITING_VERIFICATION, START_WORK, IN_PROGRESS));
    t.add(new Transition(REOPENED, START_WORK, IN_PROGRESS));
    for (CaseStatus from : List.of(NEW, AWAITING_VERIFICATION, IN_PROGRESS, REOPENED)) {
      t.add(new Transition(from, CLOSE, CLOSED));
      t.add(new Transition(from, CLOSE, REJECTED));
      t.add(new Transition(from, CLOSE, WITHDRAWN));
      t.add(new Transition(from, SUBMIT_FOR_REVIEW, PENDING_REVIEW));
    }
    t.add(new Transition(IN_PROGRESS, PUT_ON_HOLD, ON_HOLD));
    t.add(new Transition(REOPENED, PUT_ON_HOLD, ON_HOLD));
    t.add(new Transition(ON_HOLD, RELEASE_HOLD, IN_PROGRESS));
    t.add(new Transition(PENDING_REVIEW, APPROVE, CLOSED));
    t.add(new Transition(PENDING_REVIEW, APPROVE, REJECTED));
    t.add(new Transition(PENDING_REVIEW, SEND_BACK, IN_PROGRESS));
    t.add(new Transition(PENDING_REVIEW, CLOSE, WITHDRAWN));
    for (CaseStatus from : List.of(CLOSED, REJECTED, WITHDRAWN)) {
      t.add(new Transition(from, REOPEN, REOPENED));
    }
    return List.copyOf(t);
  }

  /** Whether the table has a row from {@code from} by {@code action} to {@code to}. */
  public static boolean allowed(CaseStatus from, CaseAction action, CaseStatus to) {
    return TABLE.contains(new Transition(from, action, to));
  }

  /** The actions the table offers from {@code from} for a case of {@code type}. */
  public static Set<CaseAction> actionsFrom(CaseType type, CaseStatus from) {
    Set<CaseAction> actions = new LinkedHashSet<>();
    for (Transition t : TABLE) {
      if (t.from() == from && (t.action() != PUT_ON_HOLD || type == CaseType.CPNI_BREACH)) {
        actions.add(t.action());
      }
    }
    return actions;
  }

  /** Whether closing {@code type} with {@code outcome} needs a supervisor's approval. */
  public static boolean needsReview(Set<CaseType> reviewTypes, CaseType type, Outcome outcome) {
    return reviewTypes.contains(type)
        && (outcome.kind() == Outcome.Kind.COMPLETED || outcome.kind() == Outcome.Kind.REJECTED);
  }

  /**
   * Where {@code action} takes a case of {@code type} in state {@code from}, or why it cannot.
   *
   * @param outcome the outcome chosen with CLOSE / SUBMIT_FOR_REVIEW, or the one under review for
   *     APPROVE; null otherwise
   */
  public static Step step(
      CaseType type,
      CaseStatus from,
      CaseAction action,
      Outcome outcome,
      Set<CaseType> reviewTypes) {
    if (action == PUT_ON_HOLD && type != CaseType.CPNI_BREACH) {
      return Step.refused(Refusal.of("hold.cpniOnly"));
    }
    if ((action.needsOutcome() || action == APPROVE) && outcome == null) {
      return Step.refused(Refusal.of("outcome.required"));
    }
    if (outcome != null && !outcome.appliesTo(type)) {
      return Step.refused(Refusal.of("outcome.wrongType", outcome.name(), type.name()));
    }
    CaseStatus to =
        switch (action) {
          case REQUEST_VERIFICATION -> AWAITING_VERIFICATION;
          case START_WORK, SEND_BACK, RELEASE_HOLD -> IN_PROGRESS;
          case PUT_ON_HOLD -> ON_HOLD;
          case REOPEN -> REOPENED;
          case SUBMIT_FOR_REVIEW -> PENDING_REVIEW;
          case CLOSE, APPROVE -> outcome.kind().target();
        };
    if (!allowed(from, action, to)) {
      return Step.refused(Refusal.of("illegal", from.name(), action.name()));
    }
    if (action == CLOSE && from != PENDING_REVIEW && needsReview(reviewTypes, type, outcome)) {
      return Step.refused(Refusal.of("review.required", type.name()));
    }
    if (action == SUBMIT_FOR_REVIEW && !needsReview(reviewTypes, type, outcome)) {
      return Step.refused(Refusal.of("review.notNeeded", outcome.name()));
    }
    return new Step(to, null);
  }

  /** The result of {@link #step}: a target state, or a refusal. */
  public record Step(@Nullable CaseStatus to, @Nullable Refusal refusal) {
    static Step refused(Refusal r) {
      return new Step(null, r);
    }

    public boolean isAllowed() {
      return refusal == null;
    }
  }
}
