package com.privacydesk.persistence;

import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.port.UserFacingError;
import java.sql.SQLException;

/**
 * Team mode's database server could not be used: said with the server's name and the SQL state,
 * never with the driver's message (it names the account) or the URL's parameters.
 */
public final class DatabaseServerException extends DatabaseException implements UserFacingError {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;

  private DatabaseServerException(String message, String key, Object... args) {
    super(message);
    this.key = key;
    this.args = args;
  }

  /** Why connecting to {@code server} failed, from the SQL state of {@code e}. */
  static DatabaseServerException connecting(DatabaseServer server, SQLException e) {
    String where = server.describe();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("28")) {
      return new DatabaseServerException(
          "The database server " + where + " refused the user name or password.",
          "error.dbServer.signIn",
          where);
    }
    if (state.startsWith("08")) {
      return new DatabaseServerException(
          "Cannot reach the database server " + where + ".", "error.dbServer.unreachable", where);
    }
    if (state.equals("3D000")) {
      return new DatabaseServerException(
          "The database server " + where + " has no such database.",
          "error.dbServer.noDatabase",
          where);
    }
    return new DatabaseServerException(
        "Cannot open the database on " + where + " (SQLState " + state + ").",
        "error.dbServer.other",
        where,
        state);
  }

  /** Whether the server refused the account or its password (SQL state 28…). */
  public boolean signInRefused() {
    return key.equals("error.dbServer.signIn");
  }

  /**
   * The server's schema is older than this PrivacyDesk, and the account signed in may not upgrade
   * it: only the schema's owner runs migrations (ADR 0026).
   */
  static DatabaseServerException needsUpgrade(DatabaseServer server) {
    String where = server.describe();
    return new DatabaseServerException(
        "The database on "
            + where
            + " is older than this PrivacyDesk. Ask your database administrator to upgrade it"
            + " (privacydesk migrate, signed in as the schema's owner).",
        "error.dbServer.needsUpgrade",
        where);
  }

  /** {@code operation} exists for the embedded file only (H2's backup, restore, encryption). */
  public static DatabaseServerException fileOnly(String operation) {
    return new DatabaseServerException(
        operation + " works on the embedded database file only.",
        "error.teamMode.fileOnly",
        operation);
  }

  @Override
  public String messageKey() {
    return key;
  }

  @Override
  public Object[] messageArgs() {
    return args.clone();
  }
}
