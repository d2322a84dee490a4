package com.privacydesk.domain.mail;

import com.privacydesk.domain.CaseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keyword table that suggests a request type for a message: plain phrases, tried in order on
 * the subject and then the text, case-insensitively; the first that occurs wins and is shown as the
 * reason ("matched “unsubscribe”"). Supervisors edit it (setting {@link #KEY}); a suggestion is
 * only a suggestion: the agent chooses the type.
 *
 * <p>Stored as one line per rule: {@code phrase => TYPE}.
 */
public record MailRules(List<Rule> rules) {
  /** The setting holding the table. */
  public static final String KEY = "mail.rules";

  /** The longest phrase a rule may have. */
  public static final int MAX_PHRASE = 100;

  /** One rule: when {@code phrase} occurs, suggest {@code type}. */
  public record Rule(String phrase, CaseType type) {}

  /** A suggestion and the phrase that made it. */
  public record Suggestion(CaseType type, String phrase) {}

  /** The table a new installation starts with. */
  public static final MailRules DEFAULTS =
      new MailRules(
          List.of(
              new Rule("shine the light", CaseType.CA_DISCLOSURE),
              new Rule("1798.83", CaseType.CA_DISCLOSURE),
              new Rule("do not call", CaseType.TELEMARKETING_DNC),
              new Rule("do-not-call", CaseType.TELEMARKETING_DNC),
              new Rule("my child", CaseType.CHILD_DATA_DELETION),
              new Rule("my son", CaseType.CHILD_DATA_DELETION),
              new Rule("my daughter", CaseType.CHILD_DATA_DELETION),
              new Rule("hacked", CaseType.PASSWORD_COMPROMISE),
              new Rule("password", CaseType.PASSWORD_COMPROMISE),
              new Rule("cpni", CaseType.CPNI_APPROVAL_WITHDRAWAL),
              new Rule("unsubscribe", CaseType.EMAIL_OPT_OUT),
              new Rule("opt out", CaseType.EMAIL_OPT_OUT),
              new Rule("opt-out", CaseType.EMAIL_OPT_OUT),
              new Rule("stop sending", CaseType.EMAIL_OPT_OUT)));

  public MailRules {
    rules = List.copyOf(rules);
  }

  /** The first rule whose phrase occurs in the subject, else in the text. */
  public Optional<Suggestion> suggest(String subject, String text) {
    for (String where : List.of(subject, text)) {
      String haystack = fold(where);
      for (Rule r : rules) {
        if (haystack.contains(fold(r.phrase()))) {
          return Optional.of(new Suggestion(r.type(), r.phrase()));
        }
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The table as stored: one {@code phrase => TYPE} line per rule. */
  public String format() {
    StringBuilder b = new StringBuilder();
    for (Rule r : rules) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      b.append(r.phrase()).append(" => ").append(r.type().name());
    }
    return b.toString();
  }

  /** A line that could not be read, by its number (1-based) and why. */
  public record LineError(int line, String code) {}

  /** Reads a stored or edited table; {@code errors} receives the lines that are wrong. */
  public static MailRules parse(String text, List<LineError> errors) {
    List<Rule> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int arrow = line.lastIndexOf("=>");
      if (arrow < 0) {
        errors.add(new LineError(i + 1, "mailRule.format"));
        continue;
      }
      String phrase = line.substring(0, arrow).strip();
      String type = line.substring(arrow + 2).strip();
      if (phrase.length() < 3 || phrase.length() > MAX_PHRASE) {
        errors.add(new LineError(i + 1, "mailRule.phrase"));
        continue;
      }
      try {
        out.add(new Rule(phrase, CaseType.valueOf(type)));
      } catch (IllegalArgumentException e) {
        errors.add(new LineError(i + 1, "mailRule.type"));
      }
    }
    return new MailRules(out);
  }

  /** Reads the stored table, skipping what cannot be read (validated when saved). */
  public static MailRules parse(String text) {
    return parse(text, new ArrayList<>());
  }
}
