package com.privacydesk.persistence;

import com.privacydesk.app.port.UserFacingError;

/** The database is encrypted and no key, or a wrong key, was given. */
public final class DatabaseKeyException extends DatabaseException implements UserFacingError {
  private static final long serialVersionUID = 1L;
  private final String key;

  private DatabaseKeyException(String message, String key) {
    super(message);
    this.key = key;
  }

  /** The key given does not open the database. */
  static DatabaseKeyException wrong() {
    return new DatabaseKeyException(
        "The database key is wrong: the database was not opened.", "error.dbKey.wrong");
  }

  /** The database is encrypted and needs its key. */
  static DatabaseKeyException required() {
    return new DatabaseKeyException(
        "This database is encrypted: give its key (PRIVACYDESK_DB_KEY or --db-key-file).",
        "error.dbKey.required");
  }

  /** A key was given for a database that is not encrypted. */
  static DatabaseKeyException notEncrypted() {
    return new DatabaseKeyException(
        "This database is not encrypted: run without a key, or encrypt it with the encrypt"
            + " command.",
        "error.dbKey.notEncrypted");
  }

  @Override
  public String messageKey() {
    return key;
  }
}
