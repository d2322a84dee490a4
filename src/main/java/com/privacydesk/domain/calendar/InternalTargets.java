package com.privacydesk.domain.calendar;

/**
 * The internal (non-statutory) deadlines that domain.md leaves to the company; supervisors change
 * them in Settings.
 *
 * @param caInternalCalendarDays CA disclosure answered within this many calendar days (default 30)
 * @param coppaAcknowledgeBusinessDays child-data deletion acknowledged within (default 2)
 * @param coppaDeleteBusinessDays child-data deletion done within (default 10)
 * @param passwordBusinessDays password compromise secured within this many business days after
 *     receipt; 0 is "the same business day" (default 0)
 */
public record InternalTargets(
    int caInternalCalendarDays,
    int coppaAcknowledgeBusinessDays,
    int coppaDeleteBusinessDays,
    int passwordBusinessDays) {
  /** The product decisions of domain.md. */
  public static final InternalTargets DEFAULTS = new InternalTargets(30, 2, 10, 0);

  /** Largest target a supervisor may set, in days. */
  public static final int MAX_DAYS = 365;

  public InternalTargets {
    check("CA internal target", caInternalCalendarDays);
    check("COPPA acknowledge target", coppaAcknowledgeBusinessDays);
    check("COPPA deletion target", coppaDeleteBusinessDays);
    check("password compromise target", passwordBusinessDays);
  }

  private static void check(String what, int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException(what + " must be 0–" + MAX_DAYS + " days, not " + days);
    }
  }
}
