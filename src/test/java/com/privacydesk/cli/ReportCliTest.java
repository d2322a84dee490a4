package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.app.reports.ReportFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: the public command line of the monthly report and the CPNI export. */
class ReportCliTest {
  @TempDir static Path data;
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeAll
  static void fixture() {
    new ReportFixture(data).close();
  }

  private int run(String user, String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            Map.of("PRIVACYDESK_USER", user, "PRIVACYDESK_PASSWORD", "password-" + user));
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return PrivacyDeskCli.run(all, io, (p, u) -> {});
  }

  @Test
  void aSupervisorWritesEachFormat() throws Exception {
    for (String format : List.of("xlsx", "pdf", "csv", "json")) {
      Path file = out.resolve("october." + format);
      assertThat(
              run(
                  "sam",
                  "report",
                  "--month",
                  "2026-10",
                  "--format",
                  format,
                  "--out",
                  file.toString()))
          .as(format + ": " + stderr)
          .isZero();
      assertThat(file).isNotEmptyFile();
    }
    assertThat(stdout.toString()).contains("2026-10 written to").contains("sha256 ");
    var json = new ObjectMapper().readTree(out.resolve("october.json").toFile());
    assertThat(
            com.privacydesk.report.ReportExportTest.row(json.at("/tables/0"), "ALL")
                .at("/values/total")
                .asLong())
        .isEqualTo(12);
  }

  @Test
  void aFolderGetsTheReportsOwnNameAndTheMonthDefaultsToTheLastFullOne() {
    assertThat(run("sam", "report", "--format", "json", "--out", out.toString())).isZero();
    // the real clock decides the last full month; the name follows it
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .asString()
          .matches("privacydesk-report-\\d{4}-\\d{2}\\.json");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theCpniYearExport() {
    Path file = out.resolve("cpni.xlsx");
    assertThat(
            run(
                "sam",
                "report",
                "--cpni-year",
                "2026",
                "--format",
                "xlsx",
                "--out",
                file.toString()))
        .isZero();
    assertThat(file).isNotEmptyFile();
    assertThat(stdout.toString()).contains("CPNI annual certification");
  }

  @Test
  void agentsAreRefusedAndNothingIsWritten() {
    Path file = out.resolve("x.json");
    assertThat(
            run(
                "ann",
                "report",
                "--month",
                "2026-10",
                "--format",
                "json",
                "--out",
                file.toString()))
        .isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("may not do this");
    assertThat(file).doesNotExist();
  }

  @Test
  void badInputIsAUsageError() {
    assertThat(
            run("sam", "report", "--month", "2026-13", "--format", "json", "--out", out.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("sam", "report", "--format", "docx", "--out", out.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(
            run(
                "sam",
                "report",
                "--month",
                "2026-10",
                "--cpni-year",
                "2026",
                "--format",
                "json",
                "--out",
                out.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(stderr.toString()).contains("Not a month").contains("Unknown format \"docx\"");
  }

  @Test
  void aFutureMonthOrAMissingFolderFails() {
    assertThat(
            run("sam", "report", "--month", "2099-01", "--format", "json", "--out", out.toString()))
        .isEqualTo(ExitCode.FAILURE);
    assertThat(
            run(
                "sam",
                "report",
                "--month",
                "2026-10",
                "--format",
                "json",
                "--out",
                out.resolve("no/such/x.json").toString()))
        .isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("has not begun").contains("does not exist");
  }
}
