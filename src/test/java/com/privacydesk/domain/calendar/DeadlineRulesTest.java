package com.privacydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.types.DeadlineRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("fast")
class DeadlineRulesTest {
  private final BusinessCalendar federal = BusinessCalendar.federal();

  private static CaseClock optOut(LocalDate received, BusinessCalendar calendar) {
    return new DeadlineRules(calendar, InternalTargets.DEFAULTS)
        .clocks(com.privacydesk.domain.CaseType.EMAIL_OPT_OUT, received)
        .getFirst();
  }

  @ParameterizedTest(name = "received {0} -> due {1}")
  @CsvSource({
    // domain.md §3 examples
    "2012-12-20, 2013-01-07",
    "2013-11-22, 2013-12-09",
    // plain week: Mon + 10 business days = Mon two weeks later
    "2026-03-02, 2026-03-16",
    // received on a Saturday: counting starts Monday
    "2026-03-07, 2026-03-20",
    // Thanksgiving 2026-11-26 skipped
    "2026-11-20, 2026-12-07",
  })
  void optOutIsDueTenBusinessDaysAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(optOut(received, federal).due()).isEqualTo(due);
  }

  @Test
  void explanationNamesStartRuleAndEveryHolidaySkipped() {
    CaseClock clock = optOut(LocalDate.of(2012, 12, 20), federal);
    assertThat(clock.name()).isEqualTo("statutory");
    assertThat(clock.dayType()).isEqualTo(DayType.BUSINESS);
    assertThat(clock.days()).isEqualTo(10);
    assertThat(clock.explanation())
        .anyMatch(l -> l.startsWith("Start: received 2012-12-20"))
        .anyMatch(l -> l.contains("2012-12-25") && l.contains("Christmas Day"))
        .anyMatch(l -> l.contains("2013-01-01") && l.contains("New Year's Day"))
        .anyMatch(l -> l.equals("Due: end of 2013-01-07 (Mon)"));
  }

  @Test
  void closureDaysMakeTheDeadlineLater() {
    var withClosure =
        BusinessCalendar.withClosures(
            Map.of(LocalDate.of(2012, 12, 24), "Executive order closure"));
    CaseClock clock = optOut(LocalDate.of(2012, 12, 20), withClosure);
    assertThat(clock.due()).isEqualTo(LocalDate.of(2013, 1, 8));
    assertThat(clock.explanation()).anyMatch(l -> l.contains("Executive order closure"));
  }

  @Test
  void businessDueDateIsNeverAWeekendOrHolidayAndNeverDecreases() {
    LocalDate previous = null;
    for (LocalDate d = LocalDate.of(2010, Month.JANUARY, 1);
        d.isBefore(LocalDate.of(2031, 1, 1));
        d = d.plusDays(1)) {
      LocalDate due = optOut(d, federal).due();
      assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(federal.isBusinessDay(due)).as("due %s for %s", due, d).isTrue();
      if (previous != null) {
        assertThat(due).isAfterOrEqualTo(previous);
      }
      previous = due;
    }
  }
}
