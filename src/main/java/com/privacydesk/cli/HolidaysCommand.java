package com.privacydesk.cli;

import com.privacydesk.app.deadlines.DeadlineService;
import com.privacydesk.domain.calendar.Holiday;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code holidays --year YYYY [--json]}: the days off that business-day deadlines skip. */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    description = {
      "Print the observed US federal holidays of a year, plus any configured closure days.",
      "Uses the default settings, or those of the database that --data-dir points at."
    })
final class HolidaysCommand extends CliCommand implements Callable<Integer> {
  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Year (1990–2100).")
  int year;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<Holiday> days;
    try {
      days = new DeadlineService(computeSettings()).holidays(year);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage());
    }
    if (json) {
      io().out().println(Json.holidays(year, days));
    } else {
      for (Holiday h : days) {
        io().out()
            .printf(
                "%s  %s  %s%n",
                h.date(),
                h.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US),
                h.name());
      }
    }
    return ExitCode.OK;
  }
}
