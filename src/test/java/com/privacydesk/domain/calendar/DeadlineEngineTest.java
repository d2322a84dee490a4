package com.privacydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.types.DeadlineRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every type's clocks, names and dates; vectors from domain.md §3 and hand counts on the OPM
 * tables.
 */
@Tag("fast")
class DeadlineEngineTest {
  private final DeadlineRules rules = DeadlineRules.defaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private List<CaseClock> ca(String received, boolean designated) {
    return rules.clocks(
        new DeadlineRequest(CaseType.CA_DISCLOSURE, d(received), designated, Optional.empty()));
  }

  @ParameterizedTest(name = "CA received {0}: designated {1}, other {2}")
  @CsvSource({
    // domain.md §3: received 2013-01-15 at the designated email -> 2013-02-14; other channel ->
    // 2013-06-14
    "2013-01-15, 2013-02-14, 2013-06-14",
    // leap years: Feb 29 counted
    "2024-02-15, 2024-03-16, 2024-07-14",
    "2023-02-15, 2023-03-17, 2023-07-15",
    // year boundary; due dates on weekends are not rolled forward
    "2025-12-20, 2026-01-19, 2026-05-19",
    "2026-11-21, 2026-12-21, 2027-04-20",
  })
  void caDisclosureCountsCalendarDaysWithoutRolling(
      String received, String designatedDue, String otherDue) {
    List<CaseClock> designated = ca(received, true);
    List<CaseClock> other = ca(received, false);
    assertThat(designated).extracting(CaseClock::name).containsExactly("statutory", "internal");
    assertThat(designated.get(0).due()).isEqualTo(d(designatedDue));
    assertThat(designated.get(0).days()).isEqualTo(30);
    assertThat(other.get(0).due()).isEqualTo(d(otherDue));
    assertThat(other.get(0).days()).isEqualTo(150);
    assertThat(other.get(0).dayType()).isEqualTo(DayType.CALENDAR);
    // the internal target is 30 days for either channel
    assertThat(other.get(1).due()).isEqualTo(d(received).plusDays(30));
  }

  @Test
  void caDueDateOnASaturdayStays() {
    // 2013-02-14 + 30 = 2013-03-16, a Saturday
    assertThat(ca("2013-02-14", true).getFirst().due()).isEqualTo(d("2013-03-16"));
    assertThat(d("2013-03-16").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @ParameterizedTest(name = "opt-out received {0} -> {1}")
  @CsvSource({
    "2012-12-20, 2013-01-07",
    "2013-11-22, 2013-12-09",
    // 2021-12-31 is New Year's Day (observed) for 2022
    "2021-12-23, 2022-01-10",
    // Juneteenth observed Fri 2021-06-18
    "2021-06-14, 2021-06-29",
    // before 2021, Juneteenth is a working day
    "2020-06-15, 2020-06-29",
    // Inauguration Day is not a federal holiday by default
    "2025-01-13, 2025-01-28",
    // 2027-12-31 is New Year's Day (observed) for 2028
    "2027-12-24, 2028-01-10",
    // 2010-12-31 likewise (Jan 1 2011 a Saturday)
    "2010-12-24, 2011-01-10",
    // leap day 2024
    "2024-02-26, 2024-03-11",
  })
  void emailOptOutIsTenBusinessDays(String received, String due) {
    List<CaseClock> clocks = rules.clocks(CaseType.EMAIL_OPT_OUT, d(received));
    assertThat(clocks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("statutory");
              assertThat(c.due()).isEqualTo(d(due));
              assertThat(c.dayType()).isEqualTo(DayType.BUSINESS);
              assertThat(c.days()).isEqualTo(10);
            });
  }

  @ParameterizedTest(name = "COPPA received {0}: acknowledge {1}, delete {2}")
  @CsvSource({
    "2026-11-20, 2026-11-24, 2026-12-07",
    // received on Christmas Eve 2026 (Thu): Christmas (Fri) and New Year's Day 2027 (Fri) skipped
    "2026-12-24, 2026-12-29, 2027-01-11",
    "2013-11-22, 2013-11-26, 2013-12-09",
  })
  void childDeletionAcknowledgeAndInternal(String received, String ack, String delete) {
    List<CaseClock> clocks = rules.clocks(CaseType.CHILD_DATA_DELETION, d(received));
    assertThat(clocks).extracting(CaseClock::name).containsExactly("acknowledge", "internal");
    assertThat(clocks.get(0).due()).isEqualTo(d(ack));
    assertThat(clocks.get(0).days()).isEqualTo(2);
    assertThat(clocks.get(1).due()).isEqualTo(d(delete));
    assertThat(clocks.get(1).days()).isEqualTo(10);
  }

  @ParameterizedTest(name = "password compromise received {0} -> {1}")
  @CsvSource({
    "2026-11-20, 2026-11-20", // Friday: same day
    "2026-11-21, 2026-11-23", // Saturday: next Monday
    "2026-11-26, 2026-11-27", // Thanksgiving: next day
    "2026-12-25, 2026-12-28", // Christmas (Fri): Monday
    "2021-12-31, 2022-01-03", // observed New Year's Day (Fri): Monday
  })
  void passwordCompromiseIsTheSameBusinessDay(String received, String due) {
    CaseClock c = rules.clocks(CaseType.PASSWORD_COMPROMISE, d(received)).getFirst();
    assertThat(c.name()).isEqualTo("internal");
    assertThat(c.due()).isEqualTo(d(due));
    assertThat(c.days()).isZero();
    assertThat(c.dayType()).isEqualTo(DayType.BUSINESS);
  }

  @ParameterizedTest(
      name = "CPNI determined {0}: notify LE by {1}; notified {2} -> customers from {3}")
  @CsvSource({
    // determined Mon 2026-11-16; 7 business days skipping Thanksgiving -> Wed 2026-11-25.
    // notified Tue 2026-11-17: full business days 18,19,20,23,24,25,27 -> customers Mon 11-30
    "2026-11-16, 2026-11-25, 2026-11-17, 2026-11-30",
    // notified on a Friday: 7 full business days Mon-Tue of the next week+1 -> the Wednesday after
    "2026-03-02, 2026-03-11, 2026-03-06, 2026-03-18",
    // across Christmas and New Year 2026/27: 23,24,28,29,30,31,Jan 4 are the 7 full days
    "2026-12-21, 2026-12-31, 2026-12-22, 2027-01-05",
  })
  void cpniBreachClocks(
      String determined, String notifyBy, String notified, String earliestCustomer) {
    List<CaseClock> before =
        rules.clocks(
            new DeadlineRequest(CaseType.CPNI_BREACH, d(determined), true, Optional.empty()));
    assertThat(before).extracting(CaseClock::name).containsExactly("law_enforcement_notice");
    assertThat(before.getFirst().due()).isEqualTo(d(notifyBy));
    assertThat(before.getFirst().days()).isEqualTo(7);

    List<CaseClock> after =
        rules.clocks(
            new DeadlineRequest(
                CaseType.CPNI_BREACH, d(determined), true, Optional.of(d(notified))));
    assertThat(after)
        .extracting(CaseClock::name)
        .containsExactly("law_enforcement_notice", "earliest_customer_notice");
    assertThat(after.get(1).due()).isEqualTo(d(earliestCustomer));
    assertThat(after.get(1).explanation()).anyMatch(l -> l.contains("7 full business days"));
  }

  @Test
  void internalTargetsComeFromSettings() {
    var custom = new DeadlineRules(BusinessCalendar.federal(), new InternalTargets(20, 1, 5, 1));
    assertThat(
            custom
                .clocks(
                    new DeadlineRequest(
                        CaseType.CA_DISCLOSURE, d("2026-03-02"), false, Optional.empty()))
                .get(1)
                .due())
        .isEqualTo(d("2026-03-22"));
    assertThat(custom.clocks(CaseType.CHILD_DATA_DELETION, d("2026-03-02")))
        .extracting(CaseClock::due)
        .containsExactly(d("2026-03-03"), d("2026-03-09"));
    assertThat(custom.clocks(CaseType.PASSWORD_COMPROMISE, d("2026-03-02")).getFirst().due())
        .isEqualTo(d("2026-03-03"));
    // the statutory clocks do not move
    assertThat(custom.clocks(CaseType.EMAIL_OPT_OUT, d("2012-12-20")).getFirst().due())
        .isEqualTo(d("2013-01-07"));
  }

  @Test
  void closureDaysAreSkippedNamedAndChangeTheCalendarVersion() {
    var closures =
        BusinessCalendar.withClosures(Map.of(d("2012-12-24"), "Executive order closure"));
    var withClosure = new DeadlineRules(closures, InternalTargets.DEFAULTS);
    CaseClock c = withClosure.clocks(CaseType.EMAIL_OPT_OUT, d("2012-12-20")).getFirst();
    assertThat(c.due()).isEqualTo(d("2013-01-08"));
    assertThat(c.explanation()).contains("Skipped: 2012-12-24 (Mon) Executive order closure");
    assertThat(c.ruleVersion()).startsWith(DeadlineRules.RULE_VERSION + "/us-federal+1-");
    assertThat(rules.clocks(CaseType.EMAIL_OPT_OUT, d("2012-12-20")).getFirst().ruleVersion())
        .isEqualTo(DeadlineRules.RULE_VERSION + "/us-federal");
  }

  @ParameterizedTest
  @EnumSource(CaseType.class)
  void businessDueDatesAreBusinessDaysAndNeverDecrease(CaseType type) {
    BusinessCalendar cal = BusinessCalendar.federal();
    List<CaseClock> previous = null;
    for (LocalDate day = d("2010-01-01"); day.isBefore(d("2031-01-01")); day = day.plusDays(1)) {
      List<CaseClock> clocks =
          rules.clocks(new DeadlineRequest(type, day, false, Optional.of(day)));
      for (int i = 0; i < clocks.size(); i++) {
        CaseClock c = clocks.get(i);
        if (c.dayType() == DayType.BUSINESS) {
          assertThat(cal.isBusinessDay(c.due())).as("%s %s from %s", type, c.name(), day).isTrue();
        }
        assertThat(c.due()).isAfterOrEqualTo(day);
        // within one rule version (a new version, e.g. FCC 24-24 for do-not-call, may shorten it)
        if (previous != null && previous.get(i).dayType() == c.dayType()) {
          assertThat(c.due()).isAfterOrEqualTo(previous.get(i).due());
        }
      }
      previous = clocks;
    }
  }

  @Test
  void validAcrossTheWholeSupportedRange() {
    for (int year = UsFederalHolidays.FIRST_YEAR; year <= UsFederalHolidays.LAST_YEAR; year++) {
      for (CaseType type : CaseType.values()) {
        assertThat(
                rules.clocks(
                    new DeadlineRequest(type, LocalDate.of(year, 12, 31), false, Optional.empty())))
            .isNotEmpty();
      }
    }
  }
}
