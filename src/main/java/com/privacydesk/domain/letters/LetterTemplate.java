package com.privacydesk.domain.letters;

import com.privacydesk.domain.intake.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of a letter's text: a subject and a body with merge fields written {@code
 * {{case.number}}}. Only the fields of {@link #FIELDS} exist; there is no logic in a template.
 */
public record LetterTemplate(LetterKind kind, int version, String subject, String body) {
  /** The merge fields, with what each becomes, in the order the editor lists them. */
  public static final Map<String, String> FIELDS = fields();

  private static Map<String, String> fields() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("case.number", "the case number, e.g. 10442");
    m.put("case.received", "the date the request was received (2026-11-20)");
    m.put("letter.date", "the date the letter is written");
    m.put("recipient", "the contact the reply goes to (empty if none is recorded)");
    m.put("optout.email", "the opted-out address (opt-outs)");
    m.put("optout.scope", "what the opt-out covers (opt-outs)");
    m.put("register.year", "the register year answered (CA responses)");
    m.put("register.categories", "the categories disclosed, one per line (CA responses)");
    m.put(
        "register.recipients",
        "the third parties: name, address, example products, one per line (CA responses)");
    return java.util.Collections.unmodifiableMap(m);
  }

  static final int MAX_SUBJECT = 200;
  static final int MAX_BODY = 20_000;
  private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  /** The merge fields {@code text} uses, in order of first use. */
  public static Set<String> fieldsIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = FIELD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** What is wrong with the text: empty parts, length, unknown merge fields, control characters. */
  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    check(errors, "subject", subject, MAX_SUBJECT, false);
    check(errors, "body", body, MAX_BODY, true);
    return errors;
  }

  private static void check(
      List<FieldError> errors, String field, String text, int max, boolean multiLine) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "required"));
      return;
    }
    if (text.length() > max) {
      errors.add(new FieldError(field, "text.too.long"));
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\t' || c == '\r'))) {
        errors.add(new FieldError(field, "text.control"));
        return;
      }
    }
    for (String f : fieldsIn(text)) {
      if (!FIELDS.containsKey(f)) {
        errors.add(new FieldError(field, "template.unknownField"));
        return;
      }
    }
  }

  /** The subject with the merge fields filled in. */
  public String renderSubject(Map<String, String> values) {
    return render(subject, values);
  }

  /** The body with the merge fields filled in. */
  public String renderBody(Map<String, String> values) {
    return render(body, values);
  }

  private static String render(String text, Map<String, String> values) {
    Matcher m = FIELD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
