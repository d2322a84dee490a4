package com.privacydesk.domain.intake;

import com.privacydesk.domain.OptOutScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Pure validation of intake forms: every error names its field; an empty list means valid. */
public final class IntakeValidation {
  public static final String EMAIL = "email";
  public static final String SCOPE = "scope";
  public static final String CATEGORIES = "categories";
  public static final String CHANNEL = "channel";
  public static final String RECEIVED = "received";
  public static final String REQUESTER = "requesterKind";
  public static final String ACCOUNT = "accountRef";
  public static final String CONTACT = "replyContact";
  public static final String RESIDENCY = "residencyBasis";
  public static final String RELATIONSHIP = "personalRelationship";
  public static final String AUTHORITY = "agentAuthority";
  public static final String TRIGGER = "trigger";
  public static final String UNDER13 = "under13Basis";
  public static final String PARENT_VERIFICATION = "parentVerification";
  public static final String AUTHENTICATION = "authentication";
  public static final String DETERMINED_ON = "determinedOn";
  public static final String DETERMINED_BY = "determinedBy";
  public static final String DESCRIPTION = "description";
  public static final String NOTIFIED_ON = "lawEnforcementNotifiedOn";

  public static final int MAX_CATEGORIES_LENGTH = 500;
  public static final int MAX_CONTACT_LENGTH = 200;
  public static final int MAX_SHORT_TEXT = 500;
  public static final int MAX_DESCRIPTION = 4000;

  /** Internal references look like ACC-12345: letters, digits, dashes; never an SSN or card. */
  private static final Pattern ACCOUNT_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,39}");

  private IntakeValidation() {}

  /**
   * Checks an opt-out against the rules of domain.md §2.2.
   *
   * @param now the current local date-time in the company zone (receipt may not be later)
   */
  public static List<FieldError> validateOptOut(OptOutIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    if (in.email() == null || in.email().isBlank()) {
      errors.add(new FieldError(EMAIL, "required"));
    } else if (!EmailAddress.isValid(in.email())) {
      errors.add(new FieldError(EMAIL, "email.invalid"));
    }
    if (in.scope() == null) {
      errors.add(new FieldError(SCOPE, "required"));
    } else if (in.scope() == OptOutScope.SELECTED_CATEGORIES) {
      String categories = in.categories() == null ? "" : in.categories().strip();
      if (categories.isEmpty()) {
        errors.add(new FieldError(CATEGORIES, "categories.required"));
      } else {
        freeText(errors, CATEGORIES, categories, MAX_CATEGORIES_LENGTH);
      }
    }
    if (in.channel() == null) {
      errors.add(new FieldError(CHANNEL, "required"));
    }
    received(errors, in.receivedAt(), now);
    return List.copyOf(errors);
  }

  /** CA "Shine the Light" (§2.1): residency basis, relationship, and an agent's authority. */
  public static List<FieldError> validateCaDisclosure(CaDisclosureIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    common(errors, in.common(), now, true, true);
    if (in.common().requesterKind() == RequesterKind.PARENT) {
      errors.add(new FieldError(REQUESTER, "requester.notForType"));
    }
    if (in.residencyBasis() == null) {
      errors.add(new FieldError(RESIDENCY, "required"));
    }
    String authority = in.agentAuthority();
    if (authority != null && !authority.isBlank()) {
      freeText(errors, AUTHORITY, authority, MAX_SHORT_TEXT);
    } else if (in.common().requesterKind() == RequesterKind.AUTHORIZED_AGENT) {
      errors.add(new FieldError(AUTHORITY, "authority.required"));
    }
    return List.copyOf(errors);
  }

  /** COPPA (§2.3): trigger, how "under 13" is known, and how the parent was verified. */
  public static List<FieldError> validateChildDeletion(ChildDeletionIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    boolean parentAsked = in.trigger() == CoppaTrigger.PARENT_REQUEST;
    common(errors, in.common(), now, true, parentAsked);
    if (in.trigger() == null) {
      errors.add(new FieldError(TRIGGER, "required"));
    }
    if (in.under13Basis() == null) {
      errors.add(new FieldError(UNDER13, "required"));
    }
    if (in.parentVerification() == null) {
      errors.add(new FieldError(PARENT_VERIFICATION, "required"));
    } else if (parentAsked && in.parentVerification() == ParentVerification.NOT_REQUIRED) {
      errors.add(new FieldError(PARENT_VERIFICATION, "verification.requiredForParent"));
    }
    if (parentAsked
        && in.common().requesterKind() != null
        && in.common().requesterKind() != RequesterKind.PARENT) {
      errors.add(new FieldError(REQUESTER, "requester.parentExpected"));
    }
    return List.copyOf(errors);
  }

  /** Password compromise (§2.4): an allowed authentication method and the account. */
  public static List<FieldError> validatePasswordCompromise(
      PasswordCompromiseIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    common(errors, in.common(), now, true, false);
    if (in.authentication() == null) {
      errors.add(new FieldError(AUTHENTICATION, "required"));
    }
    return List.copyOf(errors);
  }

  /**
   * CPNI breach (§2.5).
   *
   * @param passwordCaseReceived the received date of the password-compromise case it escalates
   */
  public static List<FieldError> validateCpniBreach(
      CpniBreachIntake in, LocalDate passwordCaseReceived, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (in.determinedOn() == null) {
      errors.add(new FieldError(DETERMINED_ON, "required"));
    } else if (in.determinedOn().isAfter(today)) {
      errors.add(new FieldError(DETERMINED_ON, "date.future"));
    } else if (in.determinedOn().isBefore(passwordCaseReceived)) {
      errors.add(new FieldError(DETERMINED_ON, "determined.beforeReport"));
    }
    if (blank(in.determinedBy())) {
      errors.add(new FieldError(DETERMINED_BY, "required"));
    } else {
      freeText(errors, DETERMINED_BY, in.determinedBy(), 120);
    }
    if (blank(in.description())) {
      errors.add(new FieldError(DESCRIPTION, "required"));
    } else {
      freeText(errors, DESCRIPTION, in.description(), MAX_DESCRIPTION);
    }
    LocalDate notified = in.lawEnforcementNotifiedOn();
    if (notified != null) {
      if (notified.isAfter(today)) {
        errors.add(new FieldError(NOTIFIED_ON, "date.future"));
      } else if (in.determinedOn() != null && notified.isBefore(in.determinedOn())) {
        errors.add(new FieldError(NOTIFIED_ON, "notified.beforeDetermination"));
      }
    }
    return List.copyOf(errors);
  }

  /**
   * Checks the facts every type records (channel, receipt, requester, account, contact), adding to
   * {@code errors}.
   */
  public static void common(
      List<FieldError> errors,
      CommonIntake c,
      LocalDateTime now,
      boolean accountRequired,
      boolean contactRequired) {
    if (c.channel() == null) {
      errors.add(new FieldError(CHANNEL, "required"));
    }
    received(errors, c.receivedAt(), now);
    if (c.requesterKind() == null) {
      errors.add(new FieldError(REQUESTER, "required"));
    }
    if (blank(c.accountRef())) {
      if (accountRequired) {
        errors.add(new FieldError(ACCOUNT, "required"));
      }
    } else if (SensitiveData.findIn(c.accountRef()).isPresent()) {
      errors.add(
          new FieldError(ACCOUNT, SensitiveData.code(SensitiveData.findIn(c.accountRef()).get())));
    } else if (!ACCOUNT_REF.matcher(c.accountRef().strip()).matches()) {
      errors.add(new FieldError(ACCOUNT, "account.format"));
    }
    if (blank(c.replyContact())) {
      if (contactRequired) {
        errors.add(new FieldError(CONTACT, "required"));
      }
    } else {
      freeText(errors, CONTACT, c.replyContact(), MAX_CONTACT_LENGTH);
    }
  }

  /**
   * Checks a correction of the account reference (always required) and reply contact of a case
   * ({@code contactRequired} where the type's intake requires one).
   */
  public static List<FieldError> validateContactEdit(
      String accountRef, String replyContact, boolean contactRequired) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(accountRef)) {
      errors.add(new FieldError(ACCOUNT, "required"));
    } else {
      if (SensitiveData.findIn(accountRef).isPresent()) {
        errors.add(
            new FieldError(ACCOUNT, SensitiveData.code(SensitiveData.findIn(accountRef).get())));
      } else if (!ACCOUNT_REF.matcher(accountRef.strip()).matches()) {
        errors.add(new FieldError(ACCOUNT, "account.format"));
      }
    }
    if (blank(replyContact)) {
      if (contactRequired) {
        errors.add(new FieldError(CONTACT, "required"));
      }
    } else {
      freeText(errors, CONTACT, replyContact, MAX_CONTACT_LENGTH);
    }
    return List.copyOf(errors);
  }

  private static void received(
      List<FieldError> errors, LocalDateTime receivedAt, LocalDateTime now) {
    if (receivedAt == null) {
      errors.add(new FieldError(RECEIVED, "required"));
    } else if (receivedAt.isAfter(now)) {
      errors.add(new FieldError(RECEIVED, "received.future"));
    }
  }

  /**
   * Checks free text typed anywhere (intake fields, notes): length, control characters and
   * sensitive data, in that order; at most one error, naming {@code field}.
   */
  public static List<FieldError> validateFreeText(String field, String text, int max) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(text)) {
      errors.add(new FieldError(field, "required"));
    } else {
      freeText(errors, field, text, max);
    }
    return List.copyOf(errors);
  }

  /** Length, control characters and sensitive data, in that order; at most one error. */
  private static void freeText(List<FieldError> errors, String field, String text, int max) {
    if (text.length() > max) {
      errors.add(new FieldError(field, "text.too.long"));
    } else if (TextGuard.hasControlCharacters(text)) {
      errors.add(new FieldError(field, "text.control"));
    } else {
      SensitiveData.findIn(text)
          .ifPresent(k -> errors.add(new FieldError(field, SensitiveData.code(k))));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
