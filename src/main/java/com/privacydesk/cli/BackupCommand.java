package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.privacy.BackupService;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: a consistent copy of the whole database, also while the app runs. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a backup of the whole database (cases, users, settings, audit trail) to FILE (a zip),"
          + " also while the PrivacyDesk window has the data folder open. Administrators only;"
          + " each backup is an audit entry with the file's SHA-256.",
      "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
          + " of standard input."
    })
final class BackupCommand extends CliCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file.")
  Path out;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Act as this administrator (default: $PRIVACYDESK_USER).")
  String user;

  @Override
  public Integer call() {
    requireEmbedded("Backup");
    if (!Services.hasDatabase(dataDir())) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    try (Services services = Services.openOrAttach(dataDir(), Services.systemClock(), dbKey())) {
      Actor actor = signIn(services, user);
      BackupService.Backup done;
      try {
        done = services.backups().backup(actor, out);
      } catch (UncheckedIOException e) {
        throw new CliFailure(
            ExitCode.FAILURE, CliErrors.text("cli.backup.failed", out, e.getCause().getMessage()));
      }
      io().out()
          .println(CliErrors.text("cli.backup.written", done.file(), done.bytes(), done.sha256()));
      return ExitCode.OK;
    }
  }
}
