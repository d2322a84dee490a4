package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.audit.AuditService.Verification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code verify-audit}: walk the hash chain; exit 1 naming the first broken entry. */
@Command(
    name = "verify-audit",
    mixinStandardHelpOptions = true,
    description = {
      "Check the tamper-evident audit trail: print the number of entries and the head hash.",
      "Checks every sealed record (cases, users, settings, templates, register) against its seal.",
      "Exits 1 and names the first entry, and every record, changed, deleted or inserted outside"
          + " PrivacyDesk."
    })
final class VerifyAuditCommand extends CliCommand implements Callable<Integer> {
  @picocli.CommandLine.Option(
      names = "--against",
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Also prove the chain still extends the signed checkpoints in FILE: a report (PDF,"
              + " JSON, XLSX or CSV pack), a purge certificate or the witness file. Catches a"
              + " chain cut short, rewritten or put back to an older copy.")
  java.util.List<java.nio.file.Path> against = java.util.List.of();

  @picocli.CommandLine.Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "On a team server where each user signs in with their own account: whose account opens"
              + " it (a supervisor or an administrator; default: $PRIVACYDESK_USER).")
  String user;

  @Override
  public Integer call() {
    if (!hasDatabase()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    Verification v;
    java.util.List<com.privacydesk.app.audit.AuditService.CheckpointCheck> checks;
    try (Services services = openServices(user)) {
      v = services.audit().verify();
      checks = services.audit().against(checkpoints());
    }
    boolean ok = v.intact();
    if (v.intact()) {
      io().out().println(CliErrors.text("cli.audit.ok", v.entries(), v.headHash()));
      io().out().println(CliErrors.text("cli.audit.recordsOk", v.recordsChecked()));
      v.checkpoint()
          .ifPresent(c -> io().out().println(CliErrors.text("cli.audit.checkpoint", c.line())));
    } else {
      io().out().println(CliErrors.text("cli.audit.entries", v.entries(), v.headHash()));
      v.records().forEach(line -> io().out().println("  " + line));
      if (v.recordProblems() > v.records().size()) {
        io().out()
            .println(
                "  "
                    + CliErrors.text(
                        "cli.audit.recordsMore", v.recordProblems() - v.records().size()));
      }
    }
    switch (v.witnessTable()) {
      case NONE -> {}
      case INSERT_ONLY -> io().out().println(CliErrors.text("cli.audit.witnessTable.ok"));
      case WRITABLE -> io().out().println(CliErrors.text("cli.audit.witnessTable.writable"));
      case NOT_INSERTABLE ->
          io().out().println(CliErrors.text("cli.audit.witnessTable.notInsertable"));
    }
    long failed = 0;
    for (var c : checks) {
      io().out().println("  " + (c.holds() ? "OK   " : "FAIL ") + c.text());
      if (!c.holds()) {
        failed++;
      }
    }
    if (!checks.isEmpty()) {
      io().out()
          .println(CliErrors.text("cli.audit.against", checks.size() - failed, checks.size()));
    }
    if (ok && failed == 0) {
      return ExitCode.OK;
    }
    long notHolding = failed;
    throw new CliFailure(
        ExitCode.FAILURE,
        v.problem()
            .map(p -> CliErrors.text("cli.audit.broken", p.seq(), p.reason()))
            .orElseGet(
                () ->
                    v.recordProblems() > 0
                        ? CliErrors.text("cli.audit.records", v.recordProblems())
                        : CliErrors.text("cli.audit.checkpointsFailed", notHolding)));
  }

  /** The checkpoints of every --against file; a file without any is refused. */
  private java.util.List<com.privacydesk.domain.audit.Checkpoint> checkpoints() {
    java.util.List<com.privacydesk.domain.audit.Checkpoint> all = new java.util.ArrayList<>();
    for (java.nio.file.Path file : against) {
      java.util.List<com.privacydesk.domain.audit.Checkpoint> found;
      try {
        found = com.privacydesk.report.CheckpointFiles.read(file);
      } catch (java.io.IOException e) {
        throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.audit.unreadable", file));
      }
      if (found.isEmpty()) {
        throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.audit.noCheckpoint", file));
      }
      all.addAll(found);
    }
    return all;
  }
}
