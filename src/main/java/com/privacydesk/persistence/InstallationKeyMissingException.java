package com.privacydesk.persistence;

import java.nio.file.Path;

/**
 * The database names an installation key whose file is not in the key folder: without it the audit
 * trail and the records' seals can be neither checked nor continued.
 */
public final class InstallationKeyMissingException extends DatabaseException
    implements com.privacydesk.app.port.UserFacingError {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String dir;

  InstallationKeyMissingException(Path keyDir, String id) {
    super(
        "This database's installation key is missing: the file "
            + InstallationKeys.file(keyDir, id).getFileName()
            + " is not in "
            + keyDir
            + ". Copy it there from your key backup or from the workstation that created the"
            + " database (or set "
            + InstallationKeys.ENV_DIR
            + " to the folder that holds it); see docs/security.md.");
    this.file = InstallationKeys.file(keyDir, id).getFileName().toString();
    this.dir = keyDir.toString();
  }

  @Override
  public String messageKey() {
    return "error.installationKeyMissing";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {file, dir, InstallationKeys.ENV_DIR};
  }
}
