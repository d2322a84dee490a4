package com.privacydesk.domain.audit;

import java.util.Locale;

/** An audited record named for people: "case #12", "user #3", "the settings". */
public final class RecordName {
  private RecordName() {}

  /** The record {@code id} of {@code entity} (as audit entries name it), in lower case. */
  public static String of(String entity, long id) {
    return switch (entity) {
      case "CASE" -> "case #" + id;
      case "USER" -> "user #" + id;
      case "SETTING" -> "the settings";
      case "TEMPLATE" -> "the letter templates";
      case "REGISTER" -> "the disclosure register of " + id;
      case "MONTH" ->
          "the frozen report of " + id / 100 + "-" + String.format(Locale.ROOT, "%02d", id % 100);
      case "MAILBOX" -> "mailbox #" + id;
      case "MAIL" -> "incoming message #" + id;
      default -> entity.toLowerCase(Locale.ROOT) + " #" + id;
    };
  }

  /** The same, to start a sentence: "Case #12". */
  public static String capitalised(String entity, long id) {
    String name = of(entity, id);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
