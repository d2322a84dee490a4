package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.privacy.BackupService;
import com.privacydesk.app.reports.ReportFixture;
import com.privacydesk.app.reports.ReportTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore round trips, the backup channel of an open window, and file encryption. */
class BackupAndEncryptionTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @TempDir Path dir;

  private static final String STRONG = "violet-anchor-seventeen-drizzle";
  private static final String OTHER_STRONG = "mango-tractor-whisper-1987-lagoon";

  /** The encrypted file of {@code data} opened over plain JDBC with {@code fileKey} as H2's key. */
  private static java.sql.Connection openWithH2Key(Path data, String fileKey)
      throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        "jdbc:h2:file:" + data.resolve("privacydesk") + ";CIPHER=AES", "sa", fileKey + " ");
  }

  private static DatabaseKey key(String s) {
    return DatabaseKey.of(s.toCharArray());
  }

  /** Every case's personal data in clear, by case id: what a round trip must keep. */
  private static Map<Long, Map<String, String>> personalData(Services s, Actor admin, int cases) {
    var out = new java.util.TreeMap<Long, Map<String, String>>();
    for (long id = 1; id <= cases; id++) {
      out.put(id, s.queries().reveal(admin, id, "backup check"));
    }
    return out;
  }

  @Test
  void aBackupRestoresIntoAnEmptyFolderWithEveryCaseAndAnIntactChain() throws Exception {
    Path zip = dir.resolve("backups/pd.zip");
    BackupService.Check original;
    List<ReportTable> october;
    Map<Long, Map<String, String>> people;
    try (ReportFixture f = new ReportFixture(dir.resolve("live"))) {
      Services s = f.services();
      october = f.reports().monthly(f.supervisor(), OCTOBER).tables();
      original = s.backups().check();
      BackupService.Backup b = s.backups().backup(f.admin(), zip);
      assertThat(b.sha256()).isEqualTo(BackupService.sha256(zip));
      assertThat(TestServices.auditRows(s).getLast().detail())
          .isEqualTo("bytes=" + Files.size(zip) + " sha256=" + b.sha256());
      assertThatThrownBy(() -> s.backups().backup(f.supervisor(), dir.resolve("no.zip")))
          .isInstanceOf(com.privacydesk.app.AccessDeniedException.class);
      assertThat(dir.resolve("no.zip")).doesNotExist();
      people = personalData(s, f.admin(), (int) original.cases());
    }
    try (Services restored =
        Services.restore(zip, dir.resolve("restored"), TestServices.clock(), null)) {
      BackupService.Check check = restored.backups().check();
      assertThat(check.cases()).isEqualTo(original.cases()).isEqualTo(21);
      assertThat(check.users()).isEqualTo(original.users());
      assertThat(check.audit().intact()).isTrue();
      // the backup holds the trail as it was when written (its own entry came after)
      assertThat(check.audit().entries()).isEqualTo(original.audit().entries());
      assertThat(check.audit().headHash()).isEqualTo(original.audit().headHash());
      Actor sam = restored.users().authenticate("sam", "password-sam".toCharArray());
      assertThat(restored.reports().monthly(sam, OCTOBER).tables()).isEqualTo(october);
      Actor admin =
          restored.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      assertThat(personalData(restored, admin, 21)).isEqualTo(people);
    }
    // never over an existing database
    assertThatThrownBy(
            () -> Services.restore(zip, dir.resolve("restored"), TestServices.clock(), null))
        .isInstanceOf(DatabaseException.class)
        .hasMessageContaining("already holds a database");
    Files.writeString(dir.resolve("not-a-backup.zip"), "plain text");
    assertThatThrownBy(
            () ->
                Services.restore(
                    dir.resolve("not-a-backup.zip"),
                    dir.resolve("other"),
                    TestServices.clock(),
                    null))
        .isInstanceOf(DatabaseException.class);
  }

  @Test
  void whatAKilledBackupOrRestoreLeftIsRemovedAndBackupsAreOwnerOnly() throws Exception {
    java.time.Instant now = TestServices.NOW;
    Path folder = Files.createDirectories(dir.resolve("backups"));
    // a backup killed an hour ago, and one another process is writing now
    Path abandoned = folder.resolve(".nightly.zip.partial");
    Files.writeString(abandoned, "half a backup");
    Files.setLastModifiedTime(
        abandoned, java.nio.file.attribute.FileTime.from(now.minusSeconds(3600)));
    Path running = folder.resolve(".other.zip.partial");
    Files.writeString(running, "a backup being written");
    Files.setLastModifiedTime(running, java.nio.file.attribute.FileTime.from(now.minusSeconds(60)));
    Path zip = folder.resolve("pd.zip");
    try (Services s = TestServices.open(dir.resolve("live"))) {
      s.backups().backup(TestServices.admin(s), zip);
    }
    assertThat(abandoned).doesNotExist();
    assertThat(running).exists();
    assertThat(folder.resolve(".pd.zip.partial")).doesNotExist();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
        .isEqualTo("rw-------");

    // a restore killed an hour ago left its unverified copy in a staging folder beside the target
    Path staging = Files.createDirectories(dir.resolve(".privacydesk-restore-1234"));
    Path copy = Files.writeString(staging.resolve("privacydesk.mv.db"), "unverified copy");
    for (Path p : List.of(copy, staging)) {
      Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(now.minusSeconds(3600)));
    }
    try (Services restored = Services.restore(zip, dir.resolve("r"), TestServices.clock(), null)) {
      assertThat(restored.backups().check().users()).isEqualTo(1);
    }
    assertThat(staging).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".privacydesk-restore-"));
    }
  }

  @Test
  void aWindowsDatabaseIsReachableForABackupThroughItsOwnerOnlyChannel() throws Exception {
    Path data = dir.resolve("data");
    try (Services window = Services.openForWindow(data, TestServices.clock(), null, null)) {
      TestServices.admin(window);
      Path channel = data.resolve(Database.CHANNEL_FILE);
      assertThat(channel).exists();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(channel)))
          .isEqualTo("rw-------");
      // a second process would do exactly this after DataDirInUseException
      try (Database attached = Database.attach(data, null)) {
        attached.backupTo(dir.resolve("live.zip"));
      }
      assertThat(window.users().needsFirstAdmin()).isFalse();
    }
    assertThat(data.resolve(Database.CHANNEL_FILE)).doesNotExist();
    try (Services restored =
        Services.restore(dir.resolve("live.zip"), dir.resolve("r"), TestServices.clock(), null)) {
      assertThat(restored.backups().check().users()).isEqualTo(1);
    }
  }

  @Test
  void anEncryptedDatabaseOpensOnlyWithItsKeyAndFailsCleanlyWithAWrongOne() throws Exception {
    Path data = dir.resolve("enc");
    try (Services s = TestServices.open(data)) {
      Actor admin = TestServices.admin(s);
      TestServices.user(s, admin, "kim.secret", com.privacydesk.domain.user.Role.AGENT);
    }
    assertThat(Services.isEncrypted(data)).isFalse();
    // a plain backup, before: the encryption says it is not protected
    try (Services s = TestServices.open(data)) {
      s.backups()
          .backup(
              s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray()),
              dir.resolve("plain.zip"));
    }
    var earlier = Services.encrypt(data, null, key(STRONG), TestServices.clock());
    assertThat(earlier.count()).isEqualTo(1);
    assertThat(earlier.last()).isNotNull();
    assertThat(Services.isEncrypted(data)).isTrue();
    byte[] raw = Files.readAllBytes(data.resolve("privacydesk.mv.db"));
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("kim.secret");

    assertThatThrownBy(() -> Services.open(data, TestServices.clock(), null))
        .isInstanceOfSatisfying(
            DatabaseKeyException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.dbKey.required"));
    assertThatThrownBy(() -> Services.open(data, TestServices.clock(), key("wrong-key-123456")))
        .isInstanceOfSatisfying(
            DatabaseKeyException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.dbKey.wrong"));
    // a failed open leaves the file as it was and openable
    try (Services s = Services.open(data, TestServices.clock(), key(STRONG))) {
      assertThat(s.users().authenticate("kim.secret", "password-kim.secret".toCharArray()))
          .isNotNull();
      s.backups()
          .backup(
              s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray()),
              dir.resolve("enc.zip"));
    }
    // the backup stays encrypted: restoring needs the key
    try (ZipFile zip = new ZipFile(dir.resolve("enc.zip").toFile())) {
      byte[] head = zip.getInputStream(zip.getEntry("privacydesk.mv.db")).readNBytes(9);
      assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
    }
    assertThatThrownBy(
            () ->
                Services.restore(
                    dir.resolve("enc.zip"), dir.resolve("r1"), TestServices.clock(), null))
        .isInstanceOf(DatabaseKeyException.class);
    try (Services r = Services.open(dir.resolve("r1"), TestServices.clock(), key(STRONG))) {
      assertThat(r.backups().check().audit().intact()).isTrue();
    }
    // a new key replaces the old one
    Services.encrypt(data, key(STRONG), key(OTHER_STRONG), TestServices.clock());
    assertThatThrownBy(() -> Services.open(data, TestServices.clock(), key(STRONG)))
        .isInstanceOf(DatabaseKeyException.class);
    try (Services s = Services.open(data, TestServices.clock(), key(OTHER_STRONG))) {
      assertThat(s.backups().check().users()).isEqualTo(2);
    }
    // both are in the trail, by nobody signed in (read with the derived key, as PrivacyDesk does)
    java.util.List<String> actions = new java.util.ArrayList<>();
    try (java.sql.Connection c =
            openWithH2Key(data, new String(FileKeys.derive(key(OTHER_STRONG))));
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT action, actor_name FROM audit_event ORDER BY seq")) {
      while (rs.next()) {
        actions.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    assertThat(actions).contains("ENCRYPTION_ON PrivacyDesk", "ENCRYPTION_KEY_CHANGED PrivacyDesk");
    // H2 is given the Argon2id-derived key, not the passphrase: the passphrase alone opens nothing
    assertThatThrownBy(() -> openWithH2Key(data, OTHER_STRONG).close())
        .isInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void aWeakPassphraseIsRefusedAndNothingIsEncrypted() {
    Path data = dir.resolve("weak");
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
    }
    for (String weak :
        java.util.List.of(
            "short-key-12", "aaaaaaaaaaaaaaaaaaaa", "password12345678", "qwertyuiopasdfghjkl")) {
      assertThatThrownBy(() -> Services.encrypt(data, null, key(weak), TestServices.clock()))
          .as(weak)
          .isInstanceOf(com.privacydesk.app.PassphraseRules.WeakPassphraseException.class);
    }
    assertThat(Services.isEncrypted(data)).isFalse();
  }

  @Test
  void aFileEncryptedByAnOlderVersionOpensAndIsReEncryptedWithTheDerivedKey() throws Exception {
    Path data = dir.resolve("legacy");
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
    }
    // as versions before 16 did: the passphrase itself as H2's file key
    org.h2.tools.ChangeFileEncryption.execute(
        data.toString(), "privacydesk", "AES", null, STRONG.toCharArray(), true);
    try (Services s = Services.open(data, TestServices.clock(), key(STRONG))) {
      assertThat(s.backups().check().users()).isEqualTo(1);
    }
    // re-encrypted: the passphrase alone no longer opens it, the derived key does
    assertThatThrownBy(() -> openWithH2Key(data, STRONG).close())
        .isInstanceOf(java.sql.SQLException.class);
    try (Services s = Services.open(data, TestServices.clock(), key(STRONG))) {
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }
}
