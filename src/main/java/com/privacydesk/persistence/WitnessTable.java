package com.privacydesk.persistence;

import com.privacydesk.app.port.AuditTrail.WitnessTable.State;
import java.sql.Savepoint;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team mode's witness table (ADR 0022, docs/security.md): {@value #NAME}, created by the database
 * administrator under a role of its own, on which PrivacyDesk's account is granted INSERT and
 * nothing else. Every checkpoint is inserted there as one line; an account that can also change or
 * delete its rows is reported, since it could then rewrite the witness along with the chain. Not
 * created by PrivacyDesk (its own account would own it); absent, it is simply not written.
 */
final class WitnessTable {
  /** The table, schema-qualified. */
  static final String NAME = "privacydesk_witness.checkpoint";

  private static final Logger LOG = LoggerFactory.getLogger(WitnessTable.class);

  private WitnessTable() {}

  /** What this connection's account may do with the table. */
  static State state(DSLContext dsl) {
    if (dsl.dialect().family() != SQLDialect.POSTGRES) {
      return State.NONE;
    }
    var r =
        dsl.fetchOne(
            "SELECT to_regclass(?) IS NOT NULL,"
                + " CASE WHEN to_regclass(?) IS NULL THEN NULL ELSE"
                + " has_table_privilege(current_user, ?, 'INSERT') END,"
                + " CASE WHEN to_regclass(?) IS NULL THEN NULL ELSE"
                + " has_table_privilege(current_user, ?, 'UPDATE')"
                + " OR has_table_privilege(current_user, ?, 'DELETE')"
                + " OR has_table_privilege(current_user, ?, 'TRUNCATE')"
                + " OR pg_has_role(current_user, (SELECT c.relowner FROM pg_class c"
                + " WHERE c.oid = to_regclass(?)), 'USAGE') END",
            NAME,
            NAME,
            NAME,
            NAME,
            NAME,
            NAME,
            NAME,
            NAME);
    if (r == null || !Boolean.TRUE.equals(r.get(0, Boolean.class))) {
      return State.NONE;
    }
    if (!Boolean.TRUE.equals(r.get(1, Boolean.class))) {
      return State.NOT_INSERTABLE;
    }
    return Boolean.TRUE.equals(r.get(2, Boolean.class)) ? State.WRITABLE : State.INSERT_ONLY;
  }

  /**
   * Inserts {@code line} when the table exists and takes inserts, behind a savepoint: a failure is
   * logged and leaves the caller's transaction as it was.
   */
  static void append(DSLContext dsl, String line, String occasion) {
    State state = state(dsl);
    if (state == State.NONE || state == State.NOT_INSERTABLE) {
      return;
    }
    dsl.connection(
        c -> {
          Savepoint before = c.setSavepoint();
          try {
            DSL.using(c, dsl.dialect())
                .execute("INSERT INTO " + NAME + " (line, occasion) VALUES (?, ?)", line, occasion);
            c.releaseSavepoint(before);
          } catch (org.jooq.exception.DataAccessException e) {
            c.rollback(before);
            LOG.warn("Cannot write the witness table ({})", e.sqlStateClass());
          }
        });
  }
}
