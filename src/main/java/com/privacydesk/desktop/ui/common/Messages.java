package com.privacydesk.desktop.ui.common;

import com.privacydesk.app.RefusedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.domain.intake.FieldError;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Every UI string comes from the resource bundle through here. */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");

  private Messages() {}

  /** The bundle itself, for FXML loaders. */
  public static ResourceBundle bundle() {
    return BUNDLE;
  }

  /** The text for {@code key}, formatted with {@code args} when given. */
  public static String get(String key, Object... args) {
    String text = BUNDLE.containsKey(key) ? BUNDLE.getString(key) : key;
    return args.length == 0 ? text : MessageFormat.format(text, args);
  }

  /** Whether the bundle has {@code key}. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }

  /**
   * A code as a person reads it: a status, case type, action, value, choice or checklist item by
   * its label; the code itself only when the bundle has no label for it.
   */
  public static String word(String code) {
    for (String prefix :
        new String[] {"status.", "role.", "type.", "value.", "choice.", "channel."}) {
      if (BUNDLE.containsKey(prefix + code)) {
        return BUNDLE.getString(prefix + code);
      }
    }
    if (BUNDLE.containsKey("detail.action." + code)) {
      return BUNDLE.getString("detail.action." + code).replace("_", "").replace("\u2026", "");
    }
    if (BUNDLE.containsKey("checklist." + code)) {
      return checklistItem(code);
    }
    return code;
  }

  /**
   * How an enum constant is shown: {@code value.<NAME>}, else the type's own key, else the name.
   */
  public static String value(Enum<?> value) {
    String key = "value." + value.name();
    return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : value.name();
  }

  /** "16 days left", "due today" or "⚠ 3 days overdue", counted in calendar days from today. */
  public static String timeLeft(java.time.LocalDate today, java.time.LocalDate due) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(today, due);
    return days > 0
        ? get("due.left", days)
        : days == 0 ? get("due.today") : get("due.overdue", -days);
  }

  private static final java.util.regex.Pattern RULE_VERSION =
      java.util.regex.Pattern.compile("rules-([0-9.]+)/us-federal(?:\\+(\\d+)-([0-9a-f]+))?");

  /**
   * A case's rules and calendar version in words: {@code rules-2026.1/us-federal+1-219edd22} reads
   * "deadline rules 2026.1, US federal holidays and 1 company closure day (closure list 219edd22)".
   */
  public static String ruleVersion(String version) {
    java.util.regex.Matcher m = RULE_VERSION.matcher(version == null ? "" : version);
    if (!m.matches()) {
      return get("ruleVersion.unknown", version);
    }
    return m.group(2) == null
        ? get("ruleVersion.federal", m.group(1))
        : get("ruleVersion.closures", m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  /** The text of a field error, e.g. "Enter a valid email address, like name@example.com." */
  public static String of(FieldError error) {
    return get("error." + error.code());
  }

  /** The label of a checklist item by its stored key ({@code ITEM} or {@code ITEM:system}). */
  public static String checklistItem(String key) {
    int colon = key.indexOf(':');
    return colon < 0
        ? get("checklist." + key)
        : get("checklist." + key.substring(0, colon), key.substring(colon + 1));
  }

  /** A message for a failed service call that is safe to show (no SQL, no values). */
  public static String describe(Throwable ex) {
    if (ex instanceof ValidationException v) {
      return v.errors().stream()
          .map(Messages::of)
          .collect(java.util.stream.Collectors.joining(" "));
    }
    if (ex instanceof RefusedException r && r.refusal().code().equals("checklist.open")) {
      Object[] args = r.messageArgs();
      args[1] =
          java.util.Arrays.stream(args[1].toString().split(", "))
              .map(Messages::checklistItem)
              .collect(java.util.stream.Collectors.joining("; "));
      return get(r.messageKey(), args);
    }
    if (ex instanceof RefusedException r) {
      // a refusal names statuses, actions and types by their codes: show their labels
      Object[] args = r.messageArgs();
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof String code && code.matches("[A-Z][A-Z0-9_]+")) {
          args[i] = word(code);
        }
      }
      return get(r.messageKey(), args);
    }
    if (ex instanceof UserFacingError u) {
      // roles, statuses and types by their labels
      Object[] args = u.messageArgs();
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof Enum<?> code) {
          args[i] = word(code.name());
        }
      }
      return get(u.messageKey(), args);
    }
    if (ex.getClass().getPackageName().startsWith("com.privacydesk")) {
      return ex.getMessage();
    }
    return get("error.unexpected", ex.getClass().getSimpleName());
  }
}
