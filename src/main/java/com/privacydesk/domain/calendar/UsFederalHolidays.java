package com.privacydesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legal public holidays of 5 U.S.C. §6103 as observed by federal offices: a Saturday holiday is
 * observed the Friday before, a Sunday holiday the Monday after. A New Year's Day on Saturday is
 * observed on December 31 of the year before, so it belongs to that year's list.
 */
public final class UsFederalHolidays {
  /** First and last years the rules are specified for (MLK Day is observed from 1986). */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2100;

  private static final int JUNETEENTH_FIRST_YEAR = 2021;

  private UsFederalHolidays() {}

  /** The holidays observed on days of {@code year}, in date order. */
  public static List<Holiday> observedIn(int year) {
    if (year < FIRST_YEAR - 1 || year > LAST_YEAR + 1) {
      throw new IllegalArgumentException(
          "holiday rules cover " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
    }
    List<Holiday> days = new ArrayList<>();
    addFixed(days, year, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
    days.add(
        new Holiday(
            nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Birthday of Martin Luther King, Jr."));
    days.add(new Holiday(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday"));
    days.add(
        new Holiday(
            LocalDate.of(year, Month.MAY, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            "Memorial Day"));
    if (year >= JUNETEENTH_FIRST_YEAR) {
      addFixed(
          days, year, LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day");
    }
    addFixed(days, year, LocalDate.of(year, Month.JULY, 4), "Independence Day");
    days.add(new Holiday(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day"));
    days.add(new Holiday(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day"));
    addFixed(days, year, LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day");
    days.add(new Holiday(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day"));
    addFixed(days, year, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
    // Next year's New Year's Day falling on a Saturday is observed on this year's Dec 31.
    addFixed(days, year, LocalDate.of(year + 1, Month.JANUARY, 1), "New Year's Day");
    days.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(days);
  }

  private static void addFixed(List<Holiday> days, int year, LocalDate actual, String name) {
    LocalDate observed =
        switch (actual.getDayOfWeek()) {
          case SATURDAY -> actual.minusDays(1);
          case SUNDAY -> actual.plusDays(1);
          default -> actual;
        };
    if (observed.getYear() == year) {
      days.add(new Holiday(observed, observed.equals(actual) ? name : name + " (observed)"));
    }
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
