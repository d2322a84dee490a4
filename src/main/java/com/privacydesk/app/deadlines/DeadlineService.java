package com.privacydesk.app.deadlines;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.calendar.Holiday;
import com.privacydesk.domain.calendar.UsFederalHolidays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes clocks and holiday lists under given settings; needs no database and no user. */
public final class DeadlineService {
  private final CompanySettings settings;

  public DeadlineService(CompanySettings settings) {
    this.settings = settings;
  }

  /** Every clock of the request's type; the start must be in the supported years. */
  public List<CaseClock> clocks(DeadlineRequest request) {
    requireSupported(request.start().getYear());
    request
        .lawEnforcementNotified()
        .ifPresent(
            n -> {
              requireSupported(n.getYear());
              if (n.isBefore(request.start())) {
                throw new IllegalArgumentException(
                    "the law-enforcement notice date cannot be before the determination date");
              }
            });
    return settings.rules().clocks(request);
  }

  /** The federal holidays observed in {@code year} plus the configured closure days, by date. */
  public List<Holiday> holidays(int year) {
    requireSupported(year);
    List<Holiday> days = new ArrayList<>(UsFederalHolidays.observedIn(year));
    BusinessCalendar.withClosures(settings.closures()).closures().entrySet().stream()
        .filter(e -> e.getKey().getYear() == year)
        .forEach(e -> days.add(new Holiday(e.getKey(), e.getValue())));
    days.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(days);
  }

  private static void requireSupported(int year) {
    if (year < UsFederalHolidays.FIRST_YEAR || year > UsFederalHolidays.LAST_YEAR) {
      throw new IllegalArgumentException(
          "dates must be in the years "
              + UsFederalHolidays.FIRST_YEAR
              + "–"
              + UsFederalHolidays.LAST_YEAR
              + ", not "
              + year);
    }
  }
}
