package com.privacydesk.desktop.ui.detail;

import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.audit.AuditEntry;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's detail in words. The trail records a fixed technical form ("status: NEW ->
 * IN_PROGRESS; action=START_WORK"), which is part of the hash chain and never changes; the timeline
 * shows it the way a person reads it ("New → In progress · Start work").
 */
final class TimelineText {
  private static final Pattern ASSIGN = Pattern.compile("assignee: (\\S+) -> (\\S+)");
  private static final Pattern TICK = Pattern.compile("([A-Z0-9_]+(?::[^:]+)?): (.+) -> (.+)");
  private static final Pattern TICK_STATE =
      Pattern.compile("done(?: (\\d{4}-\\d{2}-\\d{2}))?(?: ([A-Z0-9_]+))?");
  private static final Pattern FIELD = Pattern.compile("^([a-z][A-Za-z]+): ");
  private static final Pattern TOKEN =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");

  private TimelineText() {}

  static String describe(AuditEntry e, Map<Long, String> userNames) {
    String d = e.detail();
    if (d == null || d.isBlank()) {
      return "";
    }
    switch (e.action()) {
      case "CASE_ASSIGN" -> {
        Matcher m = ASSIGN.matcher(d);
        if (m.matches()) {
          return Messages.get(
              "timeline.assign", user(m.group(1), userNames), user(m.group(2), userNames));
        }
      }
      case "CHECKLIST_TICK", "CHECKLIST_UNTICK" -> {
        Matcher m = TICK.matcher(d);
        if (m.matches()) {
          return Messages.get(
              "timeline.tick",
              Messages.checklistItem(m.group(1)),
              tickState(m.group(2)),
              tickState(m.group(3)));
        }
      }
      default -> {
        // every other entry: its codes in words
      }
    }
    return words(d);
  }

  private static String user(String id, Map<Long, String> names) {
    if (id.equals("null")) {
      return Messages.get("timeline.unassigned");
    }
    try {
      String name = names.get(Long.parseLong(id));
      return name != null ? name : Messages.get("timeline.user", id);
    } catch (NumberFormatException e) {
      return id;
    }
  }

  private static String tickState(String state) {
    if (state.equals("open")) {
      return Messages.get("timeline.open");
    }
    Matcher m = TICK_STATE.matcher(state);
    if (!m.matches()) {
      return words(state);
    }
    StringBuilder b = new StringBuilder(Messages.get("timeline.done"));
    if (m.group(1) != null) {
      b.append(' ').append(m.group(1));
    }
    if (m.group(2) != null) {
      b.append(", ").append(Messages.word(m.group(2)));
    }
    return b.toString();
  }

  /** Codes replaced by their labels, arrows drawn, {@code key=value} written as "key: value". */
  static String words(String detail) {
    String text = detail;
    Matcher field = FIELD.matcher(text);
    if (field.find()) {
      String name = field.group(1);
      String key = Messages.has("field." + name) ? "field." + name : "timeline.key." + name;
      if (Messages.has(key)) {
        text = Messages.get(key) + ": " + text.substring(field.end());
      }
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Messages.word(m.group())));
    }
    m.appendTail(out);
    return out.toString()
        .replace(" -> ", " \u2192 ")
        .replace("null", Messages.get("timeline.none"))
        .replaceAll("\\b(action|outcome|method|reason|on|import|line|letter)=", "$1: ");
  }
}
