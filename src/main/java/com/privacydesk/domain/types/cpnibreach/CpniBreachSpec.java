package com.privacydesk.domain.types.cpnibreach;

import static com.privacydesk.domain.types.DeadlineRules.DAY;
import static com.privacydesk.domain.types.FactField.notPersonal;
import static com.privacydesk.domain.types.FactField.personal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.BusinessCalendar.Count;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DayType;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.RequestTypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CPNI breaches (47 CFR 64.2011; domain.md §2.5), opened only from a password-compromise case. Kept
 * at least two years (64.2011(d)).
 */
public final class CpniBreachSpec implements RequestTypeSpec {
  /** Business days after the determination to notify the USSS and the FBI. */
  public static final int NOTICE_BUSINESS_DAYS = 7;

  /** Full business days after that notice before customers may be told. */
  public static final int CUSTOMER_WAIT_FULL_BUSINESS_DAYS = 7;

  /** 47 CFR 64.2011(d): records kept at least two years. */
  public static final int MINIMUM_RETENTION_MONTHS = 24;

  @Override
  public CaseType type() {
    return CaseType.CPNI_BREACH;
  }

  @Override
  public List<FactField> facts() {
    return List.of(
        notPersonal("determinedOn"),
        personal("determinedBy"),
        personal("description"),
        notPersonal("lawEnforcementNotifiedOn"));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    List<CaseClock> clocks = new ArrayList<>();
    clocks.add(
        rules.businessClock(
            DeadlineRules.LAW_ENFORCEMENT_NOTICE,
            "breach determined",
            r.start(),
            NOTICE_BUSINESS_DAYS,
            "47 CFR 64.2011(b): notify the USSS and the FBI through the central reporting facility"
                + " within 7 business days of the determination"));
    r.lawEnforcementNotified()
        .ifPresent(
            notified -> {
              // Seven full business days must pass after the notice day; the customer may be
              // told on the next business day after them.
              Count count =
                  rules.calendar().addBusinessDays(notified, CUSTOMER_WAIT_FULL_BUSINESS_DAYS + 1);
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
              count.skipped().forEach(h -> why.add(DeadlineRules.skipped(h)));
              why.add("Earliest customer notice: " + DAY.format(count.date()));
              clocks.add(
                  rules.clock(
                      DeadlineRules.EARLIEST_CUSTOMER_NOTICE,
                      count.date(),
                      DayType.BUSINESS,
                      CUSTOMER_WAIT_FULL_BUSINESS_DAYS,
                      why));
            });
    return List.copyOf(clocks);
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.LAW_ENFORCEMENT_NOTICE;
  }

  @Override
  public int minimumRetentionMonths() {
    return MINIMUM_RETENTION_MONTHS;
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.empty();
  }
}
