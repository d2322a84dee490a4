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
  @Override
  public Integer call() {
    if (!hasDatabase()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    Verification v;
    try (Services services = openServices()) {
      v = services.audit().verify();
    }
    if (v.intact()) {
      io().out().println(CliErrors.text("cli.audit.ok", v.entries(), v.headHash()));
      io().out().println(CliErrors.text("cli.audit.recordsOk", v.recordsChecked()));
      return ExitCode.OK;
    }
    io().out().println(CliErrors.text("cli.audit.entries", v.entries(), v.headHash()));
    v.records().forEach(line -> io().out().println("  " + line));
    if (v.recordProblems() > v.records().size()) {
      io().out()
          .println(
              "  "
                  + CliErrors.text(
                      "cli.audit.recordsMore", v.recordProblems() - v.records().size()));
    }
    throw new CliFailure(
        ExitCode.FAILURE,
        v.problem()
            .map(p -> CliErrors.text("cli.audit.broken", p.seq(), p.reason()))
            .orElseGet(() -> CliErrors.text("cli.audit.records", v.recordProblems())));
  }
}
