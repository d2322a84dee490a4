package com.privacydesk.persistence;

/**
 * A database failure described without the SQL or the values: the drivers' own messages repeat
 * both, and the values can be personal data, so they are never put into a message or a log.
 */
public class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String safeMessage) {
    super(safeMessage);
  }

  /** Describes {@code cause} by its SQL state and vendor code only. */
  static DatabaseException scrubbed(String what, Throwable cause) {
    java.sql.SQLException sql = findSql(cause);
    String code =
        sql == null
            ? cause.getClass().getSimpleName()
            : "SQLState " + sql.getSQLState() + ", vendor code " + sql.getErrorCode();
    return new DatabaseException(what + " (" + code + ")");
  }

  static java.sql.SQLException findSql(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof java.sql.SQLException s) {
        return s;
      }
    }
    return null;
  }
}
