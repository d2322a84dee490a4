package com.privacydesk.desktop;

import com.privacydesk.app.port.UserFacingError;

/**
 * The window cannot be shown on this machine: no display, or no GTK 3 on Linux. Carries the
 * toolkit's own reason (a fixed text of JavaFX, never user data).
 */
public final class WindowUnavailableException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  WindowUnavailableException(String reason, Throwable cause) {
    super("The window cannot open here: " + reason, cause);
  }

  @Override
  public String messageKey() {
    return "error.window.unavailable";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {getCause().getMessage()};
  }
}
