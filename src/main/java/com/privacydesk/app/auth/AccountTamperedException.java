package com.privacydesk.app.auth;

import com.privacydesk.app.port.UserFacingError;

/**
 * Sign-in refused: the account's record was changed outside PrivacyDesk (its role, password or
 * state no longer match their seal), so nothing it says is trusted until an administrator checks
 * it.
 */
public final class AccountTamperedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  public AccountTamperedException() {
    super(
        "This account was changed outside PrivacyDesk, so signing in with it is refused. An"
            + " administrator must check it (verify-audit).");
  }

  @Override
  public String messageKey() {
    return "error.signIn.tampered";
  }
}
