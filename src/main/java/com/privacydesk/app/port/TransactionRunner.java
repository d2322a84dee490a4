package com.privacydesk.app.port;

import java.util.function.Function;

/** Runs work in one database transaction: all of it commits, or none of it. */
public interface TransactionRunner {
  /** Runs {@code work} in a transaction; a thrown exception rolls everything back. */
  <T> T inTransaction(Function<Repositories, T> work);
}
