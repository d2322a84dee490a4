package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.privacy.PurgeCertificate;
import com.privacydesk.app.privacy.PurgePreview;
import com.privacydesk.domain.CaseType;
import com.privacydesk.report.PurgeCertificateFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code purge --dry-run|--apply}: the retention purge from the command line. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description = {
      "Remove the personal data of ended cases past their type's retention (setting"
          + " retention.months.<TYPE>, default 24 months after closure). Administrators only.",
      "--dry-run shows what would go; --apply purges, writes one audit entry and a purge"
          + " certificate (default: <data-dir>/purge-certificates/).",
      "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
          + " of standard input."
    })
final class PurgeCommand extends CliCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--dry-run", required = true, description = "Show what would be purged.")
    boolean dryRun;

    @Option(names = "--apply", required = true, description = "Purge, and write the certificate.")
    boolean apply;
  }

  @Option(
      names = "--certificate",
      paramLabel = "PATH",
      description = "Where to write the certificate (a file, or a folder).")
  Path certificate;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Act as this administrator (default: $PRIVACYDESK_USER).")
  String user;

  @Override
  public Integer call() {
    if (!hasDatabase()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    try (Services services = openServices(user)) {
      Actor actor = signIn(services, user);
      if (mode.dryRun) {
        PurgePreview preview = services.purges().preview(actor);
        io().out().print(previewText(preview));
        io().out().flush();
        return ExitCode.OK;
      }
      PurgeCertificate done = services.purges().apply(actor);
      Path target =
          certificate != null
              ? certificate
              : PurgeCertificateFile.defaultFolder(services.dataDir());
      try {
        if (certificate == null) {
          Files.createDirectories(target);
        }
        Path file = PurgeCertificateFile.write(done, target);
        io().out().print(done.text());
        io().out().println();
        io().out().println(CliErrors.text("cli.purge.certificate", file));
        if (!services.onServer()) {
          io().out().println(CliErrors.text("cli.purge.wiping"));
          io().out().flush();
        }
      } catch (UncheckedIOException | java.io.IOException e) {
        // the purge is committed and audited: print the certificate so it is not lost
        io().out().print(done.text());
        throw new CliFailure(
            ExitCode.FAILURE, CliErrors.text("cli.purge.certificateFailed", target));
      }
      return ExitCode.OK;
    }
  }

  /** The dry run's table: per type, the cases that would go and the retention that decides it. */
  static String previewText(PurgePreview p) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "%-22s %8s %10s  %s%n", "TYPE", "CASES", "RETENTION", "CLOSED BEFORE"));
    for (CaseType type : CaseType.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-22s %8d %7d mo  %s%n",
              type.name(),
              p.counts().get(type),
              p.policy().monthsFor(type),
              DAY.format(p.cutoffs().get(type).atZone(p.zone()))));
    }
    b.append(String.format(Locale.ROOT, "%-22s %8d%n", "ALL", p.total()));
    if (p.closedFrom() != null) {
      b.append(
          CliErrors.text(
              "cli.purge.range",
              DAY.format(p.closedFrom().atZone(p.zone())),
              DAY.format(p.closedTo().atZone(p.zone()))));
      b.append('\n');
    }
    b.append(CliErrors.text("cli.purge.dryRun")).append('\n');
    return b.toString();
  }
}
