package com.privacydesk.domain.user;

import com.privacydesk.domain.intake.FieldError;
import java.util.Optional;

/** Minimum strength for account passwords (length over composition, as NIST SP 800-63B advises). */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** An error when the password is too short or too long, else empty. */
  public static Optional<FieldError> validate(String field, char[] password) {
    if (password == null || password.length == 0) {
      return Optional.of(new FieldError(field, "required"));
    }
    if (password.length < MIN_LENGTH) {
      return Optional.of(new FieldError(field, "password.short"));
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of(new FieldError(field, "password.long"));
    }
    return Optional.empty();
  }
}
