package com.privacydesk.app.reports;

import com.privacydesk.domain.CaseType;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels for report rows: the same words the window uses for types, channels and outcomes. */
final class ReportText {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");

  private ReportText() {}

  static String type(CaseType type) {
    return BUNDLE.getString("type." + type.name());
  }

  /** The label of an enum value ({@code value.X}), or the code itself when there is none. */
  static String value(String code) {
    return label("value.", code);
  }

  /** The label of a checklist choice ({@code choice.X}), or the code itself. */
  static String choice(String code) {
    return label("choice.", code);
  }

  /** The label of a case status ({@code status.X}). */
  static String status(String code) {
    return label("status.", code);
  }

  private static String label(String prefix, String code) {
    try {
      return BUNDLE.getString(prefix + code);
    } catch (MissingResourceException e) {
      return code;
    }
  }
}
