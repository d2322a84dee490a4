package com.privacydesk.persistence;

import java.nio.file.Path;

/** Another PrivacyDesk process already has this data folder open. */
public final class DataDirInUseException extends DatabaseException {
  private static final long serialVersionUID = 1L;

  public DataDirInUseException(Path dataDir) {
    super(
        "The PrivacyDesk data folder "
            + dataDir
            + " is already open in another PrivacyDesk window or command. Close that one first,"
            + " or choose another folder with --data-dir.");
  }
}
