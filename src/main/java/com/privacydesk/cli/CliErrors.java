package com.privacydesk.cli;

import com.privacydesk.app.AccessDeniedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.domain.intake.FieldError;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** One-line descriptions of failures, worded from the shared message bundle. */
final class CliErrors {
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");

  private CliErrors() {}

  static String describe(Throwable ex) {
    if (ex instanceof ValidationException v) {
      return v.errors().stream().map(CliErrors::describe).collect(Collectors.joining(" "));
    }
    if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
      return ex.getMessage();
    }
    // Our own exceptions carry safe, scrubbed messages; anything else is named by type only.
    if (ex.getClass().getPackageName().startsWith("com.privacydesk")) {
      return ex.getMessage();
    }
    return "unexpected error (" + ex.getClass().getSimpleName() + ")";
  }

  static String describe(FieldError e) {
    String field = text("field." + e.field(), e.field());
    return field + ": " + text("error." + e.code(), e.code());
  }

  private static String text(String key, String fallback) {
    return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : fallback;
  }
}
