package com.privacydesk.app.port;

import com.privacydesk.app.Actor;
import java.util.function.Function;

/** Runs work in one database transaction: all of it commits, or none of it. */
public interface TransactionRunner {
  /**
   * Runs {@code work} in a transaction; a thrown exception rolls everything back. For work on no
   * signed-in user's behalf (sign-in itself, the first administrator, start-up bookkeeping);
   * everything a user asks for goes through {@link #inTransaction(Actor, Function)}.
   */
  <T> T inTransaction(Function<Repositories, T> work);

  /**
   * Runs {@code work} on {@code actor}'s behalf in a transaction that first checks the account as
   * stored now ({@link Actor#requireCurrent}): a session whose account was disabled or given
   * another role since sign-in does nothing.
   */
  default <T> T inTransaction(Actor actor, Function<Repositories, T> work) {
    return inTransaction(
        r -> {
          actor.requireCurrent(r.users());
          return work.apply(r);
        });
  }
}
