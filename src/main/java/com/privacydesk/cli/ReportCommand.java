package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import com.privacydesk.report.ReportFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: the monthly report, or the yearly CPNI certification export, to a file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Export the supervisor's monthly report (domain.md §6) or the yearly CPNI certification"
          + " export. Supervisors only; every export is an audit entry.",
      "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
          + " of standard input."
    })
final class ReportCommand extends CliCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true)
  Period period;

  static final class Period {
    @Option(
        names = "--month",
        paramLabel = "YYYY-MM",
        description = "The month to report (default: the last full month).")
    String month;

    @Option(
        names = "--cpni-year",
        paramLabel = "YYYY",
        description = "The calendar year of the CPNI certification export instead.")
    Integer cpniYear;
  }

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "xlsx, pdf, csv (a zip of CSV files) or json.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "The file to write (an existing folder: a file named after the report in it).")
  Path out;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      defaultValue = "letter",
      description = "PDF paper: letter (default) or a4.")
  PaperSize paper;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Act as this supervisor (default: $PRIVACYDESK_USER).")
  String user;

  @Override
  public Integer call() {
    ReportFormat chosen = format();
    YearMonth month = month();
    if (!hasDatabase()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    try (Services services = openServices(user)) {
      Actor actor = signIn(services, user);
      ReportModel model =
          period != null && period.cpniYear != null
              ? services.reports().cpniYear(actor, period.cpniYear)
              : services
                  .reports()
                  .monthly(actor, month != null ? month : services.reports().lastFullMonth());
      Path target = Files.isDirectory(out) ? ReportExporter.defaultFile(model, chosen, out) : out;
      ReportExporter.Exported file;
      try {
        file =
            new ReportExporter(services.reports())
                .export(actor, model, chosen, target, paper, ReportExporter.Progress.NONE);
      } catch (UncheckedIOException e) {
        throw new CliFailure(
            ExitCode.FAILURE,
            CliErrors.text("cli.report.writeFailed", target, e.getCause().getMessage()));
      }
      io().out()
          .println(
              CliErrors.text(
                  "cli.report.written",
                  model.header().title(),
                  model.period(),
                  file.file(),
                  file.bytes(),
                  file.sha256()));
      return ExitCode.OK;
    }
  }

  private ReportFormat format() {
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.report.badFormat", format));
    }
  }

  private YearMonth month() {
    if (period == null || period.month == null) {
      return null;
    }
    try {
      return YearMonth.parse(period.month.trim());
    } catch (DateTimeParseException e) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.report.badMonth", period.month));
    }
  }
}
