package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.demo.DemoSeeder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seed-demo --cases N [--seed S]}: fill an empty database with realistic demo cases. */
@Command(
    name = "seed-demo",
    mixinStandardHelpOptions = true,
    description = {
      "Fill an empty database with realistic demo cases: every type, status, channel and outcome,",
      "spread over the last 24 months, with correct clocks and audit chain. The same seed on the",
      "same day gives the same data. Creates the demo accounts agent01..08 and lead01..02 (and",
      "demoadmin when the database has no users), all with the password privacydesk-demo.",
      "A database that already has accounts is seeded only by an administrator (--user)."
    })
final class SeedDemoCommand extends CliCommand implements Callable<Integer> {
  @Option(
      names = "--cases",
      required = true,
      paramLabel = "N",
      description = "How many cases to write (1 to 5,000,000).")
  int cases;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "An administrator to act as, when the database already has accounts (default:"
              + " $PRIVACYDESK_USER; none needed for a database without accounts).")
  String user;

  @Override
  public Integer call() {
    if (cases < 1 || cases > 5_000_000) {
      throw new CliFailure(ExitCode.USAGE, "--cases must be between 1 and 5000000");
    }
    try (Services services = openServices(user)) {
      com.privacydesk.app.Actor actor =
          user != null || io().env().get("PRIVACYDESK_USER") != null
              ? signIn(services, user)
              : null;
      long[] lastPrinted = {0};
      DemoSeeder.Result result =
          services
              .demoSeeder()
              .seed(
                  actor,
                  cases,
                  seed,
                  (done, total) -> {
                    long now = System.nanoTime();
                    if (done == total || now - lastPrinted[0] > 2_000_000_000L) {
                      lastPrinted[0] = now;
                      io().out().println(CliErrors.text("cli.seed.progress", done, total));
                    }
                  });
      if (!services.onServer()) {
        io().out().println(CliErrors.text("cli.seed.compacting"));
      }
      services.compactAndClose();
      List<String> accounts = new ArrayList<>(DemoSeeder.AGENTS);
      accounts.addAll(DemoSeeder.SUPERVISORS);
      io().out()
          .println(
              CliErrors.text(
                  "cli.seed.done",
                  result.cases(),
                  result.openCases(),
                  result.auditEntries(),
                  result.took().toMillis() / 1000.0,
                  String.join(", ", accounts),
                  DemoSeeder.DEMO_PASSWORD));
    }
    return ExitCode.OK;
  }
}
