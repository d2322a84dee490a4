package com.privacydesk.desktop.ui.common;

import java.util.List;
import java.util.Map;

/** "ann has this case open": who else has a case open now (team mode, issue 21). */
public final class Presence {
  private Presence() {}

  /** The sentence for case {@code caseId}, or "" when nobody else has it open. */
  public static String text(Map<Long, List<String>> presence, long caseId) {
    List<String> names = presence.getOrDefault(caseId, List.of());
    return switch (names.size()) {
      case 0 -> "";
      case 1 -> Messages.get("presence.one", names.getFirst());
      default ->
          Messages.get(
              "presence.many",
              String.join(", ", names.subList(0, names.size() - 1)),
              names.getLast());
    };
  }
}
