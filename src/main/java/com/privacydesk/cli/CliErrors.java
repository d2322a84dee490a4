package com.privacydesk.cli;

import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.domain.intake.FieldError;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The CLI's words: one-line descriptions of failures and messages, from the shared bundle. */
final class CliErrors {
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");

  private CliErrors() {}

  static String describe(Throwable ex) {
    if (ex instanceof ValidationException v) {
      return v.errors().stream().map(CliErrors::describe).collect(Collectors.joining(" "));
    }
    if (ex instanceof UserFacingError u) {
      return text(u.messageKey(), u.messageArgs());
    }
    // Our own exceptions carry safe, scrubbed messages; anything else is named by type only.
    if (ex.getClass().getPackageName().startsWith("com.privacydesk")) {
      return ex.getMessage();
    }
    return text("error.unexpected", ex.getClass().getSimpleName());
  }

  static String describe(FieldError e) {
    String field = textOr("field." + e.field(), e.field());
    return field + ": " + textOr("error." + e.code(), e.code());
  }

  private static String textOr(String key, String fallback) {
    return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : fallback;
  }

  /** The bundle text for {@code key}, formatted with {@code args}. */
  static String text(String key, Object... args) {
    return java.text.MessageFormat.format(MESSAGES.getString(key), args);
  }
}
