package com.privacydesk.app.auth;

/** Wrong name or password, or a disabled account; deliberately does not say which. */
public final class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException() {
    super("Unknown user name or wrong password.");
  }
}
