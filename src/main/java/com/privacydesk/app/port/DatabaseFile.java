package com.privacydesk.app.port;

import java.nio.file.Path;

/** The database as a whole, for copying it. */
public interface DatabaseFile {
  /** Writes a consistent copy of the whole database to {@code file} while others keep working. */
  void backupTo(Path file);
}
