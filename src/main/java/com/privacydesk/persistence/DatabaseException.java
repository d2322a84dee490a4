package com.privacydesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A database failure described without the SQL or the values: the drivers' own messages repeat
 * both, and the values can be personal data, so they are never put into a message or a log. What a
 * user can meet (a damaged file, a read-only folder, a full disk) is said in words with what to do;
 * the SQL state and vendor code follow in brackets for whoever supports them.
 */
public class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Below this much free space on the data folder's disk, a failed write is taken as a full disk.
   */
  static final long FULL_BELOW_BYTES = 16L * 1024 * 1024;

  /** H2's codes for a write that failed below SQL (general error, I/O errors, closed after one). */
  private static final java.util.Set<Integer> WRITE_FAILURES =
      java.util.Set.of(50000, 90028, 90031, 90098);

  public DatabaseException(String safeMessage) {
    super(safeMessage);
  }

  /** Describes {@code cause} by its SQL state and vendor code only. */
  static DatabaseException scrubbed(String what, Throwable cause) {
    return scrubbed(what, cause, null);
  }

  /**
   * Describes {@code cause} in words where its state is one a user can meet, by its SQL state and
   * vendor code otherwise; {@code dataDir}, when given (the embedded database), is checked for a
   * full disk.
   */
  static DatabaseException scrubbed(String what, Throwable cause, Path dataDir) {
    java.sql.SQLException sql = findSql(cause);
    String code =
        sql == null
            ? cause.getClass().getSimpleName()
            : "SQLState " + sql.getSQLState() + ", vendor code " + sql.getErrorCode();
    String words =
        sql == null || WRITE_FAILURES.contains(sql.getErrorCode()) ? diskFull(dataDir) : null;
    if (words == null && sql != null) {
      words = inWords(sql.getErrorCode());
    }
    if (words == null && (sql == null || sql.getSQLState() == null) && fromTheFileStore(cause)) {
      // H2's storage layer failed below SQL: no state, no vendor code
      words = STORE_FAILED;
    }
    return new DatabaseException(
        words == null ? what + " (" + code + ")" : what + ". " + words + " (" + code + ")");
  }

  static final String STORE_FAILED =
      "The database file could not be read or written as expected: it may be damaged, or its disk"
          + " failing. Close PrivacyDesk and run verify-audit; if the file does not open or does"
          + " not verify, restore the latest backup into a new data folder";

  /** Whether {@code t} or a cause is an error of H2's file store (MVStore). */
  static boolean fromTheFileStore(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getName().startsWith("org.h2.mvstore.")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence for an H2 error code a user can meet, or null. */
  static String inWords(int h2Code) {
    return switch (h2Code) {
      case 90030 ->
          "The database file is damaged and cannot be read. Restore the latest backup into a new"
              + " data folder (privacydesk --data-dir NEW_FOLDER restore BACKUP_FILE), or ask your"
              + " administrator";
      case 90097 ->
          "The database cannot be written: its file or folder is read-only. Check the folder's"
              + " permissions and whether its disk is mounted read-only; nothing was saved";
      case 90098 ->
          "The database was closed after a write failed (often a full disk); nothing more was"
              + " saved. Close PrivacyDesk, make room or repair the disk, then start it again";
      case 90028, 90031 ->
          "The disk could not read or write the database file (an input/output error). Check the"
              + " disk; nothing was saved";
      case 90020 ->
          "The database is open in another PrivacyDesk on this computer. Close that one first";
      default -> null;
    };
  }

  /** "The disk holding DIR is full (N MB free)…" when it is, else null. */
  static String diskFull(Path dataDir) {
    if (dataDir == null) {
      return null;
    }
    try {
      long free = Files.getFileStore(dataDir).getUsableSpace();
      if (free >= FULL_BELOW_BYTES) {
        return null;
      }
      return "The disk holding "
          + dataDir.toAbsolutePath()
          + " is full ("
          + free / (1024 * 1024)
          + " MB free). Free some space on it, then try again";
    } catch (IOException | RuntimeException e) {
      return null;
    }
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
