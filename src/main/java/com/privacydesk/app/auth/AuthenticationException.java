package com.privacydesk.app.auth;

import com.privacydesk.app.port.UserFacingError;

/** Wrong name or password, or a disabled account; deliberately does not say which. */
public final class AuthenticationException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  public AuthenticationException() {
    super("Unknown user name or wrong password.");
  }

  @Override
  public String messageKey() {
    return "error.signIn";
  }
}
