package com.privacydesk.persistence;

import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One jOOQ transaction per call; the repositories handed to the work share it.
 *
 * <p>On team mode's server, several processes write at once, and PostgreSQL may end one of two
 * transactions that wait for each other's rows (a deadlock) or that it cannot order (a
 * serialization failure). Nothing of such a transaction is kept, so it is run again, a few times at
 * most, as PostgreSQL's documentation advises; the work only reads and writes the database, so
 * running it again is safe.
 */
public final class JooqTransactionRunner implements TransactionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JooqTransactionRunner.class);

  /** deadlock_detected, serialization_failure. */
  private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

  static final int ATTEMPTS = 3;

  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;
  private final com.privacydesk.domain.audit.ChainKey key;

  /** The embedded database's folder (checked for a full disk when a change fails), or null. */
  private final java.nio.file.Path dataDir;

  JooqTransactionRunner(
      DSLContext dsl,
      ContactSearchIndex searchIndex,
      com.privacydesk.domain.audit.ChainKey key,
      java.nio.file.Path dataDir) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
    this.key = key;
    this.dataDir = dataDir;
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(
            cfg -> {
              JooqRepositories repositories =
                  new JooqRepositories(DSL.using(cfg), searchIndex, key);
              T result = work.apply(repositories);
              repositories.finish(dsl);
              return result;
            });
      } catch (DataAccessException e) {
        java.sql.SQLException sql = DatabaseException.findSql(e);
        String state = sql == null ? null : sql.getSQLState();
        if (attempt < ATTEMPTS && state != null && RETRYABLE.contains(state)) {
          LOG.info("Transaction ended by the database (SQLState {}), running it again", state);
          continue;
        }
        throw DatabaseException.scrubbed("The database refused the change", e, dataDir);
      }
    }
  }
}
