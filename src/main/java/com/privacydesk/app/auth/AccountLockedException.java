package com.privacydesk.app.auth;

import com.privacydesk.app.port.UserFacingError;

/** Sign-in refused because of too many wrong passwords in a row; says for how long. */
public final class AccountLockedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;
  private final int attempts;
  private final long minutesLeft;

  public AccountLockedException(int attempts, long minutesLeft) {
    super(
        "This account is locked after "
            + attempts
            + " failed sign-ins; try again in "
            + minutesLeft
            + " minutes.");
    this.attempts = attempts;
    this.minutesLeft = minutesLeft;
  }

  /** Minutes (rounded up) until sign-in is possible again. */
  public long minutesLeft() {
    return minutesLeft;
  }

  @Override
  public String messageKey() {
    return "error.locked";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {attempts, minutesLeft};
  }
}
