package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.audit.AuditService.CheckpointCheck;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.cli.CliIo;
import com.privacydesk.cli.PrivacyDeskCli;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.audit.Checkpoint;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import com.privacydesk.report.CheckpointFiles;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed checkpoints kept outside the database (ADR 0022): every report, purge certificate, backup,
 * sign-out and intact verification writes one, to the witness file when one is set; verify-audit
 * --against proves the chain still extends them, so cutting entries off (even entries that changed
 * no record) and putting back an older copy of the file are found.
 */
class CheckpointTest {
  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;
  private Actor sam;
  private Path witness;

  @BeforeEach
  void open() {
    witness = dir.resolve("share").resolve("witness.log");
    System.setProperty("privacydesk.witnessFile", witness.toString());
    s = TestServices.open(dir.resolve("data"), clock);
    admin = TestServices.admin(s);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    s.intake()
        .logOptOut(
            sam,
            new OptOutIntake(
                "a@example.com",
                OptOutScope.ALL_COMMERCIAL,
                null,
                Channel.PHONE,
                LocalDateTime.of(2026, 11, 19, 9, 0)),
            Duplicates.ignore());
  }

  @AfterEach
  void close() {
    System.clearProperty("privacydesk.witnessFile");
    s.close();
  }

  private void cutOffLastEntry() {
    TestServices.cutOffLastEntry(s);
  }

  @Test
  void reportsCarryASignedCheckpointThatTheChainMustStillExtend() throws Exception {
    var model = s.reports().monthly(sam, YearMonth.of(2026, 11));
    Path pack = Files.createDirectories(dir.resolve("pack"));
    var files =
        new ReportExporter(s.reports())
            .exportPack(sam, model, pack, PaperSize.LETTER, ReportExporter.Progress.NONE);
    for (var f : files) {
      List<Checkpoint> found = CheckpointFiles.read(f.file());
      assertThat(found).as(f.file().getFileName().toString()).hasSize(1);
      assertThat(found.getFirst().line()).isEqualTo(model.header().auditCheckpoint());
      assertThat(s.audit().against(found)).allMatch(CheckpointCheck::holds);
    }
    Checkpoint fromReport =
        CheckpointFiles.read(pack.resolve(model.fileStem() + ".json")).getFirst();

    // the report's own export entries came after its checkpoint; cutting off the newest entry
    // (an export: it changed no record, so no seal notices) leaves a valid chain, but not the
    // checkpoint an intact verification took just before
    Checkpoint before = s.audit().verify().checkpoint().orElseThrow();
    cutOffLastEntry();
    assertThat(s.audit().verify().intact()).isTrue();
    List<CheckpointCheck> checks = s.audit().against(List.of(fromReport, before));
    assertThat(checks.get(0).holds()).isTrue();
    assertThat(checks.get(1).holds()).isFalse();
    assertThat(checks.get(1).text()).contains("the chain was cut short or put back");
  }

  @Test
  void theWitnessFileCollectsCheckpointsAndCatchesAnOlderCopyPutBack() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestServices.ON_POSTGRES, "a backup is a file");
    Path zip = dir.resolve("old.zip");
    s.backups().backup(admin, zip); // the older copy, and a checkpoint
    s.workflow()
        .addNote(
            sam,
            firstCase(),
            s.queries().detail(sam, firstCase()).version(),
            "Called the customer back");
    s.users().signOut(sam); // a checkpoint
    List<Checkpoint> witnessed =
        Checkpoint.findIn(Files.readString(witness, StandardCharsets.UTF_8));
    assertThat(witnessed).hasSizeGreaterThanOrEqualTo(2);
    assertThat(Files.readString(witness)).contains("# backup").contains("# sign-out");
    assertThat(s.audit().against(witnessed)).allMatch(CheckpointCheck::holds);

    // the holder of the file puts the older copy back: its chain, seals and key are all valid
    try (Services older = Services.restore(zip, dir.resolve("older"), clock, null)) {
      assertThat(older.audit().verify().intact()).isTrue();
      List<CheckpointCheck> checks = older.audit().against(witnessed);
      assertThat(checks).anyMatch(c -> !c.holds() && c.text().contains("cut short or put back"));
    }
  }

  private long firstCase() {
    return s.queries()
        .page(
            sam,
            com.privacydesk.app.port.CaseFilter.ALL,
            com.privacydesk.app.port.CaseSort.DUE,
            0,
            1)
        .rows()
        .getFirst()
        .id();
  }

  @Test
  void aCheckpointEditedOrFromAnotherInstallationDoesNotCount() {
    Checkpoint real = s.audit().verify().checkpoint().orElseThrow();
    Checkpoint edited =
        new Checkpoint(
            real.installation(), real.entries() - 1, real.head(), real.at(), real.signature());
    Checkpoint other =
        new Checkpoint(
            "00000000-0000-4000-8000-000000000000",
            real.entries(),
            real.head(),
            real.at(),
            real.signature());
    List<CheckpointCheck> checks = s.audit().against(List.of(real, edited, other));
    assertThat(checks).extracting(CheckpointCheck::holds).containsExactly(true, false, false);
    assertThat(checks.get(1).text()).contains("not this installation's (forged)");
    assertThat(checks.get(2).text()).contains("another installation's");
  }

  @Test
  void thePurgeCertificateCarriesItsCheckpoint() {
    clock.advance(java.time.Duration.ofDays(800));
    var certificate = s.purges().apply(admin);
    List<Checkpoint> found = Checkpoint.findIn(certificate.text());
    assertThat(found).hasSize(1);
    assertThat(found.getFirst().entries()).isEqualTo(certificate.auditSeq());
    assertThat(s.audit().against(found)).allMatch(CheckpointCheck::holds);
  }

  @Test
  void verifyAuditAgainstAFileSaysWhichCheckpointsHoldAndExitsOneWhenOneDoesNot() throws Exception {
    var model = s.reports().monthly(sam, YearMonth.of(2026, 11));
    Path json = dir.resolve("report.json");
    new ReportExporter(s.reports())
        .export(
            sam,
            model,
            com.privacydesk.report.ReportFormat.JSON,
            json,
            PaperSize.LETTER,
            ReportExporter.Progress.NONE);
    assertThat(cli("verify-audit", "--against", json.toString())).startsWith("0|");
    Path certificate = dir.resolve("after.txt");
    Files.writeString(certificate, s.audit().verify().checkpoint().orElseThrow().line());
    cutOffLastEntry();
    String out = cli("verify-audit", "--against", json.toString(), certificate.toString());
    assertThat(out)
        .startsWith("1|")
        .contains("OK   the checkpoint of")
        .contains("FAIL the checkpoint of")
        .contains("1 of 2 checkpoints hold")
        .contains("1 checkpoints no longer hold");
    assertThat(cli("verify-audit", "--against", dir.resolve("nothing.txt").toString()))
        .startsWith("2|");
  }

  /** Runs the command line on the data folder; "exit|stdout stderr". */
  private String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var server = TestServices.server(dir.resolve("data"));
    Map<String, String> env =
        server == null
            ? Map.of()
            : Map.of(
                com.privacydesk.DatabaseServers.ENV_URL, server.url(),
                com.privacydesk.DatabaseServers.ENV_USER, server.user(),
                com.privacydesk.DatabaseServers.ENV_PASSWORD, server.password());
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env);
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dir.resolve("data").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    s.close();
    try {
      return PrivacyDeskCli.run(all, io, (d, u) -> {}) + "|" + out + " " + err;
    } finally {
      s = TestServices.open(dir.resolve("data"), clock);
    }
  }
}
