package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Main;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.audit.AuditChain;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void writeDelayIsZeroSoEveryCommitIsWrittenAtOnce() {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestServices.ON_POSTGRES, "an H2 file setting");
    try (Database db = Database.open(dir)) {
      // H2 lists the setting once per scope (database and session); both must be 0.
      var values =
          db.dsl()
              .fetchValues(
                  "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
      assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v).hasToString("0"));
    }
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    try (Services s = TestServices.open(dir)) {
      TestServices.admin(s);
    }
    try (Database db = TestServices.database(dir)) {
      String hash = db.dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).fetchSingle().value1();
      assertThat(hash)
          .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
          .doesNotContain(TestServices.ADMIN_PASSWORD);
    }
  }

  @Test
  void everyChangeIsChainedInTheAuditTrail() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      s.intake()
          .logOptOut(
              admin,
              new OptOutIntake(
                  "jane@example.com",
                  OptOutScope.ALL_COMMERCIAL,
                  null,
                  Channel.PHONE,
                  LocalDateTime.of(2026, 11, 20, 9, 0)));
    }
    try (Database db = TestServices.database(dir)) {
      List<Record> rows =
          new ArrayList<>(db.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetch());
      assertThat(rows)
          .extracting(r -> r.get(AUDIT_EVENT.ACTION))
          .containsExactly("SEALS_STARTED", "USER_CREATE", "CASE_CREATE");
      // every entry is keyed with the installation's secret, kept outside the database: the
      // plain SHA-256 of its content (which anyone with the file could recompute) is not it
      var key = Installation.existing(db.dsl(), InstallationKeys.dir()).chain();
      assertThat(key.keyedFrom()).isEqualTo(1);
      String previous = AuditChain.GENESIS;
      for (Record r : rows) {
        var entry =
            new AuditEntry(
                r.get(AUDIT_EVENT.OCCURRED_AT).toInstant(),
                r.get(AUDIT_EVENT.ACTOR_ID),
                r.get(AUDIT_EVENT.ACTOR_NAME),
                r.get(AUDIT_EVENT.ACTION),
                r.get(AUDIT_EVENT.ENTITY),
                r.get(AUDIT_EVENT.ENTITY_ID),
                r.get(AUDIT_EVENT.DETAIL));
        assertThat(r.get(AUDIT_EVENT.PREV_HASH)).isEqualTo(previous);
        assertThat(r.get(AUDIT_EVENT.ENTRY_HASH))
            .isNotEqualTo(AuditChain.hash(previous, r.get(AUDIT_EVENT.SEQ), entry));
        previous = key.entryHash(previous, r.get(AUDIT_EVENT.SEQ), entry);
        assertThat(r.get(AUDIT_EVENT.ENTRY_HASH)).isEqualTo(previous);
        // The trail names what happened, never the personal data itself.
        assertThat(r.get(AUDIT_EVENT.DETAIL)).doesNotContain("jane");
      }
    }
  }

  @Test
  void settingChangesAndRecalculationsAreAuditedWithOldAndNewValues() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      long id =
          s.intake()
              .logOptOut(
                  admin,
                  new OptOutIntake(
                      "jane@example.com",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.PHONE,
                      LocalDateTime.of(2026, 11, 16, 9, 0)));
      var current = s.settings().current();
      s.settings()
          .update(
              admin,
              current.withClosures(
                  java.util.Map.of(
                      java.time.LocalDate.of(2026, 11, 27), "Day after Thanksgiving")));
      s.recalculation().apply(admin, s.recalculation().preview(admin, id));
    }
    try (Database db = TestServices.database(dir)) {
      var details =
          db.dsl()
              .select(AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAIL)
              .from(AUDIT_EVENT)
              .orderBy(AUDIT_EVENT.SEQ)
              .fetchMap(AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAIL);
      assertThat(details.get("SETTING_CHANGE"))
          .isEqualTo("calendar.closures: (none) -> 2026-11-27=Day after Thanksgiving");
      assertThat(details.get("CLOCKS_RECALCULATED"))
          .startsWith(
              "statutory=2026-12-01 (rules-2026.1/us-federal) -> statutory=2026-12-02 (rules-2026.1/us-federal+1-");
    }
  }

  @Test
  void secondProcessOnTheSameDataDirGetsAClearMessage() throws IOException, InterruptedException {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestServices.ON_POSTGRES, "the H2 file's lock");
    try (Database held = Database.open(dir)) {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "--data-dir",
                  dir.toString(),
                  "user",
                  "add",
                  "--role",
                  "ADMIN",
                  "--name",
                  "admin")
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      child.getOutputStream().close();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.exitValue()).isEqualTo(1);
      assertThat(err.lines().filter(l -> l.startsWith("privacydesk:")))
          .singleElement()
          .asString()
          .contains("is already open in another PrivacyDesk");
      assertThat(err).doesNotContain("Exception").doesNotContain("at org.h2");
      assertThat(held.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }
}
