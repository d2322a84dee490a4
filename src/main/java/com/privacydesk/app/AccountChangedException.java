package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.domain.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in account was disabled, or its role changed, after sign-in: the session's role no
 * longer holds, so nothing was done (message {@code error.accountChanged.*}).
 */
public final class AccountChangedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final Role signedInAs;
  private final @Nullable Role now;

  /**
   * @param signedInAs the role the session signed in with
   * @param now the account's role now, or null when the account is disabled or gone
   */
  public AccountChangedException(Role signedInAs, @Nullable Role now) {
    super(
        now == null
            ? "The account has been disabled since it signed in."
            : "The account's role changed from "
                + signedInAs
                + " to "
                + now
                + " since it signed in.");
    this.signedInAs = signedInAs;
    this.now = now;
  }

  /** Whether the account may still sign in (with its new role). */
  public boolean disabled() {
    return now == null;
  }

  @Override
  public String messageKey() {
    return now == null ? "error.accountChanged.disabled" : "error.accountChanged.role";
  }

  @Override
  public Object[] messageArgs() {
    return now == null ? new Object[] {signedInAs} : new Object[] {signedInAs, now};
  }
}
