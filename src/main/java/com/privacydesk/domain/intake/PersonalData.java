package com.privacydesk.domain.intake;

/**
 * How personal data is shown masked (domain.md §5): enough to tell two values apart and to
 * recognise the right case, no more. Which facts are personal, each type's spec declares ({@code
 * domain.types.RequestTypes#isPersonal}); clear values are shown only on request, with a reason,
 * and audited.
 */
public final class PersonalData {
  /** The mask character run. */
  public static final String DOTS = "•••";

  private PersonalData() {}

  /**
   * The masked form of {@code value}: {@code j•••@example.com} for an address, {@code A•••2 (5
   * characters)} for other text ({@code A•••} when shorter than 5); "(none)" for no value.
   */
  public static String mask(String value) {
    if (value == null || value.isEmpty()) {
      return "(none)";
    }
    int at = value.lastIndexOf('@');
    if (at > 0 && value.indexOf(' ') < 0) {
      return value.substring(0, value.offsetByCodePoints(0, 1)) + DOTS + value.substring(at);
    }
    int length = value.codePointCount(0, value.length());
    String first = value.substring(0, value.offsetByCodePoints(0, 1));
    if (length < 5) {
      return first + DOTS;
    }
    String last = value.substring(value.offsetByCodePoints(value.length(), -1));
    return first + DOTS + last + " (" + length + " characters)";
  }
}
