package com.privacydesk;

import com.privacydesk.app.AppServices;
import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.auth.Argon2idPasswordHasher;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.settings.SettingsService;
import com.privacydesk.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root shared by the window and the CLI: the only place that builds persistence and
 * hands it to the use cases. Closing it closes the database.
 */
public final class Services implements AppServices {
  private final Clock clock;
  private final Database database;
  private final UserService users;
  private final IntakeService intake;
  private final CaseQueries queries;
  private final com.privacydesk.app.cases.HomeService home;
  private final com.privacydesk.app.cases.NotificationService notifications;
  private final com.privacydesk.app.cases.PresenceService presence;
  private final AssignmentService assignments;
  private final WorkflowService workflow;
  private final SettingsService settings;
  private final RecalculationService recalculation;
  private final com.privacydesk.app.audit.AuditService audit;
  private final com.privacydesk.app.demo.DemoSeeder demoSeeder;
  private final com.privacydesk.app.cases.QueuePreferences queuePreferences;
  private final com.privacydesk.app.cases.BulkActions bulk;
  private final com.privacydesk.app.reports.ReportService reports;
  private final com.privacydesk.app.privacy.PurgeService purges;
  private final com.privacydesk.app.privacy.BackupService backups;
  private final com.privacydesk.app.cases.OptOutImportService optOutImports;
  private final com.privacydesk.app.letters.LetterService letters;
  private final com.privacydesk.app.letters.RegisterService register;
  private final Path mailDir;
  private volatile com.privacydesk.app.mail.MailService mail;

  private Services(Database database, Clock clock, PasswordHasher hasher) {
    this.database = database;
    this.clock = clock;
    TransactionRunner tx = database.transactions();
    this.users = new UserService(tx, hasher, clock);
    this.intake = new IntakeService(tx, clock);
    this.queries = new CaseQueries(tx, clock);
    this.home = new com.privacydesk.app.cases.HomeService(tx, queries);
    this.notifications = new com.privacydesk.app.cases.NotificationService(tx, queries, clock);
    this.presence = new com.privacydesk.app.cases.PresenceService(tx);
    this.assignments = new AssignmentService(tx, clock);
    this.workflow = new WorkflowService(tx, clock);
    this.settings = new SettingsService(tx, clock);
    this.recalculation = new RecalculationService(tx, clock);
    this.audit = new com.privacydesk.app.audit.AuditService(tx, clock);
    this.demoSeeder = new com.privacydesk.app.demo.DemoSeeder(tx, hasher, clock);
    this.queuePreferences = new com.privacydesk.app.cases.QueuePreferences(tx, clock);
    this.bulk = new com.privacydesk.app.cases.BulkActions(tx, assignments, workflow, clock);
    this.reports = new com.privacydesk.app.reports.ReportService(tx, clock);
    this.purges = new com.privacydesk.app.privacy.PurgeService(tx, clock, database);
    this.backups = new com.privacydesk.app.privacy.BackupService(tx, clock, database);
    this.optOutImports = new com.privacydesk.app.cases.OptOutImportService(tx, clock, intake);
    this.letters =
        new com.privacydesk.app.letters.LetterService(
            tx, clock, new com.privacydesk.report.PdfLetterRenderer(), workflow);
    this.register = new com.privacydesk.app.letters.RegisterService(tx, clock);
    this.mailDir = database.dataDir();
    this.mail = mailService(null, true);
  }

  private com.privacydesk.app.mail.MailService mailService(
      javax.net.ssl.@org.jspecify.annotations.Nullable SSLSocketFactory sockets,
      boolean checkServerIdentity) {
    var reader = new com.privacydesk.mail.MimeMessageReader();
    return new com.privacydesk.app.mail.MailService(
        database.transactions(),
        clock,
        new com.privacydesk.mail.JakartaMailServer(sockets, checkServerIdentity, reader),
        reader,
        new com.privacydesk.mail.MailPasswordFile(mailDir),
        letters);
  }

  /**
   * Connects to mail servers with these TLS sockets instead of the JDK's (whose trust store a
   * company CA is added to with {@code -Djavax.net.ssl.trustStore}); tests pass sockets that trust
   * their own in-process server, whose certificate names no host.
   */
  public void useMailTls(javax.net.ssl.SSLSocketFactory sockets, boolean checkServerIdentity) {
    this.mail = mailService(sockets, checkServerIdentity);
  }

  @Override
  public com.privacydesk.app.mail.MailService mail() {
    return mail;
  }

  /** The clock every service reads (the system's, or a test's). */
  public Clock clock() {
    return clock;
  }

  /**
   * Starts loading, in the background, what opening the database and its first queries need, so
   * that a window starting up at the same time finds it ready.
   */
  public static void warmUpInBackground() {
    com.privacydesk.persistence.DatabaseWarmUp.inBackground();
  }

  /** Opens the database in {@code dataDir} (migrating it) and wires the services. */
  public static Services open(Path dataDir, Clock clock) {
    return open(dataDir, clock, null);
  }

  /**
   * Opens the database in {@code dataDir} with {@code key} (null: unencrypted) for a command or a
   * test.
   */
  public static Services open(Path dataDir, Clock clock, DatabaseKey key) {
    return open(dataDir, clock, key, null);
  }

  /**
   * Opens team mode's {@code server} (migrating it), or with {@code server} null the embedded
   * database in {@code dataDir} with {@code key}; the data folder keeps the log either way.
   */
  public static Services open(Path dataDir, Clock clock, DatabaseKey key, DatabaseServer server) {
    return open(dataDir, clock, key, server, false);
  }

  /**
   * Opens the database for the window: like {@link #open} and, on the embedded file, while open
   * reachable by a backup from a second process of this user.
   */
  public static Services openForWindow(
      Path dataDir, Clock clock, DatabaseKey key, DatabaseServer server) {
    return open(dataDir, clock, key, server, true);
  }

  /**
   * Opens team mode's {@code server} with the personal account of PrivacyDesk user {@code username}
   * (ADR 0026; {@link DatabaseServer#personal}): the server checks the password. A refusal is the
   * sign-in's own answer ({@link com.privacydesk.app.auth.AuthenticationException}, the same for an
   * unknown name and a wrong password), given after a delay that grows with this workstation's
   * failures in a row, as {@link com.privacydesk.app.auth.UserService#authenticate} does. The
   * caller then signs in with the same name and password.
   */
  public static Services openAs(
      Path dataDir,
      Clock clock,
      DatabaseServer server,
      String username,
      char[] password,
      boolean forWindow) {
    String name = com.privacydesk.domain.user.Username.normalize(username);
    try {
      if (com.privacydesk.domain.user.Username.validate("username", name).isPresent()) {
        throw new com.privacydesk.app.auth.AuthenticationException();
      }
      Services services = open(dataDir, clock, null, server.as(name, password), forWindow);
      PERSONAL_FAILURES.set(0);
      return services;
    } catch (com.privacydesk.persistence.DatabaseServerException e) {
      if (!e.signInRefused()) {
        throw e;
      }
    } catch (com.privacydesk.app.auth.AuthenticationException e) {
      // an impossible name: answered like any other failure
    }
    java.time.Duration wait =
        com.privacydesk.app.auth.UserService.delayAfter(
            com.privacydesk.app.LockoutPolicy.DEFAULTS, PERSONAL_FAILURES.incrementAndGet());
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    throw new com.privacydesk.app.auth.AuthenticationException();
  }

  /** This workstation's refused personal sign-ins in a row (the server counts nothing for us). */
  private static final java.util.concurrent.atomic.AtomicInteger PERSONAL_FAILURES =
      new java.util.concurrent.atomic.AtomicInteger();

  private static Services open(
      Path dataDir, Clock clock, DatabaseKey key, DatabaseServer server, boolean backupChannel) {
    LogFiles.attachTo(dataDir);
    Database db =
        server != null
            ? Database.openServer(dataDir, server)
            : Database.open(dataDir, key, backupChannel);
    Services services = new Services(db, clock, new Argon2idPasswordHasher());
    try {
      // an import still RUNNING was left by a process that died: on the embedded file nobody else
      // can be running one; on a server another workstation may, so only day-old runs count
      services.optOutImports.markInterrupted(
          server == null ? null : clock.instant().minus(java.time.Duration.ofDays(1)));
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
    return services;
  }

  /**
   * Team mode's server for {@code dataDir}: from {@code urlOption}, the environment or the data
   * folder's settings file ({@link DatabaseServers}); null for the embedded database.
   */
  public static DatabaseServer server(
      Path dataDir, String urlOption, java.util.Map<String, String> env) {
    return DatabaseServers.resolve(dataDir, urlOption, env);
  }

  /**
   * Opens the database, or, when a window holds it, connects to that window's database (for a
   * backup while the app runs).
   */
  public static Services openOrAttach(Path dataDir, Clock clock, DatabaseKey key) {
    try {
      return open(dataDir, clock, key);
    } catch (com.privacydesk.persistence.DataDirInUseException inUse) {
      return new Services(Database.attach(dataDir, key), clock, new Argon2idPasswordHasher());
    }
  }

  /** Restores {@code backup} into the empty {@code dataDir} if it verifies; see below. */
  public static Services restore(Path backup, Path dataDir, Clock clock, DatabaseKey key) {
    return restore(backup, dataDir, clock, key, false);
  }

  /**
   * Restores {@code backup} into the empty {@code dataDir}, then opens it. The backup is restored
   * and migrated in a staging folder beside it and verified there (chain and seals, ADR 0022); only
   * a backup that verifies is moved into {@code dataDir}. One that does not is refused, nothing
   * written ({@link com.privacydesk.app.privacy.RestoreRefusedException}), unless {@code
   * acceptUnverified}: then it is restored and that is recorded in its audit trail.
   */
  public static Services restore(
      Path backup, Path dataDir, Clock clock, DatabaseKey key, boolean acceptUnverified) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (hasDatabase(dir)) {
      throw new com.privacydesk.persistence.DatabaseException(
          "The data folder " + dir + " already holds a database; restore into an empty folder.");
    }
    LogFiles.attachTo(dir);
    com.privacydesk.app.audit.AuditService.Verification found;
    Path staging;
    try {
      Files.createDirectories(dir.getParent());
      removeAbandonedStaging(dir.getParent(), clock.instant());
      staging = Files.createTempDirectory(dir.getParent(), RESTORE_STAGING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      Database.restore(backup, staging);
      try (Database db = Database.open(staging, key, false)) {
        found = new com.privacydesk.app.audit.AuditService(db.transactions(), clock).verify();
      }
      if (!found.intact() && !acceptUnverified) {
        throw new com.privacydesk.app.privacy.RestoreRefusedException(backup, found);
      }
      Files.createDirectories(dir);
      Files.move(
          staging.resolve(Database.FILE_NAME + ".mv.db"),
          dir.resolve(Database.FILE_NAME + ".mv.db"),
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      deleteTree(staging);
    }
    Services services = open(dir, clock, key);
    if (!found.intact()) {
      try {
        services
            .backups()
            .recordUnverifiedRestore(
                com.privacydesk.app.privacy.BackupService.sha256(backup), found);
      } catch (java.io.IOException e) {
        services.close();
        throw new java.io.UncheckedIOException(e);
      }
    }
    return services;
  }

  /** The prefix of the folder a restore is staged in beside the data folder. */
  static final String RESTORE_STAGING = ".privacydesk-restore-";

  /**
   * Removes the staging folders of restores that were killed before they finished, unchanged for
   * ten minutes as of {@code now}: they hold an unverified copy of somebody's database.
   */
  private static void removeAbandonedStaging(Path parent, java.time.Instant now)
      throws java.io.IOException {
    java.time.Instant before = now.minus(java.time.Duration.ofMinutes(10));
    try (var entries = Files.list(parent)) {
      for (Path p : entries.toList()) {
        if (p.getFileName().toString().startsWith(RESTORE_STAGING)
            && Files.isDirectory(p)
            && lastChange(p).isBefore(before)) {
          org.slf4j.LoggerFactory.getLogger(Services.class)
              .info("Removing the staging folder of an interrupted restore");
          deleteTree(p);
        }
      }
    }
  }

  /** When anything in {@code folder} last changed (a restore still running keeps writing). */
  private static java.time.Instant lastChange(Path folder) throws java.io.IOException {
    try (var files = Files.walk(folder)) {
      java.time.Instant latest = java.time.Instant.EPOCH;
      for (Path f : files.toList()) {
        java.time.Instant t = Files.getLastModifiedTime(f).toInstant();
        latest = t.isAfter(latest) ? t : latest;
      }
      return latest;
    }
  }

  private static void deleteTree(Path folder) {
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      org.slf4j.LoggerFactory.getLogger(Services.class)
          .warn("Cannot remove the restore's staging folder ({})", e.getClass().getSimpleName());
    }
  }

  /** Encrypts the closed database (or changes its key when {@code oldKey} is given). */
  public static com.privacydesk.app.privacy.BackupService.EarlierBackups encrypt(
      Path dataDir, DatabaseKey oldKey, DatabaseKey newKey, Clock clock) {
    com.privacydesk.app.PassphraseRules.require(newKey.chars());
    Database.encrypt(dataDir, oldKey, newKey);
    // said in the trail, with what older backups the new key does not protect
    try (Services s = open(dataDir, clock, newKey)) {
      return s.backups().recordEncryption(oldKey != null);
    }
  }

  /** Whether the database in {@code dataDir} is encrypted (needs a key to open). */
  public static boolean isEncrypted(Path dataDir) {
    return Database.isEncrypted(dataDir);
  }

  /** Whether {@code dataDir} already holds a PrivacyDesk database (opening would create one). */
  public static boolean hasDatabase(Path dataDir) {
    return java.nio.file.Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"));
  }

  /** The real wall clock; the one place that reads it. */
  public static Clock systemClock() {
    return Clock.systemUTC();
  }

  @Override
  public UserService users() {
    return users;
  }

  @Override
  public IntakeService intake() {
    return intake;
  }

  @Override
  public CaseQueries queries() {
    return queries;
  }

  @Override
  public com.privacydesk.app.cases.HomeService home() {
    return home;
  }

  @Override
  public com.privacydesk.app.cases.NotificationService notifications() {
    return notifications;
  }

  @Override
  public com.privacydesk.app.cases.PresenceService presence() {
    return presence;
  }

  @Override
  public com.privacydesk.app.cases.QueuePreferences queuePreferences() {
    return queuePreferences;
  }

  @Override
  public com.privacydesk.app.cases.BulkActions bulk() {
    return bulk;
  }

  @Override
  public AssignmentService assignments() {
    return assignments;
  }

  @Override
  public WorkflowService workflow() {
    return workflow;
  }

  @Override
  public com.privacydesk.app.audit.AuditService audit() {
    return audit;
  }

  @Override
  public RecalculationService recalculation() {
    return recalculation;
  }

  @Override
  public com.privacydesk.app.reports.ReportService reports() {
    return reports;
  }

  @Override
  public com.privacydesk.app.privacy.PurgeService purges() {
    return purges;
  }

  @Override
  public com.privacydesk.app.privacy.BackupService backups() {
    return backups;
  }

  @Override
  public com.privacydesk.app.cases.OptOutImportService optOutImports() {
    return optOutImports;
  }

  @Override
  public com.privacydesk.app.letters.LetterService letters() {
    return letters;
  }

  @Override
  public com.privacydesk.app.letters.RegisterService register() {
    return register;
  }

  @Override
  public SettingsService settings() {
    return settings;
  }

  /** The queue's SQL over plain JDBC: the benchmark's yardstick. */
  public com.privacydesk.app.port.RawQueries rawQueries() {
    return database.rawQueries();
  }

  /** Writes demo cases into an empty database. */
  public com.privacydesk.app.demo.DemoSeeder demoSeeder() {
    return demoSeeder;
  }

  @Override
  public Path dataDir() {
    return database.dataDir();
  }

  @Override
  public String databaseLocation() {
    return database.describe();
  }

  @Override
  public java.util.Optional<String> startupNotice() {
    return database.startupNotice();
  }

  /**
   * {@code migrate-db}: copies this embedded database into the empty database on {@code target}
   * (migrated first), as {@code actor}, an administrator (audited here before the copy starts, so
   * the copy carries the entry), then walks the copy's audit chain.
   *
   * @param progress told (table, rows copied so far) as the copy goes on
   */
  public com.privacydesk.app.DatabaseCopy copyTo(
      com.privacydesk.app.Actor actor,
      char[] password,
      DatabaseServer target,
      java.util.function.BiConsumer<String, Long> progress) {
    // refused before the target is even touched (opening it creates the schema there)
    actor.require(com.privacydesk.domain.user.Permission.BACKUP_DATA);
    try (Database copy = Database.openCopyTarget(database.dataDir(), target)) {
      backups.recordCopy(actor, target.describe());
      var tables = database.copyInto(copy, progress);
      // every user gets their own login role on the server (ADR 0026); the file never held a
      // password in clear, so only the administrator copying, whose password was just typed, can
      // sign in at once: the others once an administrator has reset theirs
      copy.transactions()
          .inTransaction(
              r -> {
                for (var u : r.users().listAll()) {
                  r.users()
                      .matchServerLogin(
                          u.username(),
                          u.role(),
                          u.id() == actor.userId() ? password : null,
                          u.enabled());
                }
                return null;
              });
      var audit = new com.privacydesk.app.audit.AuditService(copy.transactions(), clock).verify();
      return new com.privacydesk.app.DatabaseCopy(
          database.describe(), target.describe(), tables, audit);
    }
  }

  /** Whether the services work on team mode's server (no file backup, restore or encryption). */
  @Override
  public boolean onServer() {
    return database.isServer();
  }

  /**
   * Closes the database after compacting its file (after a bulk load); closing again is a no-op.
   */
  public void compactAndClose() {
    database.compactAndClose();
  }

  @Override
  public void close() {
    database.close();
  }
}
