package com.privacydesk.domain.calendar;

import com.privacydesk.domain.calendar.BusinessCalendar.Count;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Computes the clocks of domain.md §2–3, each with its explanation. */
public final class DeadlineRules {
  /** Bumped whenever a rule below changes, so a case records which rules set its dates. */
  public static final String RULE_VERSION = "rules-2026.1";

  public static final int OPT_OUT_BUSINESS_DAYS = 10;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE)", Locale.US);

  private DeadlineRules() {}

  /** CAN-SPAM: stop commercial email within 10 business days; the receipt day is not counted. */
  public static CaseClock optOutStatutory(LocalDate received, BusinessCalendar calendar) {
    return businessClock(
        "statutory",
        received,
        OPT_OUT_BUSINESS_DAYS,
        "15 U.S.C. §7704(a)(4), 16 CFR 316.5: honour the opt-out within 10 business days",
        calendar);
  }

  static CaseClock businessClock(
      String name, LocalDate start, int days, String rule, BusinessCalendar calendar) {
    Count count = calendar.addBusinessDays(start, days);
    List<String> why = new ArrayList<>();
    why.add("Start: received " + DAY.format(start) + "; the start day is not counted");
    why.add("Rule: " + rule);
    why.add("Counting " + days + " business days (Monday–Friday, not holidays or closures)");
    count.skipped().forEach(h -> why.add("Skipped: " + DAY.format(h.date()) + " " + h.name()));
    why.add("Due: end of " + DAY.format(count.date()));
    return new CaseClock(name, count.date(), DayType.BUSINESS, days, why, RULE_VERSION);
  }
}
