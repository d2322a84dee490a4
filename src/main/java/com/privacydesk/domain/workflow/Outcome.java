package com.privacydesk.domain.workflow;

import static com.privacydesk.domain.CaseType.CA_DISCLOSURE;
import static com.privacydesk.domain.CaseType.CHILD_DATA_DELETION;
import static com.privacydesk.domain.CaseType.CPNI_APPROVAL_WITHDRAWAL;
import static com.privacydesk.domain.CaseType.CPNI_BREACH;
import static com.privacydesk.domain.CaseType.EMAIL_OPT_OUT;
import static com.privacydesk.domain.CaseType.PASSWORD_COMPROMISE;
import static com.privacydesk.domain.CaseType.TELEMARKETING_DNC;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a case ends (domain.md §2). The kind says which state it leads to and what it needs: a {@link
 * Kind#COMPLETED} outcome needs every required checklist item; a {@link Kind#DISMISSED} one only
 * the items listed with it; rejections and withdrawals need none. CPNI_BREACH has no outcomes in
 * the brief; {@code CUSTOMERS_NOTIFIED} and {@code NO_BREACH} are the product's (ADR 0010).
 */
public enum Outcome {
  FULFILLED(Kind.COMPLETED, CA_DISCLOSURE),
  NO_DISCLOSURES(Kind.COMPLETED, CA_DISCLOSURE),
  NOT_CA_RESIDENT(Kind.REJECTED, CA_DISCLOSURE),
  NOT_PERSONAL_RELATIONSHIP(Kind.REJECTED, CA_DISCLOSURE),
  DUPLICATE_IN_YEAR(Kind.DISMISSED, CA_DISCLOSURE),
  SUPPRESSED(Kind.COMPLETED, EMAIL_OPT_OUT),
  ALREADY_SUPPRESSED(Kind.COMPLETED, EMAIL_OPT_OUT),
  DELETED(Kind.COMPLETED, CHILD_DATA_DELETION),
  NO_DATA_HELD(
      Kind.DISMISSED,
      CHILD_DATA_DELETION,
      ChecklistItem.COPPA_TRIGGER,
      ChecklistItem.UNDER_13_BASIS,
      ChecklistItem.PARENT_INFORMED,
      ChecklistItem.CHILD_IDENTIFIERS_PURGED),
  PARENT_NOT_VERIFIED(Kind.REJECTED, CHILD_DATA_DELETION),
  SECURED(Kind.COMPLETED, PASSWORD_COMPROMISE),
  NOT_COMPROMISED(
      Kind.DISMISSED,
      PASSWORD_COMPROMISE,
      ChecklistItem.AUTHENTICATION_COMPLIANT,
      ChecklistItem.RECENT_CHANGES_REVIEWED),
  ESCALATED_TO_BREACH(Kind.COMPLETED, PASSWORD_COMPROMISE),
  UNABLE_TO_AUTHENTICATE(Kind.REJECTED, PASSWORD_COMPROMISE),
  CUSTOMERS_NOTIFIED(Kind.COMPLETED, CPNI_BREACH),
  NO_BREACH(Kind.REJECTED, CPNI_BREACH),
  ADDED_TO_LIST(Kind.COMPLETED, TELEMARKETING_DNC),
  ALREADY_ON_LIST(Kind.DISMISSED, TELEMARKETING_DNC, ChecklistItem.DNC_NUMBERS_CAPTURED),
  APPROVAL_WITHDRAWN(Kind.COMPLETED, CPNI_APPROVAL_WITHDRAWAL),
  NOT_A_CUSTOMER(Kind.REJECTED, CPNI_APPROVAL_WITHDRAWAL),
  WITHDRAWN(
      Kind.WITHDRAWN,
      EnumSet.of(
          CA_DISCLOSURE,
          EMAIL_OPT_OUT,
          CHILD_DATA_DELETION,
          TELEMARKETING_DNC,
          CPNI_APPROVAL_WITHDRAWAL));

  /** What an outcome does to a case. */
  public enum Kind {
    /** The work was done: every required checklist item, then CLOSED. */
    COMPLETED(CaseStatus.CLOSED),
    /** Closed without the work (e.g. a second request in the year): the listed items, CLOSED. */
    DISMISSED(CaseStatus.CLOSED),
    /** Ineligible: REJECTED, no checklist. */
    REJECTED(CaseStatus.REJECTED),
    /** The requester withdrew: WITHDRAWN, no checklist, never reviewed. */
    WITHDRAWN(CaseStatus.WITHDRAWN);

    private final CaseStatus target;

    Kind(CaseStatus target) {
      this.target = target;
    }

    /** The state a case ends in with an outcome of this kind. */
    public CaseStatus target() {
      return target;
    }
  }

  private final Kind kind;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy, set once
  private final Set<CaseType> types;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<ChecklistItem> dismissalItems;

  Outcome(Kind kind, CaseType type, ChecklistItem... dismissalItems) {
    this(kind, EnumSet.of(type), dismissalItems);
  }

  Outcome(Kind kind, Set<CaseType> types, ChecklistItem... dismissalItems) {
    this.kind = kind;
    this.types = java.util.Collections.unmodifiableSet(types);
    this.dismissalItems = List.of(dismissalItems);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether cases of {@code type} may end with this outcome. */
  public boolean appliesTo(CaseType type) {
    return types.contains(type);
  }

  /** The outcomes of {@code type}, in display order. */
  public static List<Outcome> of(CaseType type) {
    return Arrays.stream(values()).filter(o -> o.appliesTo(type)).toList();
  }

  /**
   * Whether {@code item} must be done before a case closes with this outcome ({@code required} is
   * whether the item is required for the case at all).
   */
  public boolean needs(ChecklistItem item, boolean required) {
    return switch (kind) {
      case COMPLETED -> required;
      case DISMISSED -> required && dismissalItems.contains(item);
      case REJECTED, WITHDRAWN -> false;
    };
  }
}
