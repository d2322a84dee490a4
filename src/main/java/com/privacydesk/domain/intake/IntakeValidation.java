package com.privacydesk.domain.intake;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Pure validation of intake forms: every error names its field; an empty list means valid. */
public final class IntakeValidation {
  public static final String EMAIL = "email";
  public static final String SCOPE = "scope";
  public static final String CATEGORIES = "categories";
  public static final String CHANNEL = "channel";
  public static final String RECEIVED = "received";

  public static final int MAX_CATEGORIES_LENGTH = 500;

  private IntakeValidation() {}

  /**
   * Checks an opt-out against the rules of domain.md §2.2.
   *
   * @param now the current local date-time in the company zone (receipt may not be later)
   */
  public static List<FieldError> validateOptOut(OptOutIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    if (in.email() == null || in.email().isBlank()) {
      errors.add(new FieldError(EMAIL, "required"));
    } else if (!EmailAddress.isValid(in.email())) {
      errors.add(new FieldError(EMAIL, "email.invalid"));
    }
    if (in.scope() == null) {
      errors.add(new FieldError(SCOPE, "required"));
    } else if (in.scope() == com.privacydesk.domain.OptOutScope.SELECTED_CATEGORIES) {
      String categories = in.categories() == null ? "" : in.categories().strip();
      if (categories.isEmpty()) {
        errors.add(new FieldError(CATEGORIES, "categories.required"));
      } else if (categories.length() > MAX_CATEGORIES_LENGTH) {
        errors.add(new FieldError(CATEGORIES, "text.too.long"));
      } else if (TextGuard.hasControlCharacters(categories)) {
        errors.add(new FieldError(CATEGORIES, "text.control"));
      }
    }
    if (in.channel() == null) {
      errors.add(new FieldError(CHANNEL, "required"));
    }
    if (in.receivedAt() == null) {
      errors.add(new FieldError(RECEIVED, "required"));
    } else if (in.receivedAt().isAfter(now)) {
      errors.add(new FieldError(RECEIVED, "received.future"));
    }
    return List.copyOf(errors);
  }
}
