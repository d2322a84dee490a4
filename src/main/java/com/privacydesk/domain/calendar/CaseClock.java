package com.privacydesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One deadline of a case, with everything needed to explain it.
 *
 * @param name the clock's stable name ({@code statutory}, {@code internal}, ...)
 * @param explanation human-readable lines: start, rule, day type, days skipped, result
 * @param ruleVersion identifies the rule set and calendar the date was computed with
 */
public record CaseClock(
    String name,
    LocalDate due,
    DayType dayType,
    int days,
    List<String> explanation,
    String ruleVersion) {
  public CaseClock {
    explanation = List.copyOf(explanation);
  }
}
