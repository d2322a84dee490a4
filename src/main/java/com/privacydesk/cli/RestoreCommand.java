package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.privacy.BackupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: a backup into an empty data folder, then checked. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup written by the backup command into the data folder, which must hold no"
          + " database; then count its cases and verify its audit trail. Exit 0 when the chain is"
          + " intact, 1 otherwise.",
      "An encrypted backup needs its key (--db-key-file or $PRIVACYDESK_DB_KEY)."
    })
final class RestoreCommand extends CliCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
  Path backup;

  @Override
  public Integer call() {
    requireEmbedded("Restore");
    if (!Files.isRegularFile(backup)) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.restore.noFile", backup));
    }
    if (Services.hasDatabase(dataDir())) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.restore.notEmpty", dataDir()));
    }
    try (Services services = Services.restore(backup, dataDir(), Services.systemClock(), dbKey())) {
      BackupService.Check check = services.backups().check();
      if (!check.audit().intact()) {
        io().err()
            .println(
                CliErrors.text(
                    "cli.restore.broken",
                    dataDir(),
                    check.audit().problem().map(Object::toString).orElse("")));
        return ExitCode.FAILURE;
      }
      io().out()
          .println(
              CliErrors.text(
                  "cli.restore.done",
                  dataDir(),
                  check.cases(),
                  check.users(),
                  check.audit().entries(),
                  check.audit().headHash()));
      return ExitCode.OK;
    }
  }
}
