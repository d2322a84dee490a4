package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseCopy;
import com.privacydesk.app.DatabaseServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-db --to URL}: copies the data folder's embedded database into an empty PostgreSQL
 * database for team mode, then proves the copy: every table's rows counted on both sides, the
 * copy's audit chain walked.
 */
@Command(
    name = "migrate-db",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the data folder's embedded database into an empty PostgreSQL database (team mode):"
          + " every table with the same ids, the audit trail with the same hashes. Then counts"
          + " every table on both sides and verifies the copy's audit chain; exits 1 if anything"
          + " differs. The embedded database is left as it was (plus one audit entry). A database"
          + " whose audit chain or sealed records do not verify is not copied, unless"
          + " --accept-unverified (recorded in its audit trail).",
      "The server account: $PRIVACYDESK_DB_USER and $PRIVACYDESK_DB_PASSWORD, else user and"
          + " password in the data folder's database.properties. Administrators only: signs in as"
          + " --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line of"
          + " standard input."
    })
final class MigrateDbCommand extends CliCommand implements Callable<Integer> {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "URL",
      description = "The empty PostgreSQL database: jdbc:postgresql://host:5432/database.")
  String to;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Act as this administrator (default: $PRIVACYDESK_USER).")
  String user;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(
      names = "--accept-unverified",
      description =
          "Copy a database whose audit chain or records do not verify (changed outside"
              + " PrivacyDesk) all the same; its audit trail records it before the copy.")
  boolean acceptUnverified;

  @Override
  public Integer call() {
    if (dbUrlGiven()) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.migrate.notFromServer"));
    }
    DatabaseServer target;
    try {
      target = Services.server(dataDir(), to, io().env());
    } catch (DatabaseServer.InvalidUrlException e) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text(e.messageKey()));
    }
    if (!Services.hasDatabase(dataDir())) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    PrintWriter out = io().out();
    DatabaseCopy copy;
    try (Services source = Services.open(dataDir(), Services.systemClock(), dbKey())) {
      Actor actor = signIn(source, user);
      // administrators only, refused before anything else (the copy checks it again)
      actor.require(com.privacydesk.domain.user.Permission.BACKUP_DATA);
      var found = source.audit().verify();
      if (!found.intact()) {
        if (!acceptUnverified) {
          throw new CliFailure(
              ExitCode.FAILURE,
              CliErrors.text(
                  "cli.migrate.unverified",
                  found
                      .problem()
                      .map(p -> "entry " + p.seq() + " " + p.reason())
                      .orElseGet(
                          () -> found.recordProblems() + " records changed outside PrivacyDesk")));
        }
        source.backups().recordUnverifiedCopy(actor, found);
      }
      if (!json) {
        out.println(CliErrors.text("cli.migrate.start", dataDir(), target.describe()));
      }
      long[] lastPrinted = {System.nanoTime()};
      copy =
          source.copyTo(
              actor,
              passwordSignedInWith(),
              target,
              (table, rows) -> {
                long now = System.nanoTime();
                if (!json && now - lastPrinted[0] > 2_000_000_000L) {
                  lastPrinted[0] = now;
                  out.println(CliErrors.text("cli.migrate.progress", table, rows));
                }
              });
    }
    if (json) {
      out.println(Json.databaseCopy(copy));
    } else {
      print(out, copy);
    }
    if (!copy.ok()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.migrate.mismatch"));
    }
    if (!json) {
      out.println(
          CliErrors.text(
              "cli.migrate.ok",
              to.contains("?") ? to.substring(0, to.indexOf('?')) : to,
              dataDir().resolve("database.properties")));
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, DatabaseCopy copy) {
    out.println(CliErrors.text("cli.migrate.header"));
    for (var t : copy.tables()) {
      out.printf(
          "%-26s %10d %10d%s%n", t.table(), t.source(), t.target(), t.matches() ? "" : "  DIFFERS");
    }
    var a = copy.audit();
    out.println(
        CliErrors.text(
            "cli.migrate.audit",
            a.intact() ? "OK" : "BROKEN at entry " + a.problem().orElseThrow().seq(),
            a.entries(),
            a.headHash()));
  }
}
