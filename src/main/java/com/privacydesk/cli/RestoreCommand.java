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
          + " database. The backup is first restored beside it and verified (audit chain and"
          + " sealed records); one that does not verify is refused and nothing is written, unless"
          + " --accept-unverified (recorded in its audit trail). Exit 0 restored and intact, 1"
          + " refused or restored unverified.",
      "An encrypted backup needs its key (--db-key-file or $PRIVACYDESK_DB_KEY)."
    })
final class RestoreCommand extends CliCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
  Path backup;

  @picocli.CommandLine.Option(
      names = "--accept-unverified",
      description =
          "Restore a backup whose audit chain or records do not verify (changed outside"
              + " PrivacyDesk) all the same; the restored database's audit trail records it.")
  boolean acceptUnverified;

  @Override
  public Integer call() {
    requireEmbedded("Restore");
    if (!Files.isRegularFile(backup)) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.restore.noFile", backup));
    }
    if (Services.hasDatabase(dataDir())) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.restore.notEmpty", dataDir()));
    }
    try {
      return restore();
    } catch (com.privacydesk.app.privacy.RestoreRefusedException refused) {
      throw new CliFailure(ExitCode.FAILURE, refused.getMessage());
    }
  }

  private int restore() {
    try (Services services =
        Services.restore(backup, dataDir(), Services.systemClock(), dbKey(), acceptUnverified)) {
      BackupService.Check check = services.backups().check();
      if (!check.audit().intact()) {
        io().err()
            .println(
                CliErrors.text(
                    "cli.restore.broken",
                    dataDir(),
                    check
                        .audit()
                        .problem()
                        .map(p -> "entry " + p.seq() + " " + p.reason())
                        .orElseGet(
                            () ->
                                check.audit().recordProblems()
                                    + " records changed outside PrivacyDesk")));
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
