package com.privacydesk.persistence;

import java.nio.file.Path;

/**
 * The data folder held a database whose file is now missing or empty: PrivacyDesk does not start a
 * new, empty one in its place (issue 23, point 12).
 */
public final class DatabaseMissingException extends DatabaseException
    implements com.privacydesk.app.port.UserFacingError {
  private static final long serialVersionUID = 1L;

  private final String dir;
  private final String marker;

  DatabaseMissingException(Path dataDir, Path marker) {
    super(
        "The data folder "
            + dataDir
            + " held a PrivacyDesk database, and its file is now missing or empty. Restore it from"
            + " a backup (move an empty privacydesk.mv.db away, then restore BACKUP.zip into this"
            + " folder); PrivacyDesk will not start a new, empty database in its place. To start"
            + " afresh on purpose, delete "
            + marker
            + ".");
    this.dir = dataDir.toString();
    this.marker = marker.toString();
  }

  @Override
  public String messageKey() {
    return "error.databaseMissing";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {dir, marker};
  }
}
