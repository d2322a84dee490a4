package com.privacydesk.persistence;

import com.privacydesk.persistence.generated.Tables;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, on a background thread, the classes every start needs before the first screen: jOOQ's
 * rendering and fetching (a typical query run against a mock connection), Flyway and H2. The
 * window's own start-up keeps the first core busy for a second or two; this uses the second, so
 * opening the database and its first query no longer pay for the class loading (measured with
 * {@code ./dev bench-startup}). Best effort: a failure only loses the head start.
 */
public final class DatabaseWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseWarmUp.class);

  private DatabaseWarmUp() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void inBackground() {
    Thread.ofPlatform().daemon().name("privacydesk-warm-up").start(DatabaseWarmUp::run);
  }

  private static void run() {
    try {
      MockDataProvider none =
          ctx -> new MockResult[] {new MockResult(0, DSL.using(SQLDialect.H2).newResult())};
      DSLContext mock = DSL.using(new MockConnection(none), SQLDialect.H2, Database.jooqSettings());
      mock.selectFrom(Tables.APP_USER).where(Tables.APP_USER.USERNAME.eq("warm-up")).fetch();
      mock.selectCount().from(Tables.PRIVACY_CASE).where(Tables.PRIVACY_CASE.ID.gt(0L)).fetch();
      Flyway.configure().locations(Database.migrations("h2")).loggers("slf4j");
      Class.forName("org.h2.Driver");
      Class.forName("org.h2.mvstore.MVStore");
      Class.forName("org.h2.command.Parser");
    } catch (Throwable e) {
      LOG.debug("Warm-up skipped ({})", e.getClass().getSimpleName());
    }
  }
}
