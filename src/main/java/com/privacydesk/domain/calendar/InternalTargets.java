package com.privacydesk.domain.calendar;

import java.util.Map;

/**
 * The internal (non-statutory) deadlines that domain.md leaves to the company; supervisors change
 * them in Settings.
 *
 * @param caInternalCalendarDays CA disclosure answered within this many calendar days (default 30)
 * @param coppaAcknowledgeBusinessDays child-data deletion acknowledged within (default 2)
 * @param coppaDeleteBusinessDays child-data deletion done within (default 10)
 * @param passwordBusinessDays password compromise secured within this many business days after
 *     receipt; 0 is "the same business day" (default 0)
 * @param typeTargets the targets other types declare in their specs, by settings key (a type's
 *     default applies to a key not here)
 */
public record InternalTargets(
    int caInternalCalendarDays,
    int coppaAcknowledgeBusinessDays,
    int coppaDeleteBusinessDays,
    int passwordBusinessDays,
    Map<String, Integer> typeTargets) {
  /** The product decisions of domain.md. */
  public static final InternalTargets DEFAULTS = new InternalTargets(30, 2, 10, 0);

  /** The targets of the first four types; every other type's at its default. */
  public InternalTargets(
      int caInternalCalendarDays,
      int coppaAcknowledgeBusinessDays,
      int coppaDeleteBusinessDays,
      int passwordBusinessDays) {
    this(
        caInternalCalendarDays,
        coppaAcknowledgeBusinessDays,
        coppaDeleteBusinessDays,
        passwordBusinessDays,
        Map.of());
  }

  /** The days of target {@code key}, or {@code fallback} when it is not set. */
  public int days(String key, int fallback) {
    return typeTargets.getOrDefault(key, fallback);
  }

  /** Largest target a supervisor may set, in days. */
  public static final int MAX_DAYS = 365;

  public InternalTargets {
    check("CA internal target", caInternalCalendarDays);
    check("COPPA acknowledge target", coppaAcknowledgeBusinessDays);
    check("COPPA deletion target", coppaDeleteBusinessDays);
    check("password compromise target", passwordBusinessDays);
    typeTargets = Map.copyOf(typeTargets);
    typeTargets.forEach(InternalTargets::check);
  }

  private static void check(String what, int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException(what + " must be 0–" + MAX_DAYS + " days, not " + days);
    }
  }
}
