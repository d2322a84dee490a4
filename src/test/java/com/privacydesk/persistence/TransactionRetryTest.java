package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.TestServices;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction the database ended because of another writer (deadlock, serialization failure) is
 * run again, a few times at most; any other refusal is reported at once, scrubbed.
 */
class TransactionRetryTest {
  @TempDir Path dir;

  private static DataAccessException refused(String sqlState) {
    return new DataAccessException("refused", new SQLException("the driver's words", sqlState));
  }

  @Test
  void aDeadlockedTransactionRunsAgainAndItsFirstAttemptLeavesNothing() {
    try (Database db = TestServices.database(dir)) {
      AtomicInteger attempts = new AtomicInteger();
      long users =
          db.transactions()
              .inTransaction(
                  r -> {
                    r.settings().put("retry.test", "attempt " + attempts.incrementAndGet());
                    if (attempts.get() == 1) {
                      throw refused("40P01");
                    }
                    return r.users().count();
                  });
      assertThat(attempts).hasValue(2);
      assertThat(users).isZero();
      assertThat(setting(db, "retry.test")).contains("attempt 2");
    }
  }

  @Test
  void retriesStopAfterAFewAttemptsAndOtherRefusalsAreNotRetried() {
    try (Database db = TestServices.database(dir)) {
      AtomicInteger attempts = new AtomicInteger();
      assertThatThrownBy(
              () ->
                  db.transactions()
                      .inTransaction(
                          r -> {
                            attempts.incrementAndGet();
                            throw refused("40001");
                          }))
          .isInstanceOf(DatabaseException.class)
          .hasMessageContaining("40001")
          .hasMessageNotContaining("the driver's words");
      assertThat(attempts).hasValue(JooqTransactionRunner.ATTEMPTS);

      attempts.set(0);
      assertThatThrownBy(
              () ->
                  db.transactions()
                      .inTransaction(
                          r -> {
                            attempts.incrementAndGet();
                            throw refused("23505");
                          }))
          .isInstanceOf(DatabaseException.class);
      assertThat(attempts).hasValue(1);
    }
  }

  @Test
  void twoTransactionsThatDeadlockOnPostgresqlBothEndUpCommitted() throws Exception {
    Assumptions.assumeTrue(TestServices.ON_POSTGRES, "a real deadlock needs PostgreSQL");
    try (Database db = TestServices.database(dir)) {
      db.transactions()
          .inTransaction(
              r -> {
                r.settings().put("deadlock.a", "0");
                r.settings().put("deadlock.b", "0");
                return null;
              });
      CyclicBarrier bothHoldOne = new CyclicBarrier(2);
      AtomicInteger attempts = new AtomicInteger();
      try (var pool = Executors.newFixedThreadPool(2)) {
        Future<?> first =
            pool.submit(() -> crossWrite(db, "deadlock.a", "deadlock.b", bothHoldOne, attempts));
        Future<?> second =
            pool.submit(() -> crossWrite(db, "deadlock.b", "deadlock.a", bothHoldOne, attempts));
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
      }
      assertThat(attempts).as("one of them ran again").hasValue(3);
      assertThat(setting(db, "deadlock.a"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("written"));
    }
  }

  /**
   * Writes {@code mine}, waits until the other transaction wrote its key, then writes {@code
   * theirs}.
   */
  private static void crossWrite(
      Database db, String mine, String theirs, CyclicBarrier barrier, AtomicInteger attempts) {
    db.transactions()
        .inTransaction(
            r -> {
              int attempt = attempts.incrementAndGet();
              r.settings().put(mine, "written " + attempt);
              if (barrier.getNumberWaiting() > 0 || attempt <= 2) {
                try {
                  barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                  // the retry of the deadlock's loser finds nobody waiting: go on
                }
              }
              r.settings().put(theirs, "written " + attempt);
              return null;
            });
  }

  private static java.util.Optional<String> setting(Database db, String key) {
    return db.transactions().inTransaction(r -> r.settings().get(key));
  }
}
