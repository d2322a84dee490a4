package com.privacydesk.app.port;

import java.nio.file.Path;

/** The database as a whole, for copying it. */
public interface DatabaseFile {
  /** Writes a consistent copy of the whole database to {@code file} while others keep working. */
  void backupTo(Path file);

  /**
   * Has what deleted rows left in the file's free space overwritten: the embedded file is rewritten
   * without it when the database closes (or, after a crash, when it next opens). The server's
   * database (PostgreSQL) is its administrator's to vacuum; nothing happens there.
   */
  void wipeFreedSpace();
}
