package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.audit.AuditService.Verification;
import com.privacydesk.cli.CliIo;
import com.privacydesk.cli.PrivacyDeskCli;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-audit detects rows changed, deleted or inserted outside the application. */
class AuditVerificationTest {
  @TempDir Path dir;

  @BeforeEach
  void sixEntries() {
    try (Services s = TestServices.open(dir)) { // SEALS_STARTED
      Actor admin = TestServices.admin(s); // USER_CREATE
      for (String email : new String[] {"a@example.com", "b@example.com", "c@example.com"}) {
        s.intake()
            .logOptOut(
                admin,
                new OptOutIntake(
                    email,
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.PHONE,
                    LocalDateTime.of(2026, 11, 20, 9, 0)));
      }
      s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray()); // SIGN_IN
    }
  }

  private Verification verify() {
    try (Services s = TestServices.open(dir)) {
      return s.audit().verify();
    }
  }

  /** The team mode run's server for the command, as a workstation's environment names it. */
  private Map<String, String> serverEnv() {
    var server = TestServices.server(dir);
    return server == null
        ? Map.of()
        : Map.of(
            com.privacydesk.DatabaseServers.ENV_URL, server.url(),
            com.privacydesk.DatabaseServers.ENV_USER, server.user(),
            com.privacydesk.DatabaseServers.ENV_PASSWORD, server.password());
  }

  private void sql(String statement) {
    try (Database db = TestServices.database(dir)) {
      db.dsl().execute(statement);
    }
  }

  @Test
  void anUntouchedChainIsIntact() {
    Verification v = verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(6);
    assertThat(v.recordsChecked()).isPositive();
    assertThat(v.headHash()).hasSize(64);
  }

  @Test
  void fromTheWindowOnlySupervisorsMayVerify() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      Actor agent = TestServices.user(s, admin, "ann", com.privacydesk.domain.user.Role.AGENT);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.audit().verify(agent))
          .isInstanceOf(com.privacydesk.app.AccessDeniedException.class);
      assertThat(s.audit().verify(admin).intact()).isTrue();
    }
  }

  @Test
  void aChangedRowIsNamed() {
    sql("UPDATE AUDIT_EVENT SET DETAIL = 'type=EMAIL_OPT_OUT; scope=NONE' WHERE SEQ = 3");
    assertThat(verify().problem())
        .hasValueSatisfying(
            p -> {
              assertThat(p.seq()).isEqualTo(3);
              assertThat(p.reason()).contains("changed");
            });
  }

  @Test
  void aDeletedRowIsNamed() {
    sql("DELETE FROM AUDIT_EVENT WHERE SEQ = 2");
    assertThat(verify().problem())
        .hasValueSatisfying(
            p -> {
              assertThat(p.seq()).isEqualTo(3);
              assertThat(p.reason()).contains("missing");
            });
  }

  @Test
  void aDeletedLastRowIsFoundThroughTheHead() {
    sql("DELETE FROM AUDIT_EVENT WHERE SEQ = 6");
    assertThat(verify().problem())
        .hasValueSatisfying(p -> assertThat(p.reason()).contains("missing"));
  }

  @Test
  void anInsertedRowIsNamed() {
    sql("UPDATE AUDIT_EVENT SET SEQ = SEQ + 100 WHERE SEQ >= 3");
    sql(
        "INSERT INTO AUDIT_EVENT SELECT 3, OCCURRED_AT, ACTOR_ID, ACTOR_NAME, 'CASE_DELETE', ENTITY, ENTITY_ID, DETAIL, PREV_HASH, ENTRY_HASH FROM AUDIT_EVENT WHERE SEQ = 2");
    assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p.seq()).isEqualTo(3));
  }

  @Test
  void theCommandPrintsTheHeadAndExitsOneNamingTheBrokenEntry() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            serverEnv());
    assertThat(
            PrivacyDeskCli.run(
                new String[] {"--data-dir", dir.toString(), "verify-audit"}, io, (d, u) -> {}))
        .isZero();
    assertThat(out.toString()).startsWith("audit chain OK: 6 entries, head ");

    sql("UPDATE AUDIT_EVENT SET ACTOR_NAME = 'mallory' WHERE SEQ = 4");
    assertThat(
            PrivacyDeskCli.run(
                new String[] {"--data-dir", dir.toString(), "verify-audit"}, io, (d, u) -> {}))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "privacydesk: audit chain BROKEN at entry 4: its content does not match its hash (changed)");
  }
}
