package com.privacydesk.persistence;

import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** One jOOQ transaction per call; the repositories handed to the work share it. */
public final class JooqTransactionRunner implements TransactionRunner {
  private final DSLContext dsl;

  JooqTransactionRunner(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    try {
      return dsl.transactionResult(cfg -> work.apply(new JooqRepositories(DSL.using(cfg))));
    } catch (DataAccessException e) {
      throw DatabaseException.scrubbed("The database refused the change", e);
    }
  }
}
