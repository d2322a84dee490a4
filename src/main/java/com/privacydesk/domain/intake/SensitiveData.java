package com.privacydesk.domain.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the tracker must never store in free text: SSNs, payment card numbers (Luhn-valid) and
 * birth dates. Errs on the side of refusing: the agent can always rephrase.
 */
public final class SensitiveData {
  /** What was found. */
  public enum Kind {
    SSN,
    CARD_NUMBER,
    BIRTH_DATE
  }

  // 123-45-6789, 123 45 6789 or 9 digits in a row after "ssn"/"social"; area 000, 666, 9xx invalid.
  private static final Pattern SSN_DASHED =
      Pattern.compile(
          "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}[- ](?!00)\\d{2}[- ](?!0000)\\d{4}(?![\\d-])");
  private static final Pattern SSN_WORDED =
      Pattern.compile(
          "(?i)\\b(ssn|social security|soc\\.? ?sec)\\D{0,20}\\d{3}\\D?\\d{2}\\D?\\d{4}");
  private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");
  private static final Pattern BIRTH_WORD =
      Pattern.compile(
          "(?i)\\b(dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born( on)?)\\b\\W{0,5}"
              + "(\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|[a-z]{3,9}\\.? \\d{1,2},? \\d{2,4}|\\d{1,2} [a-z]{3,9}\\.? \\d{2,4})");

  private SensitiveData() {}

  /** The first kind of sensitive data in {@code text}, if any. */
  public static Optional<Kind> findIn(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (SSN_DASHED.matcher(text).find() || SSN_WORDED.matcher(text).find()) {
      return Optional.of(Kind.SSN);
    }
    Matcher digits = DIGIT_RUN.matcher(text);
    while (digits.find()) {
      if (luhn(digits.group().replaceAll("[ -]", ""))) {
        return Optional.of(Kind.CARD_NUMBER);
      }
    }
    if (BIRTH_WORD.matcher(text).find()) {
      return Optional.of(Kind.BIRTH_DATE);
    }
    return Optional.empty();
  }

  /** The message code for a field holding {@code kind}: {@code text.ssn} etc. */
  public static String code(Kind kind) {
    return "text." + kind.name().toLowerCase(Locale.ROOT).replace("_number", "").replace("_", "");
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
