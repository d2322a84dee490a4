package com.privacydesk.app.cases;

import com.privacydesk.app.cases.ViewSpec.Assignee;
import com.privacydesk.app.cases.ViewSpec.Due;
import com.privacydesk.domain.CaseStatus;
import java.util.Set;

/** The queue's ready-made views (issue 5). */
public enum BuiltInView {
  ALL_CASES(ViewSpec.ALL),
  MY_OPEN(spec(Set.of(), Assignee.ME, true, Due.ANY, 0)),
  UNASSIGNED(spec(Set.of(), Assignee.NOBODY, true, Due.ANY, 0)),
  DUE_WITHIN_3_BUSINESS_DAYS(spec(Set.of(), Assignee.ANYONE, true, Due.WITHIN, 3)),
  OVERDUE(spec(Set.of(), Assignee.ANYONE, true, Due.OVERDUE, 0)),
  AWAITING_VERIFICATION(
      spec(Set.of(CaseStatus.AWAITING_VERIFICATION), Assignee.ANYONE, false, Due.ANY, 0)),
  PENDING_REVIEW(spec(Set.of(CaseStatus.PENDING_REVIEW), Assignee.ANYONE, false, Due.ANY, 0));

  /** Business days ahead that {@link #DUE_WITHIN_3_BUSINESS_DAYS} looks. */
  public static final int DUE_SOON_BUSINESS_DAYS = 3;

  @SuppressWarnings("ImmutableEnumChecker") // a record of unmodifiable sets and values
  private final ViewSpec spec;

  BuiltInView(ViewSpec spec) {
    this.spec = spec;
  }

  /** What the view selects. */
  public ViewSpec spec() {
    return spec;
  }

  private static ViewSpec spec(
      Set<CaseStatus> statuses, Assignee assignee, boolean open, Due due, int days) {
    return new ViewSpec(Set.of(), statuses, Set.of(), assignee, null, open, null, null, due, days);
  }
}
