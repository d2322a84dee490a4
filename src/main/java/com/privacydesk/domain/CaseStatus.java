package com.privacydesk.domain;

/** Lifecycle states common to every case type (domain.md §4). */
public enum CaseStatus {
  NEW,
  AWAITING_VERIFICATION,
  IN_PROGRESS,
  PENDING_REVIEW,
  ON_HOLD,
  CLOSED,
  REJECTED,
  WITHDRAWN,
  REOPENED;

  /** Whether a case in this state still needs work (its clocks still matter). */
  public boolean isOpen() {
    return this != CLOSED && this != REJECTED && this != WITHDRAWN;
  }
}
