package com.privacydesk.domain.intake;

import java.util.Set;

/**
 * Which recorded facts are personal data, and how they are shown masked (domain.md §5): enough to
 * tell two values apart and to recognise the right case, no more. Clear values are shown only on
 * request, with a reason, and audited.
 */
public final class PersonalData {
  /** The mask character run. */
  public static final String DOTS = "•••";

  /**
   * Facts that identify a person: contact details, the account reference, the opt-out address,
   * names of an attorney or of who determined a breach, and the breach circumstances.
   */
  public static final Set<String> FIELDS =
      Set.of(
          "accountRef", "replyContact", "email", "agentAuthority", "determinedBy", "description");

  private PersonalData() {}

  /** Whether fact {@code field} is personal data (masked until revealed). */
  public static boolean isPersonal(String field) {
    return FIELDS.contains(field);
  }

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
