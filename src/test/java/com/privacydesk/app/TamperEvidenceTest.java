package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.audit.AuditService.Verification;
import com.privacydesk.app.auth.AccountTamperedException;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.port.RecordTamperedException;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.audit.AuditChain;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 22, made as someone holding the database file would make them (plain SQL
 * over JDBC, the way H2's shell or psql would; no installation key): each is found by verify-audit,
 * and PrivacyDesk refuses to build on a forged record. docs/reliability.md gives the count of
 * attacks tried and found.
 */
class TamperEvidenceTest {
  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;
  private Actor ann;
  private final List<Long> cases = new ArrayList<>();

  @BeforeEach
  void threeOptOutsAndAnAgent() {
    s = TestServices.open(dir, clock);
    admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    for (String email : List.of("a@example.com", "b@example.com", "c@example.com")) {
      cases.add(
          s.intake()
              .logOptOut(
                  ann,
                  new OptOutIntake(
                      email,
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.PHONE,
                      LocalDateTime.of(2026, 11, 19, 9, 0)),
                  Duplicates.ignore()));
    }
  }

  @AfterEach
  void close() {
    s.close();
  }

  /** SQL as the holder of the file runs it. */
  private void attack(String... statements) {
    TestServices.sqlAsFileHolder(s, statements);
  }

  private Verification verify() {
    return s.audit().verify();
  }

  @Test
  void untouchedDataVerifies() {
    Verification v = verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.records()).isEmpty();
    // three cases, two users and the settings or templates seeded at creation
    assertThat(v.recordsChecked()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anOptOutAddressChangedInTheFileIsNamedAndNotBuiltOn() {
    long id = cases.get(1);
    attack("UPDATE opt_out_request SET email = 'mallory@evil.test' WHERE case_id = " + id);

    assertThat(verify().records())
        .containsExactly(
            "case #" + id + ": changed outside PrivacyDesk (its rows no longer match their seal)");
    // a later change through PrivacyDesk does not seal the forgery as its own
    assertThatThrownBy(
            () ->
                s.workflow().addNote(ann, id, s.queries().detail(ann, id).version(), "Called back"))
        .isInstanceOf(RecordTamperedException.class)
        .hasMessageContaining("Case #" + id + " was changed outside PrivacyDesk");
    assertThat(verify().recordProblems()).isEqualTo(1);
  }

  @Test
  void aCaseChangedAmongManyIsNamedWhenTheyAreCheckedAsOneRange() {
    // verify-audit reads a dense run of case ids as one index range (64 or more at a time)
    for (int i = 0; i < 100; i++) {
      cases.add(
          s.intake()
              .logOptOut(
                  ann,
                  new OptOutIntake(
                      "many" + i + "@example.com",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.PHONE,
                      LocalDateTime.of(2026, 11, 19, 9, 0)),
                  Duplicates.ignore()));
    }
    long id = cases.get(60);
    attack("UPDATE opt_out_request SET email = 'mallory@evil.test' WHERE case_id = " + id);
    Verification v = verify();
    assertThat(v.records())
        .containsExactly(
            "case #" + id + ": changed outside PrivacyDesk (its rows no longer match their seal)");
    assertThat(v.recordsChecked()).isGreaterThanOrEqualTo(103);
  }

  @Test
  void aStatusAndDatesChangedInTheFileAreNamed() {
    attack(
        "UPDATE privacy_case SET status = 'CLOSED' WHERE id = " + cases.get(0),
        "UPDATE privacy_case SET received_date = DATE '2026-10-10' WHERE id = " + cases.get(1),
        "UPDATE privacy_case SET due_date = DATE '2027-12-03' WHERE id = " + cases.get(2),
        "UPDATE case_clock SET due_date = DATE '2027-12-03' WHERE case_id = " + cases.get(2));

    assertThat(verify().records())
        .hasSize(3)
        .allMatch(
            line ->
                line.endsWith("changed outside PrivacyDesk (its rows no longer match their seal)"));
  }

  @Test
  void aRoleRaisedInTheFileGrantsNothing() {
    attack("UPDATE app_user SET role = 'ADMIN' WHERE username = 'ann'");

    assertThat(verify().records())
        .containsExactly(
            "user #"
                + ann.userId()
                + ": changed outside PrivacyDesk (its rows no longer match their seal)");
    assertThatThrownBy(() -> s.users().authenticate("ann", "password-ann".toCharArray()))
        .isInstanceOf(AccountTamperedException.class);
    // and again: refusing did not seal the forged role
    assertThatThrownBy(() -> s.users().authenticate("ann", "password-ann".toCharArray()))
        .isInstanceOf(AccountTamperedException.class);
    assertThat(TestServices.auditRows(s))
        .filteredOn(r -> r.action().equals("SIGN_IN_REFUSED"))
        .hasSize(2);
    // the administrator still signs in and sees it
    assertThat(s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray()).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void entriesDeletedInTheMiddleAndTheChainRehashedAreFound() throws SQLException {
    // the holder of the file deletes entry 4 and rebuilds every hash after it with SHA-256, as
    // the chain was made before it was keyed: without the installation key it cannot be rebuilt
    try (Connection c = TestServices.connect(s)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("DELETE FROM audit_event WHERE seq = 4");
        st.execute("UPDATE audit_event SET seq = seq - 1 WHERE seq > 4");
      }
      String previous = AuditChain.GENESIS;
      long last = 0;
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT seq, occurred_at, actor_id, actor_name, action, entity, entity_id,"
                      + " detail FROM audit_event ORDER BY seq");
          PreparedStatement up =
              c.prepareStatement(
                  "UPDATE audit_event SET prev_hash = ?, entry_hash = ? WHERE seq = ?")) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          long actor = rs.getLong(3);
          Long actorId = rs.wasNull() ? null : actor;
          long entity = rs.getLong(7);
          Long entityId = rs.wasNull() ? null : entity;
          AuditEntry e =
              new AuditEntry(
                  rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                  actorId,
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  entityId,
                  rs.getString(8));
          String hash = AuditChain.hash(previous, seq, e);
          up.setString(1, previous);
          up.setString(2, hash);
          up.setLong(3, seq);
          up.executeUpdate();
          previous = hash;
          last = seq;
        }
      }
      try (PreparedStatement head =
          c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
        head.setLong(1, last);
        head.setString(2, previous);
        head.executeUpdate();
      }
      c.commit();
    }

    assertThat(verify().problem())
        .hasValueSatisfying(p -> assertThat(p.reason()).contains("does not match its hash"));
  }

  @Test
  void theLastEntriesCutOffAreFoundThroughTheRecordsTheyChanged() {
    long id = cases.get(2);
    s.workflow()
        .perform(ann, id, s.queries().detail(ann, id).version(), CaseAction.START_WORK, null);
    long head = verify().entries();
    TestServices.cutOffLastEntry(s);

    Verification v = verify();
    assertThat(v.problem()).isEmpty(); // what is left of the chain is a valid chain
    assertThat(v.records())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "case #" + id + ": set back outside PrivacyDesk (sealed at entry " + head));
  }

  @Test
  void aRecordPutBackWithItsOlderSealIsFound() throws SQLException {
    long id = cases.get(0);
    String status;
    String seal;
    long sealedAt;
    try (Connection c = TestServices.connect(s);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.status, s.seal, s.audit_seq FROM privacy_case c JOIN entity_seal s ON"
                    + " s.entity = 'CASE' AND s.entity_id = c.id WHERE c.id = "
                    + id)) {
      rs.next();
      status = rs.getString(1);
      seal = rs.getString(2);
      sealedAt = rs.getLong(3);
    }
    int version = s.queries().detail(ann, id).version();
    s.workflow().perform(ann, id, version, CaseAction.START_WORK, null);
    attack(
        "UPDATE privacy_case SET status = '"
            + status
            + "', version = "
            + version
            + " WHERE id = "
            + id,
        "UPDATE entity_seal SET seal = '"
            + seal
            + "', audit_seq = "
            + sealedAt
            + " WHERE entity = 'CASE' AND entity_id = "
            + id);

    assertThat(verify().records())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("case #" + id + ": set back outside"));
  }

  @Test
  void aCaseAddedOrDeletedInTheFileIsFound() {
    long gone = cases.get(1);
    attack(
        "INSERT INTO privacy_case (id, case_type, status, channel, received_at, received_date,"
            + " due_date, created_by, created_at, version) SELECT 9001, case_type, status,"
            + " channel, received_at, received_date, due_date, created_by, created_at, 0 FROM"
            + " privacy_case WHERE id = "
            + cases.get(0),
        "DELETE FROM case_clock WHERE case_id = " + gone,
        "DELETE FROM case_checklist WHERE case_id = " + gone,
        "DELETE FROM opt_out_request WHERE case_id = " + gone,
        "DELETE FROM privacy_case WHERE id = " + gone,
        "DELETE FROM entity_seal WHERE entity = 'CASE' AND entity_id = " + gone);

    assertThat(verify().records())
        .containsExactlyInAnyOrder(
            "case #9001: added outside PrivacyDesk (it has no seal)",
            "case #" + gone + ": deleted outside PrivacyDesk with its seal");
  }

  @Test
  void theSettingsChangedInTheFileAreNamed() {
    var form = com.privacydesk.app.settings.SettingsForm.of(s.settings().current());
    var targets = new java.util.HashMap<>(form.typeTargets());
    targets.replaceAll((k, v) -> v + 1);
    s.settings().update(admin, form.withTypeTargets(targets).toSettings());
    attack(
        "UPDATE app_setting SET setting_value = '365' WHERE setting_key = (SELECT MIN(setting_key) FROM app_setting)");
    assertThat(verify().records())
        .containsExactly(
            "the settings: changed outside PrivacyDesk (its rows no longer match their seal)");
  }

  @Test
  void aFrozenMonthChangedOrDeletedInTheFileIsNamedAndNotReported() {
    Actor sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    java.time.YearMonth october = java.time.YearMonth.of(2026, 10);
    s.reports().monthly(sam, october);
    attack(
        "UPDATE month_report SET measured = 'backlog at 23:59 on 2026-10-30'"
            + " WHERE report_month = 202610");
    assertThat(verify().records())
        .containsExactly(
            "the frozen report of 2026-10: changed outside PrivacyDesk (its rows no longer match"
                + " their seal)");
    assertThatThrownBy(() -> s.reports().monthly(sam, october))
        .isInstanceOf(RecordTamperedException.class)
        .hasMessageContaining("The frozen report of 2026-10 was changed outside PrivacyDesk");

    // deleted, it is not silently computed and frozen again from today's rows
    attack("DELETE FROM month_report");
    assertThat(verify().records())
        .containsExactly("the frozen report of 2026-10: deleted outside PrivacyDesk");
    assertThatThrownBy(() -> s.reports().monthly(sam, october))
        .isInstanceOf(RecordTamperedException.class);
  }

  @Test
  void aMessagesReceivedTimeOrAMailboxsServerChangedInTheFileIsNamed() throws Exception {
    java.nio.file.Path eml = dir.resolve("request.eml");
    java.nio.file.Files.writeString(
        eml,
        "Received: from mx by mail.example.com; Wed, 18 Nov 2026 10:15:00 -0500\r\n"
            + "From: kim@example.org\r\nSubject: Shine the Light\r\n\r\nPlease.\r\n");
    s.mail().importFiles(ann, List.of(eml));
    long mail = s.mail().unhandled(ann).getFirst().id();
    Actor sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    long box =
        s.mail()
            .saveMailbox(
                sam,
                new com.privacydesk.domain.mail.MailboxSettings(
                    0,
                    "Customer care",
                    "imap.example.com",
                    993,
                    com.privacydesk.domain.mail.Security.TLS,
                    "INBOX",
                    "care",
                    true,
                    null,
                    0,
                    com.privacydesk.domain.mail.Security.TLS,
                    null,
                    null,
                    true),
                null);
    // a later received time would move the CA clock; another host would collect the password
    attack(
        "UPDATE incoming_mail SET received_at = received_at + INTERVAL '5' DAY WHERE id = " + mail,
        "UPDATE mailbox SET imap_host = 'imap.evil.test' WHERE id = " + box);
    assertThat(verify().records())
        .containsExactlyInAnyOrder(
            "mailbox #"
                + box
                + ": changed outside PrivacyDesk (its rows no longer match their seal)",
            "incoming message #"
                + mail
                + ": changed outside PrivacyDesk (its rows no longer match their seal)");
    assertThatThrownBy(
            () -> s.mail().dismiss(ann, mail, com.privacydesk.domain.mail.Dismissal.SPAM, null))
        .isInstanceOf(RecordTamperedException.class)
        .hasMessageContaining("Incoming message #" + mail + " was changed outside PrivacyDesk");
  }

  /** Issue 21: a corrected note's earlier text, and a note's kind, are sealed with their case. */
  @Test
  void aNotesEarlierTextOrKindChangedInTheFileIsNamed() {
    long first = cases.get(0);
    long second = cases.get(1);
    long note =
        s.workflow().addNote(ann, first, s.queries().detail(ann, first).version(), "Said 10 days");
    s.workflow()
        .correctNote(
            ann, first, s.queries().detail(ann, first).version(), note, "Said 10 business days");
    s.workflow()
        .addNote(ann, second, s.queries().detail(ann, second).version(), "Wrote to them", true);
    assertThat(verify().intact()).isTrue();
    attack(
        "UPDATE case_note_version SET body = 'Said nothing' WHERE note_id = " + note,
        "DELETE FROM case_note_correspondence WHERE case_id = " + second);
    assertThat(verify().records())
        .containsExactlyInAnyOrder(
            "case #"
                + first
                + ": changed outside PrivacyDesk (its rows no longer match their seal)",
            "case #"
                + second
                + ": changed outside PrivacyDesk (its rows no longer match their seal)");
  }

  @Test
  void aReassignmentRewrittenInTheFileIsNamed() {
    Actor sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    long id = cases.getFirst();
    s.assignments().assign(sam, id, ann.userId(), s.queries().detail(ann, id).version());
    clock.set(clock.instant().plusSeconds(60));
    s.assignments().assign(sam, id, sam.userId(), s.queries().detail(ann, id).version());
    // who held the case when is what a finished month's per-agent figures are counted from
    attack("DELETE FROM case_assignment WHERE assignee_id = " + ann.userId());
    assertThat(verify().records())
        .containsExactly(
            "case #" + id + ": changed outside PrivacyDesk (its rows no longer match their seal)");
  }

  @Test
  void aForgedBackupIsRefusedUnlessAcceptedAndThenItIsRecorded() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestServices.ON_POSTGRES, "a backup is a file");
    Path zip = dir.resolve("backup.zip");
    s.backups().backup(admin, zip);
    // the holder of the backup unpacks it, changes an address with H2's tools, packs it again
    Path unpacked = dir.resolve("unpacked");
    org.h2.tools.Restore.execute(zip.toString(), unpacked.toString(), "privacydesk");
    try (Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + unpacked.resolve("privacydesk"), "sa", "");
        Statement st = c.createStatement()) {
      st.execute(
          "UPDATE opt_out_request SET email = 'mallory@evil.test' WHERE case_id = " + cases.get(0));
    }
    Path forged = dir.resolve("forged.zip");
    org.h2.tools.Backup.execute(forged.toString(), unpacked.toString(), "privacydesk", true);

    Path target = dir.resolve("restored");
    assertThatThrownBy(() -> Services.restore(forged, target, clock, null))
        .isInstanceOf(com.privacydesk.app.privacy.RestoreRefusedException.class)
        .hasMessageContaining("does not verify, so nothing was restored")
        .hasMessageContaining("case #" + cases.get(0) + ": changed outside PrivacyDesk");
    assertThat(Services.hasDatabase(target)).isFalse();
    try (var left = java.nio.file.Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".privacydesk-restore-"));
    }

    try (Services restored = Services.restore(forged, target, clock, null, true)) {
      assertThat(restored.audit().verify().records())
          .containsExactly(
              "case #"
                  + cases.get(0)
                  + ": changed outside PrivacyDesk (its rows no longer match their seal)");
      assertThat(TestServices.auditRows(restored).getLast().action())
          .isEqualTo("RESTORE_UNVERIFIED");
    }
    // the genuine backup restores as before
    try (Services genuine = Services.restore(zip, dir.resolve("genuine"), clock, null)) {
      assertThat(genuine.audit().verify().intact()).isTrue();
    }
  }
}
