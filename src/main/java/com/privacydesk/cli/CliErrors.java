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

  private static final int TRACE_FRAMES = 6;

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

  /**
   * The exception's types and top stack frames, causes included, without any message: a log line
   * that locates a failure without quoting the data it may have been about.
   */
  static String trace(Throwable ex) {
    var out = new StringBuilder();
    for (Throwable t = ex; t != null; t = t.equals(t.getCause()) ? null : t.getCause()) {
      if (!out.isEmpty()) {
        out.append(" caused by ");
      }
      out.append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(TRACE_FRAMES, frames.length); i++) {
        out.append(" at ").append(frames[i]);
      }
    }
    return out.toString();
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
