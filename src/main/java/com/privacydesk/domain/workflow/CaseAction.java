package com.privacydesk.domain.workflow;

/** What a user can do to a case's state (domain.md §4). */
public enum CaseAction {
  /** NEW → AWAITING_VERIFICATION: waiting on the requester or on a check. */
  REQUEST_VERIFICATION,
  /** Verified (or nothing to verify): → IN_PROGRESS; from REOPENED, resumes the work. */
  START_WORK,
  /** Ends the case with an outcome: CLOSED, REJECTED or WITHDRAWN by the outcome's kind. */
  CLOSE,
  /** Hands the outcome to a supervisor (types configured for review). */
  SUBMIT_FOR_REVIEW,
  /** Supervisor: accepts the outcome under review. */
  APPROVE,
  /** Supervisor: returns the case to IN_PROGRESS. */
  SEND_BACK,
  /** CPNI_BREACH only: the law-enforcement hold before customers may be told. */
  PUT_ON_HOLD,
  RELEASE_HOLD,
  /** Supervisor: back to work; the original clocks are kept. */
  REOPEN;

  /** Whether only supervisors (and admins) may take this action. */
  public boolean supervisorOnly() {
    return this == APPROVE || this == SEND_BACK || this == REOPEN;
  }

  /** Whether the action needs an outcome chosen with it. */
  public boolean needsOutcome() {
    return this == CLOSE || this == SUBMIT_FOR_REVIEW;
  }
}
