package com.privacydesk.domain.calendar;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.BusinessCalendar.Count;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clocks of domain.md §2–3 for every case type, each with the explanation of how its date was
 * reached. Statutory numbers are law and fixed here; internal targets come from {@link
 * InternalTargets}; holidays and closures from the {@link BusinessCalendar}.
 */
public final class DeadlineRules {
  /** Bumped whenever a rule below changes, so a case records which rules set its dates. */
  public static final String RULE_VERSION = "rules-2026.1";

  public static final String STATUTORY = "statutory";
  public static final String INTERNAL = "internal";
  public static final String ACKNOWLEDGE = "acknowledge";
  public static final String LAW_ENFORCEMENT_NOTICE = "law_enforcement_notice";
  public static final String EARLIEST_CUSTOMER_NOTICE = "earliest_customer_notice";

  public static final int OPT_OUT_BUSINESS_DAYS = 10;
  public static final int CA_DESIGNATED_DAYS = 30;
  public static final int CA_OTHER_DAYS = 150;
  public static final int CPNI_NOTICE_BUSINESS_DAYS = 7;
  public static final int CPNI_CUSTOMER_WAIT_FULL_BUSINESS_DAYS = 7;

  private static final DateTimeFormatter DAY =
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

  /** Every clock of the request's type, in a fixed order per type. */
  public List<CaseClock> clocks(DeadlineRequest r) {
    LocalDate start = r.start();
    return switch (r.type()) {
      case CA_DISCLOSURE ->
          List.of(
              calendarClock(
                  STATUTORY,
                  "received",
                  start,
                  r.designated() ? CA_DESIGNATED_DAYS : CA_OTHER_DAYS,
                  r.designated()
                      ? "Cal. Civ. Code §1798.83(b)(1)(A): received at a designated address,"
                          + " answer within 30 days"
                      : "Cal. Civ. Code §1798.83(b)(1)(C): not received at a designated address,"
                          + " answer within 150 days"),
              calendarClock(
                  INTERNAL,
                  "received",
                  start,
                  targets.caInternalCalendarDays(),
                  "Company target: answer every CA disclosure request within "
                      + targets.caInternalCalendarDays()
                      + " days"));
      case EMAIL_OPT_OUT ->
          List.of(
              businessClock(
                  STATUTORY,
                  "received",
                  start,
                  OPT_OUT_BUSINESS_DAYS,
                  "15 U.S.C. §7704(a)(4), 16 CFR 316.5: honour the opt-out within 10 business"
                      + " days"));
      case CHILD_DATA_DELETION ->
          List.of(
              businessClock(
                  ACKNOWLEDGE,
                  "received",
                  start,
                  targets.coppaAcknowledgeBusinessDays(),
                  "Company target under 16 CFR 312.6/312.10 (\"as soon as reasonably possible\"):"
                      + " acknowledge the parent"),
              businessClock(
                  INTERNAL,
                  "received",
                  start,
                  targets.coppaDeleteBusinessDays(),
                  "Company target under 16 CFR 312.10: delete in every system and at every"
                      + " vendor"));
      case PASSWORD_COMPROMISE -> List.of(passwordClock(start));
      case CPNI_BREACH -> cpniClocks(r);
    };
  }

  /** The clocks of a case of a type that needs no channel or notice date. */
  public List<CaseClock> clocks(CaseType type, LocalDate start) {
    return clocks(DeadlineRequest.of(type, start));
  }

  private CaseClock passwordClock(LocalDate received) {
    int days = targets.passwordBusinessDays();
    if (days > 0) {
      return businessClock(
          INTERNAL,
          "received",
          received,
          days,
          "Company policy (47 CFR 64.2010): lock/reset and send the change notice within "
              + days
              + " business days");
    }
    Count count = calendar.onOrAfter(received);
    List<String> why = new ArrayList<>();
    why.add("Start: received " + DAY.format(received));
    why.add(
        "Rule: company policy (47 CFR 64.2010): lock/reset and send the account-change notice the"
            + " same business day");
    why.add("Counting: the received day if it is a business day, else the next business day");
    if (!count.date().equals(received)) {
      why.add("The received day is not a business day; the next business day is used");
    }
    count.skipped().forEach(h -> why.add(skipped(h)));
    why.add("Due: end of " + DAY.format(count.date()));
    return clock(INTERNAL, count.date(), DayType.BUSINESS, 0, why);
  }

  private List<CaseClock> cpniClocks(DeadlineRequest r) {
    List<CaseClock> clocks = new ArrayList<>();
    clocks.add(
        businessClock(
            LAW_ENFORCEMENT_NOTICE,
            "breach determined",
            r.start(),
            CPNI_NOTICE_BUSINESS_DAYS,
            "47 CFR 64.2011(b): notify the USSS and the FBI through the central reporting facility"
                + " within 7 business days of the determination"));
    r.lawEnforcementNotified()
        .ifPresent(
            notified -> {
              // Seven full business days must pass after the notice day; the customer may be
              // told on the next business day after them.
              Count count =
                  calendar.addBusinessDays(notified, CPNI_CUSTOMER_WAIT_FULL_BUSINESS_DAYS + 1);
              List<String> why = new ArrayList<>();
              why.add(
                  "Start: law enforcement notified "
                      + DAY.format(notified)
                      + "; the notice day is not counted");
              why.add(
                  "Rule: 47 CFR 64.2011(b)(1): do not notify customers until 7 full business days"
                      + " have passed after the notice (unless the agency agrees or directs"
                      + " otherwise in writing)");
              why.add(
                  "Counting 7 full business days, then the next business day (Monday–Friday, not"
                      + " holidays or closures)");
              count.skipped().forEach(h -> why.add(skipped(h)));
              why.add("Earliest customer notice: " + DAY.format(count.date()));
              clocks.add(
                  clock(
                      EARLIEST_CUSTOMER_NOTICE,
                      count.date(),
                      DayType.BUSINESS,
                      CPNI_CUSTOMER_WAIT_FULL_BUSINESS_DAYS,
                      why));
            });
    return List.copyOf(clocks);
  }

  private CaseClock calendarClock(
      String name, String startEvent, LocalDate start, int days, String rule) {
    LocalDate due = start.plusDays(days);
    List<String> why = new ArrayList<>();
    why.add("Start: " + startEvent + " " + DAY.format(start));
    why.add("Rule: " + rule);
    why.add("Counting " + days + " calendar days; weekends and holidays count, no roll-forward");
    why.add("Due: end of " + DAY.format(due));
    return clock(name, due, DayType.CALENDAR, days, why);
  }

  private CaseClock businessClock(
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

  private CaseClock clock(String name, LocalDate due, DayType type, int days, List<String> why) {
    return new CaseClock(name, due, type, days, why, RULE_VERSION + "/" + calendar.version());
  }

  private static String skipped(Holiday h) {
    return "Skipped: " + DAY.format(h.date()) + " " + h.name();
  }
}
