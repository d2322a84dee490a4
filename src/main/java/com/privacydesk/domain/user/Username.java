package com.privacydesk.domain.user;

import com.privacydesk.domain.intake.FieldError;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for login names: short, plain, case-insensitive. */
public final class Username {
  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

  private Username() {}

  /** Lower-cases and trims a typed name so logins are case-insensitive. */
  public static String normalize(String raw) {
    return raw == null ? "" : raw.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** An error when the (normalised) name cannot be used, else empty. */
  public static Optional<FieldError> validate(String field, String raw) {
    String name = normalize(raw);
    if (name.isEmpty()) {
      return Optional.of(new FieldError(field, "required"));
    }
    if (!ALLOWED.matcher(name).matches()) {
      return Optional.of(new FieldError(field, "username.format"));
    }
    return Optional.empty();
  }
}
