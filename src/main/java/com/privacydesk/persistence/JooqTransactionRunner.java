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
  private final ContactSearchIndex searchIndex;

  JooqTransactionRunner(DSLContext dsl, ContactSearchIndex searchIndex) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    try {
      return dsl.transactionResult(
          cfg -> work.apply(new JooqRepositories(DSL.using(cfg), searchIndex)));
    } catch (DataAccessException e) {
      throw DatabaseException.scrubbed("The database refused the change", e);
    }
  }
}
