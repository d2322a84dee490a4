package com.privacydesk.persistence;

import com.privacydesk.app.port.UserFacingError;
import java.nio.file.Path;

/** Another PrivacyDesk process already has this data folder open. */
public final class DataDirInUseException extends DatabaseException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final Path dataDir;

  public DataDirInUseException(Path dataDir) {
    super(
        "The PrivacyDesk data folder "
            + dataDir
            + " is already open in another PrivacyDesk window or command. Close that one first,"
            + " or choose another folder with --data-dir.");
    this.dataDir = dataDir;
  }

  @Override
  public String messageKey() {
    return "error.dataDirInUse";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {dataDir.toString()};
  }
}
