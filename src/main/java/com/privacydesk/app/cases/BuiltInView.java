package com.privacydesk.app.cases;

/** The queue's ready-made views (issue 5). */
public enum BuiltInView {
  ALL_CASES,
  MY_OPEN,
  UNASSIGNED,
  DUE_WITHIN_3_BUSINESS_DAYS,
  OVERDUE,
  AWAITING_VERIFICATION,
  PENDING_REVIEW;

  /** Business days ahead that {@link #DUE_WITHIN_3_BUSINESS_DAYS} looks. */
  public static final int DUE_SOON_BUSINESS_DAYS = 3;
}
