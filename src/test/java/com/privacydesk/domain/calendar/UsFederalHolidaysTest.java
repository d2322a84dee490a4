package com.privacydesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("fast")
class UsFederalHolidaysTest {
  private static List<LocalDate> dates(int year) {
    return UsFederalHolidays.observedIn(year).stream().map(Holiday::date).toList();
  }

  @Test
  void year2013MatchesOpmTable() {
    assertThat(dates(2013))
        .containsExactly(
            LocalDate.of(2013, 1, 1),
            LocalDate.of(2013, 1, 21),
            LocalDate.of(2013, 2, 18),
            LocalDate.of(2013, 5, 27),
            LocalDate.of(2013, 7, 4),
            LocalDate.of(2013, 9, 2),
            LocalDate.of(2013, 10, 14),
            LocalDate.of(2013, 11, 11),
            LocalDate.of(2013, 11, 28),
            LocalDate.of(2013, 12, 25));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // Jan 1 on a Saturday is observed on Dec 31 of the year before.
    "2010-12-31, New Year's Day (observed)",
    "2021-12-31, New Year's Day (observed)",
    "2027-12-31, New Year's Day (observed)",
    // Saturday holidays move to Friday, Sunday ones to Monday.
    "2015-07-03, Independence Day (observed)",
    "2021-07-05, Independence Day (observed)",
    "2021-06-18, Juneteenth National Independence Day (observed)",
    "2022-06-20, Juneteenth National Independence Day (observed)",
    "2016-12-26, Christmas Day (observed)",
    "2017-01-02, New Year's Day (observed)",
    "2018-11-12, Veterans Day (observed)",
    "2020-07-03, Independence Day (observed)",
    "2012-01-02, New Year's Day (observed)",
  })
  void weekendHolidaysAreObservedOnTheNearestWeekday(LocalDate observed, String name) {
    assertThat(UsFederalHolidays.observedIn(observed.getYear()))
        .contains(new Holiday(observed, name));
  }

  @ParameterizedTest
  @CsvSource({"2011", "2022", "2028"})
  void saturdayNewYearIsNotListedInItsOwnYear(int year) {
    assertThat(dates(year)).doesNotContain(LocalDate.of(year, 1, 1));
    assertThat(dates(year)).hasSize(year >= 2021 ? 10 : 9);
  }

  @Test
  void juneteenthOnlyFrom2021() {
    assertThat(UsFederalHolidays.observedIn(2020))
        .noneMatch(h -> h.name().startsWith("Juneteenth"));
    assertThat(dates(2023)).contains(LocalDate.of(2023, 6, 19));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024, 2024-01-15, 2024-02-19, 2024-05-27, 2024-09-02, 2024-10-14, 2024-11-28",
    "2025, 2025-01-20, 2025-02-17, 2025-05-26, 2025-09-01, 2025-10-13, 2025-11-27",
    "2026, 2026-01-19, 2026-02-16, 2026-05-25, 2026-09-07, 2026-10-12, 2026-11-26",
  })
  void floatingHolidays(
      int year,
      LocalDate mlk,
      LocalDate washington,
      LocalDate memorial,
      LocalDate labor,
      LocalDate columbus,
      LocalDate thanksgiving) {
    assertThat(dates(year)).contains(mlk, washington, memorial, labor, columbus, thanksgiving);
  }
}
