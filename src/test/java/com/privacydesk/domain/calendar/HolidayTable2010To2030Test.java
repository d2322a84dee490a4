package com.privacydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every year 2010–2030 against a second, independent statement of 5 U.S.C. §6103 and OPM's
 * observance rule: Monday holidays by their day-of-month window, fixed ones moved off weekends.
 */
@Tag("fast")
class HolidayTable2010To2030Test {
  static Stream<Integer> years() {
    return IntStream.rangeClosed(2010, 2030).boxed();
  }

  private static LocalDate mondayBetween(int year, Month month, int fromDay, int toDay) {
    for (int d = fromDay; d <= toDay; d++) {
      LocalDate date = LocalDate.of(year, month, d);
      if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
        return date;
      }
    }
    throw new AssertionError("no Monday");
  }

  private static LocalDate observed(LocalDate actual) {
    return switch (actual.getDayOfWeek()) {
      case SATURDAY -> actual.minusDays(1);
      case SUNDAY -> actual.plusDays(1);
      default -> actual;
    };
  }

  /** The observed dates that fall in {@code year}, stated independently of the code under test. */
  private static List<LocalDate> expected(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (int y : new int[] {year, year + 1}) {
      LocalDate newYear = observed(LocalDate.of(y, 1, 1));
      if (newYear.getYear() == year) {
        days.add(newYear);
      }
    }
    days.add(mondayBetween(year, Month.JANUARY, 15, 21));
    days.add(mondayBetween(year, Month.FEBRUARY, 15, 21));
    days.add(mondayBetween(year, Month.MAY, 25, 31));
    if (year >= 2021) {
      days.add(observed(LocalDate.of(year, 6, 19)));
    }
    days.add(observed(LocalDate.of(year, 7, 4)));
    days.add(mondayBetween(year, Month.SEPTEMBER, 1, 7));
    days.add(mondayBetween(year, Month.OCTOBER, 8, 14));
    days.add(observed(LocalDate.of(year, 11, 11)));
    for (int d = 22; d <= 28; d++) {
      if (LocalDate.of(year, 11, d).getDayOfWeek() == DayOfWeek.THURSDAY) {
        days.add(LocalDate.of(year, 11, d));
      }
    }
    days.add(observed(LocalDate.of(year, 12, 25)));
    return days.stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void observedHolidaysMatchTheIndependentTable(int year) {
    List<LocalDate> actual =
        UsFederalHolidays.observedIn(year).stream().map(Holiday::date).toList();
    assertThat(actual).containsExactlyElementsOf(expected(year));
    assertThat(actual)
        .allSatisfy(
            d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }
}
