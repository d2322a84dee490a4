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

  /**
   * Facts that are not personal data: how a request came in and what kind it is, what was checked,
   * dates of the company's own acts. Every fact a case shows is in exactly one of the two sets.
   */
  public static final Set<String> NOT_PERSONAL =
      Set.of(
          "channel",
          "requesterKind",
          "scope",
          "categories",
          "designated",
          "residencyBasis",
          "personalRelationship",
          "trigger",
          "under13Basis",
          "parentVerification",
          "authentication",
          "determinedOn",
          "lawEnforcementNotifiedOn");

  private PersonalData() {}

  /**
   * Whether fact {@code field} is personal data (masked until revealed). Fail-closed: a fact that
   * is not classified as not personal, such as a new type's field nobody classified yet, is treated
   * as personal and masked.
   */
  public static boolean isPersonal(String field) {
    return !NOT_PERSONAL.contains(field);
  }

  /** Whether {@code field} was classified at all (a test keeps every shown fact classified). */
  public static boolean isClassified(String field) {
    return FIELDS.contains(field) || NOT_PERSONAL.contains(field);
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
