package com.privacydesk.domain.types;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.calendar.BusinessCalendar.Count;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DayType;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.calendar.Holiday;
import com.privacydesk.domain.calendar.InternalTargets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clocks of domain.md §2–3: each type's spec says which clocks it has and by which law; this
 * class counts the days (calendar or business, holidays and closures from the {@link
 * BusinessCalendar}) and writes the explanation of how each date was reached. Internal targets come
 * from {@link InternalTargets}.
 */
public final class DeadlineRules {
  /** Bumped whenever a rule below changes, so a case records which rules set its dates. */
  public static final String RULE_VERSION = "rules-2026.1";

  public static final String STATUTORY = "statutory";
  public static final String INTERNAL = "internal";
  public static final String ACKNOWLEDGE = "acknowledge";
  public static final String LAW_ENFORCEMENT_NOTICE = "law_enforcement_notice";
  public static final String EARLIEST_CUSTOMER_NOTICE = "earliest_customer_notice";

  /** How explanations show a date: {@code 2026-07-03 (Fri)}. */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE)", Locale.US);

  private final BusinessCalendar calendar;
  private final InternalTargets targets;

  public DeadlineRules(BusinessCalendar calendar, InternalTargets targets) {
    this.calendar = calendar;
    this.targets = targets;
  }

  /** The default rules: federal holidays only, the documented internal targets. */
  public static DeadlineRules defaults() {
    return new DeadlineRules(BusinessCalendar.federal(), InternalTargets.DEFAULTS);
  }

  /** Every clock of the request's type, in a fixed order per type (the type's spec says which). */
  public List<CaseClock> clocks(DeadlineRequest r) {
    return RequestTypes.of(r.type()).clocks(r, this);
  }

  /** The internal targets in force. */
  public InternalTargets targets() {
    return targets;
  }

  /** The business calendar in force. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The clocks of a case of a type that needs no channel or notice date. */
  public List<CaseClock> clocks(CaseType type, LocalDate start) {
    return clocks(DeadlineRequest.of(type, start));
  }

  /**
   * A clock {@code days} calendar days after {@code start}: weekends and holidays count, no
   * roll-forward.
   */
  public CaseClock calendarClock(
      String name, String startEvent, LocalDate start, int days, String rule) {
    LocalDate due = start.plusDays(days);
    List<String> why = new ArrayList<>();
    why.add("Start: " + startEvent + " " + DAY.format(start));
    why.add("Rule: " + rule);
    why.add("Counting " + days + " calendar days; weekends and holidays count, no roll-forward");
    why.add("Due: end of " + DAY.format(due));
    return clock(name, due, DayType.CALENDAR, days, why);
  }

  /** A clock {@code days} business days after {@code start} (the start day not counted). */
  public CaseClock businessClock(
      String name, String startEvent, LocalDate start, int days, String rule) {
    Count count = calendar.addBusinessDays(start, days);
    List<String> why = new ArrayList<>();
    why.add("Start: " + startEvent + " " + DAY.format(start) + "; the start day is not counted");
    why.add("Rule: " + rule);
    why.add("Counting " + days + " business days (Monday–Friday, not holidays or closures)");
    count.skipped().forEach(h -> why.add(skipped(h)));
    why.add("Due: end of " + DAY.format(count.date()));
    return clock(name, count.date(), DayType.BUSINESS, days, why);
  }

  /** A clock with its explanation, stamped with the rule and calendar versions in force. */
  public CaseClock clock(String name, LocalDate due, DayType type, int days, List<String> why) {
    return new CaseClock(name, due, type, days, why, RULE_VERSION + "/" + calendar.version());
  }

  /** The explanation line of a skipped holiday or closure. */
  public static String skipped(Holiday h) {
    return "Skipped: " + DAY.format(h.date()) + " " + h.name();
  }
}
