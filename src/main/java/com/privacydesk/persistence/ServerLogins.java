package com.privacydesk.persistence;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Team mode's personal database accounts (ADR 0026): each PrivacyDesk user signs in to PostgreSQL
 * as a login role of their own ({@link com.privacydesk.app.DatabaseServer#loginOf}), in the group
 * role of their PrivacyDesk role. Passwords reach the server only as SCRAM-SHA-256 verifiers,
 * computed here, so no statement (nor a server log of it) ever holds one in clear.
 */
final class ServerLogins {
  private ServerLogins() {}

  static boolean onServer(DSLContext dsl) {
    return dsl.dialect().family() == SQLDialect.POSTGRES;
  }

  /** The SCRAM-SHA-256 verifier PostgreSQL keeps for {@code password} (a fresh salt each time). */
  static String verifier(char[] password) {
    return org.postgresql.util.PasswordUtil.encodeScramSha256(password);
  }
}
