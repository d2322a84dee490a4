package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.domain.user.Role;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-optouts FILE [--apply]}: the public command line of the bulk opt-out import. */
class ImportCliTest {
  @TempDir Path data;
  @TempDir Path files;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private Path file;

  @BeforeEach
  void fixture() throws Exception {
    try (Services s = TestServices.open(data)) {
      TestServices.user(s, TestServices.admin(s), "ann", Role.AGENT);
    }
    file = files.resolve("unsubscribes.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "email,received,source",
            "first@example.com,2026-11-18,footer link", // 2 new
            "broken-address,2026-11-18,footer link", // 3 invalid
            "second@example.com,2026-11-18 09:30,footer link", // 4 new
            "FIRST@example.com,2026-11-19,footer link", // 5 duplicate of 2
            ""));
  }

  private int run(String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            Map.of("PRIVACYDESK_USER", "ann", "PRIVACYDESK_PASSWORD", "password-ann"));
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return PrivacyDeskCli.run(all, io, (p, u) -> {});
  }

  @Test
  void aHeaderWithTerminalEscapesIsPrintedHarmlessly() throws Exception {
    // OSC 0 (set the window title), then erase the screen; an 8-bit CSI; a right-to-left override
    Path evil = files.resolve("evil.csv");
    Files.writeString(
        evil,
        "email,received,\u001b]0;owned\u0007\u001b[2J,\u009b31m,\u202etxt.exe\n"
            + "first@example.com,2026-11-18,a,b,c\n");
    assertThat(run("import-optouts", evil.toString())).as(stderr.toString()).isZero();
    String text = stdout.toString() + stderr;
    assertThat(text).contains("Columns not read (never stored): ");
    assertThat(text.chars().filter(c -> !TerminalSafeWriter.safe((char) c)).count()).isZero();
    assertThat(text).contains("\ufffd]0;owned\ufffd\ufffd[2j");
  }

  @Test
  void withoutApplyItPreviewsEveryLineAndStoresNothing() {
    assertThat(run("import-optouts", file.toString())).as(stderr.toString()).isZero();
    String text = stdout.toString();
    assertThat(text)
        .contains("Opt-out import preview of " + file)
        .containsPattern("new\\s+2")
        .containsPattern("duplicate in file\\s+1")
        .containsPattern("invalid\\s+1")
        .contains("line 3: invalid: Email address: ")
        .contains("line 5: duplicate of line 2")
        .contains("Columns not read (never stored): source")
        .contains("Nothing was imported. Run again with --apply to import the 2 new rows.")
        .doesNotContain("first@")
        .doesNotContain("second@")
        .doesNotContain("broken-address")
        .doesNotContain("footer");
    try (Services s = Services.open(data, TestServices.clock())) {
      assertThat(s.backups().check().cases()).isZero();
    }
  }

  @Test
  void applyImportsTheNewRowsAndReportsEachLine() {
    assertThat(run("import-optouts", file.toString(), "--apply", "--batch-size", "2"))
        .as(stderr.toString())
        .isZero();
    assertThat(stdout.toString())
        .contains(
            "Opt-out import 1 DONE: 2 cases created, 1 duplicates and 1 invalid rows not"
                + " imported.")
        .contains("Imported lines: 2, 4")
        .contains("line 3: invalid:")
        .contains("line 5: duplicate of line 2");
    assertThat(stderr.toString()).contains("import-optouts: 4 of 4 rows");
    stdout.getBuffer().setLength(0);
    // the same file again: both addresses are opted out already
    assertThat(run("import-optouts", file.toString())).isZero();
    assertThat(stdout.toString())
        .containsPattern("already opted out\\s+2")
        .containsPattern("line 2: already opted out \\(case #\\d+\\)");
  }

  @Test
  void wrongUsageAndUnreadableFilesAreRefusedWithTheirExitCodes() throws Exception {
    assertThat(run("import-optouts", file.toString(), "--apply", "--batch-size", "0"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("import-optouts", files.resolve("missing.csv").toString()))
        .isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("No readable file at");
    Path noEmail = files.resolve("no-email.csv");
    Files.writeString(noEmail, "address\nx@example.com\n");
    assertThat(run("import-optouts", noEmail.toString(), "--apply")).isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("The file has no \"email\" column");
    assertThat(run("import-optouts")).isEqualTo(ExitCode.USAGE);
  }
}
