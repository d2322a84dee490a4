package com.privacydesk.persistence;

import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.DatabaseServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.h2.tools.Restore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: the embedded H2 file in the data folder, or in team mode a shared PostgreSQL server
 * (ADR 0016). Opened, migrated by Flyway, closed cleanly. Only the composition roots create one.
 */
public final class Database implements AutoCloseable, com.privacydesk.app.port.DatabaseFile {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** File name (without H2's {@code .mv.db}) inside the data folder. */
  public static final String FILE_NAME = "privacydesk";

  /**
   * WRITE_DELAY=0: commit is written at once (H2's default 500 ms delay lost acknowledged commits
   * under kill -9 in our measurements, see docs/adr/0004). CACHE_SIZE (KB): 128 MB of pages instead
   * of 16 MB, so the indexes of a million cases stay in memory (ADR 0011; part of the 512 MB heap).
   */
  private static final String URL_OPTIONS = ";WRITE_DELAY=0;CACHE_SIZE=131072";

  private static final String CIPHER = ";CIPHER=AES";

  /**
   * The migrations for a database of {@code vendor} ({@code h2} or {@code postgresql}): the scripts
   * every database runs, and that database's version of the few whose SQL differs. A version is in
   * one place per database; the H2 scripts are the ones earlier releases ran, unchanged.
   */
  public static String[] migrations(String vendor) {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
  }

  /** H2's answers to a wrong file key: a failed decryption, or a file that reads as garbage. */
  private static final java.util.Set<Integer> WRONG_KEY_CODES =
      java.util.Set.of(
          ErrorCode.FILE_ENCRYPTION_ERROR_1,
          ErrorCode.WRONG_USER_OR_PASSWORD,
          ErrorCode.FILE_CORRUPTED_1,
          ErrorCode.WRONG_PASSWORD_FORMAT);

  /** The first bytes of an H2 file encrypted with CIPHER=AES. */
  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * While a window holds the database, this file in the data folder says how a second process of
   * the same user reaches it for a backup: a loopback-only port and a random key (owner-only file).
   */
  public static final String CHANNEL_FILE = BackupChannel.FILE;

  private final Path dataDir;
  private final DataSource pool;
  private final Runnable closePool;
  private final DatabaseServer server;
  private final DSLContext dsl;
  // the embedded file is open in this process only, so an index in memory sees every write; a
  // server has other writers and searches in SQL (ContactSearchIndex.disabled)
  private final ContactSearchIndex searchIndex;
  private BackupChannel channel;
  // the installation key the chain and the seals use (ADR 0022); set once opened
  private InstallationKeys.Key installation;
  // what opening had to put right first (an interrupted upgrade undone), for the user; or null
  private String startupNotice;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Present in the data folder while deleted personal data may still sit in the file's free space
   * (after a purge): the file is rewritten at close, or at the next open if it did not close.
   */
  static final String WIPE_PENDING = "wipe-pending";

  /** The script and the new file a wipe rebuilds the database through (removed when done). */
  static final String WIPE_SCRIPT = "wipe-script.sql.gz";

  static final String WIPE_FILE = "privacydesk-wipe";

  /**
   * Free space a wipe needs, in multiples of the file's size: loading the script writes several
   * times the data before the new file is compacted (9 times at 20,000 cases).
   */
  static final long REBUILD_SPACE_FACTOR = 12;

  private volatile boolean wipeOnClose;

  /** Over H2's own pool on the embedded file. */
  private Database(Path dataDir, JdbcConnectionPool pool) {
    this.dataDir = dataDir;
    this.pool = pool;
    this.closePool = pool::dispose;
    this.server = null;
    this.dsl = DSL.using(pool, SQLDialect.H2, jooqSettings());
    this.searchIndex = new ContactSearchIndex();
  }

  /** Over a pool of connections to team mode's server. */
  private Database(Path dataDir, HikariDataSource pool, DatabaseServer server) {
    this.dataDir = dataDir;
    this.pool = pool;
    this.closePool = pool::close;
    this.server = server;
    // the generated names are H2's upper case; PostgreSQL folded the unquoted DDL to lower case
    this.dsl =
        DSL.using(
            pool, SQLDialect.POSTGRES, jooqSettings().withRenderNameCase(RenderNameCase.LOWER));
    this.searchIndex = ContactSearchIndex.disabled();
  }

  /** jOOQ settings every context over this database uses. */
  static Settings jooqSettings() {
    return new Settings().withExecuteLogging(false).withRenderSchema(false);
  }

  /** Opens (creating if needed) and migrates the unencrypted database in {@code dataDir}. */
  public static Database open(Path dataDir) {
    return open(dataDir, null, false);
  }

  /**
   * Opens (creating if needed) and migrates the database in {@code dataDir}.
   *
   * @param key the key of an encrypted database (a new database is created encrypted with it), or
   *     null for an unencrypted one
   * @param backupChannel whether to let a second process of this user reach the open database for a
   *     backup ({@link #attach}); the window does, short commands do not
   */
  public static Database open(Path dataDir, DatabaseKey key, boolean backupChannel) {
    Path dir = dataDir.toAbsolutePath().normalize();
    boolean wasLoose;
    try {
      com.privacydesk.app.OwnerOnlyFiles.createDirectories(dir);
      wasLoose = com.privacydesk.app.OwnerOnlyFiles.tighten(dir);
    } catch (IOException e) {
      throw new DatabaseException(
          "Cannot create the data folder " + dir + ": " + e.getClass().getSimpleName());
    }
    UpgradeGuard guard = new UpgradeGuard(dir, FILE_NAME);
    Optional<String> recovered = guard.recover();
    boolean exists = holdsData(dir.resolve(FILE_NAME + ".mv.db"));
    if (!exists) {
      Path keyDir = InstallationKeys.dir();
      if (FolderMarkers.heldBefore(keyDir, dir).isPresent()) {
        throw new DatabaseMissingException(dir, FolderMarkers.marker(keyDir, dir));
      }
    }
    boolean encrypted = exists && isEncrypted(dir);
    if (encrypted && key == null) {
      throw DatabaseKeyException.required();
    }
    if (exists && !encrypted && key != null) {
      throw DatabaseKeyException.notEncrypted();
    }
    String url =
        "jdbc:h2:file:" + dir.resolve(FILE_NAME) + URL_OPTIONS + (key != null ? CIPHER : "");
    if (!exists) {
      guard.beforeCreate();
    } else if (Files.exists(dir.resolve(WIPE_PENDING))) {
      // a purge's freed space was not wiped (the process ended without closing): now, still closed
      wipeClosed(dir, encrypted);
    }
    JdbcConnectionPool pool = probed(dir, url, key, exists, guard);
    try {
      migrateGuarded(pool, guard, exists);
    } catch (DatabaseException e) {
      pool.dispose();
      guard.undo();
      throw e;
    }
    Database db = new Database(dir, pool);
    try {
      db.installation = Installation.establish(db.dsl, InstallationKeys.dir());
      SuppressionHashes.keyOlder(db.dsl, db.searchIndex, db.installation.chain());
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
    db.startupNotice = notices(recovered, wasLoose, dir);
    FolderMarkers.remember(InstallationKeys.dir(), dir, db.installation.installation());
    try {
      // and what opening just created (a new database file, its trace)
      com.privacydesk.app.OwnerOnlyFiles.tighten(dir);
    } catch (IOException e) {
      LOG.warn("Cannot make the data folder owner-only ({})", e.getClass().getSimpleName());
    }
    if (backupChannel) {
      db.channel = BackupChannel.open(dir, FILE_NAME).orElse(null);
    }
    return db;
  }

  /**
   * Brings the embedded file's schema up to date all-or-nothing: a new database carries a creation
   * mark until its schema is complete, an existing one with pending migrations is copied first
   * ({@link UpgradeGuard}).
   */
  private static void migrateGuarded(JdbcConnectionPool pool, UpgradeGuard guard, boolean exists) {
    Flyway flyway = flyway(pool, "h2");
    if (exists && flyway.info().pending().length > 0) {
      LOG.info("Database schema upgrade pending: writing a safety copy first");
      try (Connection c = pool.getConnection()) {
        guard.beforeUpgrade(c);
      } catch (SQLException e) {
        throw DatabaseException.scrubbed("Cannot open the database for its upgrade", e);
      }
    }
    migrate(flyway);
    guard.finished();
  }

  private static Flyway flyway(DataSource pool, String vendor) {
    return Flyway.configure()
        .dataSource(pool)
        .locations(migrations(vendor))
        .validateOnMigrate(true)
        .loggers("slf4j")
        .load();
  }

  /** Brings the schema up to date with the migrations for {@code vendor}. */
  private static void migrate(DataSource pool, String vendor) {
    migrate(flyway(pool, vendor));
  }

  private static void migrate(Flyway flyway) {
    try {
      var result = flyway.migrate();
      if (result.migrationsExecuted == 0) {
        LOG.info("Database schema up to date at version {}", result.initialSchemaVersion);
      } else {
        LOG.info(
            "Database schema migrated from version {} to {} ({} migrations)",
            result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
            result.targetSchemaVersion,
            result.migrationsExecuted);
      }
    } catch (FlywayException e) {
      throw DatabaseException.scrubbed("Cannot bring the database schema up to date", e);
    }
  }

  /**
   * Connects to team mode's PostgreSQL {@code server} and migrates its schema. {@code dataDir}
   * still holds this workstation's log file and letters opened for viewing.
   */
  public static Database openServer(Path dataDir, DatabaseServer server) {
    Database db = connectServer(dataDir, server);
    try {
      db.installation = Installation.establish(db.dsl, InstallationKeys.dir());
      SuppressionHashes.keyOlder(db.dsl, db.searchIndex, db.installation.chain());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /** Connects to and migrates team mode's server, without its installation key yet. */
  private static Database connectServer(Path dataDir, DatabaseServer server) {
    Path dir = dataDir.toAbsolutePath().normalize();
    // one plain connection first: its failure is described here, by SQL state, before the pool
    // would log the driver's message (which names the account)
    try (Connection probe = plainConnection(server)) {
      probe.isValid(1);
    } catch (SQLException e) {
      throw DatabaseServerException.connecting(server, e);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("privacydesk");
    config.setJdbcUrl(server.url());
    config.setUsername(server.user());
    config.setPassword(server.password());
    // the window's worker, a report and a backup at most at once, each transaction borrowing a
    // second connection for a moment to check the seals of what it changes (ADR 0022); idle ones
    // close, so a team of 50 keeps one or two each
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(15_000);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      if (mayMigrate(pool)) {
        migrate(pool, "postgresql");
      } else if (flyway(pool, "postgresql").info().pending().length > 0) {
        // a user's own account may not change the schema: its owner upgrades it (ADR 0026)
        throw DatabaseServerException.needsUpgrade(server);
      } else {
        LOG.info("Team mode: signed in with a personal account; the schema is up to date");
      }
    } catch (DatabaseException e) {
      pool.close();
      throw e;
    } catch (FlywayException e) {
      pool.close();
      throw DatabaseException.scrubbed("Cannot read the database schema's version", e);
    }
    LOG.info("Team mode: database server opened");
    return new Database(dir, pool, server);
  }

  /**
   * Whether the account signed in may run the migrations: the schema is new (no history table yet)
   * or the account owns the history table (the schema's owner, ADR 0026). A user's personal account
   * is neither.
   */
  private static boolean mayMigrate(DataSource pool) {
    try (Connection c = pool.getConnection();
        var st =
            c.prepareStatement(
                "select coalesce((select pg_has_role(current_user, tableowner, 'USAGE')"
                    + " from pg_tables where schemaname = current_schema()"
                    + " and tablename = 'flyway_schema_history'), true)");
        var rs = st.executeQuery()) {
      rs.next();
      boolean owner = rs.getBoolean(1);
      if (owner) {
        LOG.info("Team mode: signed in as the schema's owner (migrations and administration only)");
      }
      return owner;
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot read who owns the database schema", e);
    }
  }

  /**
   * Opens an <em>empty</em> database on {@code server} as the target of {@link #copyInto}: refused
   * when its schema already holds tables, migrated to the current version otherwise.
   */
  public static Database openCopyTarget(Path dataDir, DatabaseServer server) {
    DatabaseCopier.requireEmpty(server);
    // the copy brings the source's installation; until then there is nothing to key
    return connectServer(dataDir, server);
  }

  /**
   * Copies every row of this embedded database into {@code target} (from {@link #openCopyTarget})
   * in one transaction there; returns each table's rows counted on both sides afterwards.
   */
  public java.util.List<com.privacydesk.app.DatabaseCopy.TableCount> copyInto(
      Database target, java.util.function.BiConsumer<String, Long> progress) {
    if (server != null || target.server == null) {
      throw new IllegalArgumentException("copies go from the embedded file to a server");
    }
    try {
      var counts = DatabaseCopier.copy(dsl, target.dsl, progress);
      target.installation = installation;
      return counts;
    } catch (org.jooq.exception.DataAccessException e) {
      throw DatabaseException.scrubbed("The copy was refused by the database server", e);
    }
  }

  /** One connection to {@code server} outside any pool (10 s to connect at most). */
  static Connection plainConnection(DatabaseServer server) throws SQLException {
    Properties login = new Properties();
    if (server.user() != null) {
      login.setProperty("user", server.user());
    }
    if (server.password() != null) {
      login.setProperty("password", server.password());
    }
    login.setProperty("connectTimeout", "10");
    return DriverManager.getConnection(server.url(), login);
  }

  /** Whether {@code file} is a database file with content (not missing, not truncated to 0). */
  private static boolean holdsData(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** What the window says once opened: an upgrade undone, a folder made owner-only. */
  private static @org.jspecify.annotations.Nullable String notices(
      Optional<String> recovered, boolean wasLoose, Path dir) {
    String loose =
        wasLoose
            ? "The data folder "
                + dir
                + " and its files were readable by other users of this computer; they are now"
                + " readable by you only."
            : null;
    if (loose != null) {
      LOG.warn("The data folder was open to other users; made it owner-only");
    }
    if (recovered.isPresent() && loose != null) {
      return recovered.get() + "\n" + loose;
    }
    return recovered.orElse(loose);
  }

  /**
   * What opening had to put right before it could open (an upgrade interrupted by a crash, undone;
   * a data folder open to other users, closed), in words for the user; empty when nothing.
   */
  public Optional<String> startupNotice() {
    return Optional.ofNullable(startupNotice);
  }

  /** Whether this is team mode's server rather than the embedded file. */
  public boolean isServer() {
    return server != null;
  }

  /** Where the data is, for the window's status line: the data folder or the server. */
  public String describe() {
    return server != null ? server.describe() : dataDir.toString();
  }

  /**
   * Connects to the database a window of this user holds open in {@code dataDir}, through its
   * backup channel: for a backup while the app runs. No migration; closing only disconnects.
   */
  public static Database attach(Path dataDir, DatabaseKey key) {
    Path dir = dataDir.toAbsolutePath().normalize();
    String url = BackupChannel.url(dir) + (key != null ? CIPHER : "");
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password(key));
    try (Connection probe = pool.getConnection()) {
      probe.isValid(1);
    } catch (SQLException e) {
      pool.dispose();
      if (key != null && WRONG_KEY_CODES.contains(e.getErrorCode())) {
        throw DatabaseKeyException.wrong();
      }
      if (isEncrypted(dir) && key == null) {
        throw DatabaseKeyException.required();
      }
      throw DatabaseException.scrubbed("Cannot reach the open database in " + dir, e);
    }
    Database db = new Database(dir, pool);
    try {
      db.installation = Installation.existing(db.dsl, InstallationKeys.dir());
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
    return db;
  }

  /** Whether the database file in {@code dataDir} is encrypted (H2's encrypted-file header). */
  public static boolean isEncrypted(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME + ".mv.db");
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Encrypts the closed database in {@code dataDir} with {@code newKey}, or changes its key when
   * {@code oldKey} is given. Refused while any process has it open.
   */
  public static void encrypt(Path dataDir, DatabaseKey oldKey, DatabaseKey newKey) {
    Path dir = dataDir.toAbsolutePath().normalize();
    // opening proves the old key and that nobody else holds the file; closing releases it
    open(dir, oldKey, false).close();
    try {
      ChangeFileEncryption.execute(
          dir.toString(),
          FILE_NAME,
          "AES",
          oldKey == null ? null : FileKeys.derive(oldKey),
          FileKeys.derive(newKey),
          true);
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot encrypt the database in " + dir, e, dataDir);
    }
    LOG.info("Database file encryption changed");
  }

  /**
   * Restores a backup written by {@link #backupTo} into {@code dataDir}, which must hold no
   * database. The caller opens it afterwards (migrating an older backup).
   */
  public static void restore(Path backup, Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (Files.exists(dir.resolve(FILE_NAME + ".mv.db"))) {
      throw new DatabaseException(
          "The data folder " + dir + " already holds a database; restore into an empty folder.");
    }
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      if (zip.getEntry(FILE_NAME + ".mv.db") == null) {
        throw new DatabaseException(backup + " is not a PrivacyDesk backup.");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DatabaseException(
          "Cannot read the backup " + backup + ": " + e.getClass().getSimpleName());
    }
    Restore.execute(backup.toString(), dir.toString(), FILE_NAME);
  }

  /**
   * Writes a consistent copy of the whole database to {@code file} (a zip H2 writes while others
   * keep working; an encrypted database stays encrypted in it).
   */
  @Override
  public void backupTo(Path file) {
    if (server != null) {
      throw DatabaseServerException.fileOnly("Backup");
    }
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (Connection c = pool.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.execute("BACKUP TO '" + target + "'");
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot write the backup", e, dataDir);
    }
  }

  private static String password(DatabaseKey key) {
    // H2: "<file key> <user password>"; the user password is empty
    return key == null ? "" : new String(FileKeys.derive(key)) + " ";
  }

  /**
   * A pool over the file of {@code url}, checked to open; an encrypted file that opens only with
   * the passphrase as versions before 16 used it is re-encrypted with the derived key first.
   */
  private static JdbcConnectionPool probed(
      Path dir, String url, DatabaseKey key, boolean exists, UpgradeGuard guard) {
    for (boolean retried = false; ; retried = true) {
      JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password(key));
      try (Connection probe = pool.getConnection()) {
        probe.isValid(1);
        return pool;
      } catch (SQLException e) {
        pool.dispose();
        if (!exists) {
          guard.undo();
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
          throw new DataDirInUseException(dir);
        }
        if (key != null && WRONG_KEY_CODES.contains(e.getErrorCode())) {
          if (exists && !retried && upgradedLegacyKey(dir, url, key)) {
            continue;
          }
          throw DatabaseKeyException.wrong();
        }
        throw DatabaseException.scrubbed("Cannot open the database in " + dir, e, dir);
      }
    }
  }

  /** The file key as versions before 16 gave it to H2: the passphrase itself. */
  private static String legacyPassword(DatabaseKey key) {
    return new String(key.chars()) + " ";
  }

  /**
   * Whether the closed file of {@code url} opens with the passphrase as versions before 16 used it
   * (the passphrase itself as H2's file key); if so, re-encrypts it with the derived key.
   */
  private static boolean upgradedLegacyKey(Path dir, String url, DatabaseKey key) {
    try (Connection c = java.sql.DriverManager.getConnection(url, "sa", legacyPassword(key))) {
      c.isValid(1);
    } catch (SQLException e) {
      return false;
    }
    try {
      ChangeFileEncryption.execute(
          dir.toString(), FILE_NAME, "AES", key.chars(), FileKeys.derive(key), true);
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot re-encrypt the database in " + dir, e, dir);
    }
    LOG.info("Database file re-encrypted with its Argon2id-derived key");
    return true;
  }

  /** The installation's key as the chain and the seals use it. */
  com.privacydesk.domain.audit.ChainKey chainKey() {
    return installation.chain();
  }

  /** The jOOQ context over the pool; used by the transaction runner. */
  DSLContext dsl() {
    return dsl;
  }

  /** A transaction runner over this database. */
  public JooqTransactionRunner transactions() {
    return new JooqTransactionRunner(
        dsl, searchIndex, installation.chain(), server == null ? dataDir : null);
  }

  /** The queue's SQL over plain JDBC, for the benchmark. */
  public com.privacydesk.app.port.RawQueries rawQueries() {
    return new JdbcRawQueries(dsl, searchIndex);
  }

  /** The folder the database lives in. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Closes the database and rewrites its file without the space old versions of rows left behind (a
   * bulk load leaves several times its own size); the caller must not use it afterwards.
   */
  public void compactAndClose() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (server != null) {
      // PostgreSQL reclaims space itself (autovacuum)
      closePool.run();
      LOG.info("Database closed");
      return;
    }
    try (Connection c = pool.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot compact the database", e, dataDir);
    } finally {
      if (channel != null) {
        channel.close();
      }
      closePool.run();
    }
    try {
      // SHUTDOWN COMPACT writes the file anew, with the process's default permissions
      com.privacydesk.app.OwnerOnlyFiles.tighten(dataDir);
    } catch (IOException e) {
      LOG.warn("Cannot make the data folder owner-only ({})", e.getClass().getSimpleName());
    }
    LOG.info("Database compacted and closed");
  }

  @Override
  public void wipeFreedSpace() {
    if (server != null) {
      return;
    }
    try {
      Path marker = dataDir.resolve(WIPE_PENDING);
      if (!Files.exists(marker)) {
        com.privacydesk.app.OwnerOnlyFiles.createFile(marker);
      }
    } catch (IOException e) {
      LOG.warn("Cannot mark the data folder for a wipe ({})", e.getClass().getSimpleName());
    }
    wipeOnClose = true;
  }

  /**
   * Runs {@code sql} on the closed, unencrypted H2 file {@code name}, then closes it with {@code
   * shutdown} (SHUTDOWN, or SHUTDOWN COMPACT).
   */
  private static void runThenShutDown(Path name, String sql, String shutdown) throws SQLException {
    try (Connection c =
            java.sql.DriverManager.getConnection("jdbc:h2:file:" + name + URL_OPTIONS, "sa", "");
        java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
      st.execute(shutdown);
    }
  }

  /**
   * Rebuilds the closed, unencrypted database of {@code dir} from a script of what is live (H2's
   * SCRIPT, then RUNSCRIPT into a new file that replaces the old one): what deleted rows left in
   * the old file's free space is not carried over. H2's own SHUTDOWN COMPACT moves chunks within
   * the file and leaves a few of those bytes behind. The script holds the data, so it is written
   * owner-only, compressed, and removed at once. The old file stays until the new one is complete;
   * anything a crash leaves half-done is removed at the next try. An encrypted file's free space
   * holds only ciphertext: it is left as it is. Then removes the marker.
   */
  private static void wipeClosed(Path dir, boolean encrypted) {
    Path script = dir.resolve(WIPE_SCRIPT);
    Path fresh = dir.resolve(WIPE_FILE + ".mv.db");
    try {
      removeWipeLeftovers(dir);
      if (encrypted) {
        // its free space holds only ciphertext
        Files.deleteIfExists(dir.resolve(WIPE_PENDING));
        return;
      }
      long needed = Files.size(dir.resolve(FILE_NAME + ".mv.db")) * REBUILD_SPACE_FACTOR;
      if (Files.getFileStore(dir).getUsableSpace() < needed) {
        // left marked: tried again at every start until there is room
        LOG.warn(
            "Not enough free space to wipe the database file's free space now ({} MB needed)",
            needed / (1024 * 1024));
        return;
      }
      com.privacydesk.app.OwnerOnlyFiles.createFile(script);
      String quoted = script.toString().replace("'", "''");
      runThenShutDown(
          dir.resolve(FILE_NAME), "SCRIPT TO '" + quoted + "' COMPRESSION GZIP", "SHUTDOWN");
      // H2 writes the script anew, with the process's default permissions (inside the
      // owner-only data folder all along)
      com.privacydesk.app.OwnerOnlyFiles.restrict(script);
      // compacted: loading the script leaves several times its size behind (its own versions of
      // the rows it wrote, never the old file's)
      runThenShutDown(
          dir.resolve(WIPE_FILE),
          "RUNSCRIPT FROM '" + quoted + "' COMPRESSION GZIP",
          "SHUTDOWN COMPACT");
      Files.delete(script);
      com.privacydesk.app.OwnerOnlyFiles.restrict(fresh);
      Files.move(
          fresh,
          dir.resolve(FILE_NAME + ".mv.db"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      removeWipeLeftovers(dir);
      Files.deleteIfExists(dir.resolve(WIPE_PENDING));
      LOG.info("Purged data wiped from the database file");
    } catch (IOException | SQLException | RuntimeException e) {
      // left marked: the next start tries again; the old file is untouched until the move
      LOG.warn("Cannot wipe the database file's free space now ({})", e.getClass().getSimpleName());
      try {
        removeWipeLeftovers(dir);
      } catch (IOException ignored) {
        // the next try removes them first
      }
    }
  }

  /** Removes the script and the new file's files an unfinished wipe of {@code dir} left. */
  private static void removeWipeLeftovers(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(WIPE_SCRIPT));
    Files.deleteIfExists(dir.resolve(WIPE_FILE + ".mv.db"));
    Files.deleteIfExists(dir.resolve(WIPE_FILE + ".trace.db"));
  }

  /**
   * Closes every connection; the last one closing closes the database file cleanly. After a purge
   * the file is rewritten without its free space first ({@link #wipeFreedSpace}).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (channel != null) {
      channel.close();
    }
    closePool.run();
    LOG.info("Database closed");
    if (wipeOnClose && server == null) {
      wipeClosed(dataDir, isEncrypted(dataDir));
    }
    try {
      // what the session wrote (log files, the database's own) behind the owner-only folder, too
      com.privacydesk.app.OwnerOnlyFiles.tighten(dataDir);
    } catch (IOException e) {
      LOG.warn("Cannot make the data folder owner-only ({})", e.getClass().getSimpleName());
    }
  }
}
