package com.privacydesk.app.cases;

import com.privacydesk.app.port.UserFacingError;

/**
 * An import file that cannot be read as a whole: no email column, not CSV, not UTF-8, or not
 * readable at all. Nothing of it was imported. Carries the line where reading stopped, if known.
 */
public final class ImportFileException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;

  ImportFileException(String key, Object... args) {
    super("import file refused: " + key);
    this.key = key;
    this.args = args.clone();
  }

  @Override
  public String messageKey() {
    return "error." + key;
  }

  @Override
  public Object[] messageArgs() {
    return args.clone();
  }
}
