package com.privacydesk.persistence;

import java.util.Locale;

/** An audited record named for people: "Case #12", "User #3", "The settings". */
final class RecordNames {
  private RecordNames() {}

  static String of(String entity, long id) {
    return switch (entity) {
      case "CASE" -> "Case #" + id;
      case "USER" -> "User #" + id;
      case "SETTING" -> "The settings";
      case "TEMPLATE" -> "The letter templates";
      case "REGISTER" -> "The disclosure register of " + id;
      default -> entity.charAt(0) + entity.substring(1).toLowerCase(Locale.ROOT) + " #" + id;
    };
  }
}
