package com.privacydesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database in the data folder: opened, migrated by Flyway, closed cleanly.
 * Only the composition roots create one.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** File name (without H2's {@code .mv.db}) inside the data folder. */
  public static final String FILE_NAME = "privacydesk";

  /**
   * WRITE_DELAY=0: commit is written at once (H2's default 500 ms delay lost acknowledged commits
   * under kill -9 in our measurements, see docs/adr/0004). CACHE_SIZE (KB): 128 MB of pages instead
   * of 16 MB, so the indexes of a million cases stay in memory (ADR 0011; part of the 512 MB heap).
   */
  private static final String URL_OPTIONS = ";WRITE_DELAY=0;CACHE_SIZE=131072";

  private final Path dataDir;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  // one per open database: the file is open in this process only
  private final ContactSearchIndex searchIndex = new ContactSearchIndex();

  private Database(Path dataDir, JdbcConnectionPool pool) {
    this.dataDir = dataDir;
    this.pool = pool;
    this.dsl =
        DSL.using(
            pool, SQLDialect.H2, new Settings().withExecuteLogging(false).withRenderSchema(false));
  }

  /** Opens (creating if needed) and migrates the database in {@code dataDir}. */
  public static Database open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DatabaseException(
          "Cannot create the data folder " + dir + ": " + e.getClass().getSimpleName());
    }
    String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + URL_OPTIONS;
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    try (Connection probe = pool.getConnection()) {
      probe.isValid(1);
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new DataDirInUseException(dir);
      }
      throw DatabaseException.scrubbed("Cannot open the database in " + dir, e);
    }
    try {
      var result =
          Flyway.configure()
              .dataSource(pool)
              .locations("classpath:db/migration")
              .validateOnMigrate(true)
              .loggers("slf4j")
              .load()
              .migrate();
      LOG.info(
          "Database schema at version {} ({} migrations applied now)",
          result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      pool.dispose();
      throw DatabaseException.scrubbed("Cannot bring the database schema up to date", e);
    }
    return new Database(dir, pool);
  }

  /** The jOOQ context over the pool; used by the transaction runner. */
  DSLContext dsl() {
    return dsl;
  }

  /** A transaction runner over this database. */
  public JooqTransactionRunner transactions() {
    return new JooqTransactionRunner(dsl, searchIndex);
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
    try (Connection c = pool.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw DatabaseException.scrubbed("Cannot compact the database", e);
    } finally {
      pool.dispose();
    }
    LOG.info("Database compacted and closed");
  }

  /** Closes every connection; the last one closing closes the database file cleanly. */
  @Override
  public void close() {
    pool.dispose();
    LOG.info("Database closed");
  }
}
