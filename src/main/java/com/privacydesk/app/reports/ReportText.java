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
    try {
      return BUNDLE.getString("value." + code);
    } catch (MissingResourceException e) {
      return code;
    }
  }
}
