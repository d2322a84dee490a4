package com.privacydesk.domain.workflow;

import com.privacydesk.domain.CaseType;
import java.util.Arrays;
import java.util.List;

/**
 * The checklist items of domain.md §4, per type. Items marked per-system appear once for each
 * system in the supervisor-maintained list (opt-out: sending systems; COPPA: systems and vendors
 * holding the data). What a tick records is the item's {@link Evidence}: a date, a choice, or both.
 */
public enum ChecklistItem {
  DESIGNATED_CHANNEL_RECORDED(CaseType.CA_DISCLOSURE, Evidence.NONE, Line.ONCE),
  RESIDENCY_BASIS(CaseType.CA_DISCLOSURE, Evidence.NONE, Line.ONCE),
  PERSONAL_RELATIONSHIP(CaseType.CA_DISCLOSURE, Evidence.NONE, Line.ONCE),
  NOT_ANSWERED_THIS_YEAR(CaseType.CA_DISCLOSURE, Evidence.NONE, Line.ONCE),
  /** Only when an attorney or agent asks for the customer. */
  AGENT_AUTHORITY(CaseType.CA_DISCLOSURE, Evidence.NONE, Line.ONCE),
  RESPONSE_SENT(
      CaseType.CA_DISCLOSURE, Evidence.DATE_AND_CHOICE, Line.ONCE, "EMAIL", "POSTAL_MAIL"),

  ADDRESS_AND_SCOPE(CaseType.EMAIL_OPT_OUT, Evidence.NONE, Line.ONCE),
  SUPPRESSED_IN(CaseType.EMAIL_OPT_OUT, Evidence.DATE, Line.PER_SYSTEM),
  /** Dated on or after the statutory due date: no commercial send after it. */
  POST_DEADLINE_SEND_CHECK(CaseType.EMAIL_OPT_OUT, Evidence.DATE, Line.ONCE),

  COPPA_TRIGGER(CaseType.CHILD_DATA_DELETION, Evidence.NONE, Line.ONCE),
  UNDER_13_BASIS(CaseType.CHILD_DATA_DELETION, Evidence.NONE, Line.ONCE),
  PARENT_VERIFIED(
      CaseType.CHILD_DATA_DELETION,
      Evidence.CHOICE,
      Line.ONCE,
      "SIGNED_CONSENT_FORM",
      "CARD_TRANSACTION",
      "CALL_WITH_TRAINED_STAFF",
      "VIDEO_CALL",
      "GOVERNMENT_ID_CHECKED_THEN_DELETED",
      "NOT_REQUIRED"),
  DELETED_IN(CaseType.CHILD_DATA_DELETION, Evidence.DATE, Line.PER_SYSTEM),
  PARENT_INFORMED(CaseType.CHILD_DATA_DELETION, Evidence.DATE, Line.ONCE),
  CHILD_IDENTIFIERS_PURGED(CaseType.CHILD_DATA_DELETION, Evidence.NONE, Line.ONCE),

  AUTHENTICATION_COMPLIANT(CaseType.PASSWORD_COMPROMISE, Evidence.NONE, Line.ONCE),
  CREDENTIALS_RESET(CaseType.PASSWORD_COMPROMISE, Evidence.NONE, Line.ONCE),
  RECENT_CHANGES_REVIEWED(CaseType.PASSWORD_COMPROMISE, Evidence.NONE, Line.ONCE),
  CHANGE_NOTICE_SENT(CaseType.PASSWORD_COMPROMISE, Evidence.DATE, Line.ONCE),
  /** YES needs the linked CPNI breach case. */
  CPNI_REACHED(CaseType.PASSWORD_COMPROMISE, Evidence.CHOICE, Line.ONCE, "YES", "NO"),
  COMPLAINT_CATEGORY(
      CaseType.PASSWORD_COMPROMISE,
      Evidence.CHOICE,
      Line.ONCE,
      "EMPLOYEE_ACCESS",
      "UNAUTHORIZED_DISCLOSURE",
      "UNAUTHORIZED_ONLINE_ACCESS",
      "NO_CPNI_COMPLAINT"),

  DETERMINATION_RECORDED(CaseType.CPNI_BREACH, Evidence.NONE, Line.ONCE),
  /** Sets the law-enforcement notice date, from which the hold end is computed. */
  LAW_ENFORCEMENT_NOTIFIED(CaseType.CPNI_BREACH, Evidence.DATE, Line.ONCE),
  /**
   * Customer notice: not before the earliest customer-notice date unless the agency agreed to an
   * earlier one.
   */
  CUSTOMERS_NOTIFIED(
      CaseType.CPNI_BREACH,
      Evidence.DATE_AND_CHOICE,
      Line.ONCE,
      "AFTER_WAITING_PERIOD",
      "AGENCY_AGREED_EARLIER",
      "AGENCY_DIRECTED_DELAY"),
  DESCRIPTION_RECORDED(CaseType.CPNI_BREACH, Evidence.NONE, Line.ONCE),

  DNC_NUMBERS_CAPTURED(CaseType.TELEMARKETING_DNC, Evidence.NONE, Line.ONCE),
  /** Dated: the number is on the do-not-call list of that calling system. */
  DNC_ADDED_IN(CaseType.TELEMARKETING_DNC, Evidence.DATE, Line.PER_SYSTEM),
  DNC_CONFIRMATION_SENT(CaseType.TELEMARKETING_DNC, Evidence.DATE, Line.OPTIONAL),

  /** By a method 47 CFR 64.2010 allows (the password-compromise list). */
  CPNI_CALLER_AUTHENTICATED(
      CaseType.CPNI_APPROVAL_WITHDRAWAL,
      Evidence.CHOICE,
      Line.ONCE,
      "ACCOUNT_PASSWORD",
      "ONE_TIME_CODE_TO_CONTACT_OF_RECORD",
      "CALL_BACK_TO_NUMBER_OF_RECORD",
      "PHOTO_ID_IN_STORE"),
  /** Dated: the new approval status is recorded in that system. */
  CPNI_STATUS_CHANGED_IN(CaseType.CPNI_APPROVAL_WITHDRAWAL, Evidence.DATE, Line.PER_SYSTEM),
  CPNI_CONFIRMATION_SENT(CaseType.CPNI_APPROVAL_WITHDRAWAL, Evidence.DATE, Line.ONCE);

  /** How an item appears on a case's checklist. */
  public enum Line {
    /** Once, required. */
    ONCE,
    /** Once for each system of the type's configured list, each required. */
    PER_SYSTEM,
    /** Once, not required for closing. */
    OPTIONAL
  }

  /** What ticking the item records besides who and when. */
  public enum Evidence {
    NONE,
    DATE,
    CHOICE,
    DATE_AND_CHOICE;

    public boolean dated() {
      return this == DATE || this == DATE_AND_CHOICE;
    }

    public boolean chosen() {
      return this == CHOICE || this == DATE_AND_CHOICE;
    }
  }

  private final CaseType type;
  private final Evidence evidence;
  private final Line line;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> choices;

  ChecklistItem(CaseType type, Evidence evidence, Line line, String... choices) {
    this.type = type;
    this.evidence = evidence;
    this.line = line;
    this.choices = List.of(choices);
  }

  public CaseType type() {
    return type;
  }

  public Evidence evidence() {
    return evidence;
  }

  /** The values a tick may choose from (empty unless the evidence includes a choice). */
  public List<String> choices() {
    return choices;
  }

  /** Whether this item appears once per configured system. */
  public boolean perSystem() {
    return line == Line.PER_SYSTEM;
  }

  /** Whether a case may close with this item not done. */
  public boolean optional() {
    return line == Line.OPTIONAL;
  }

  /** The items of {@code type}, in order. */
  public static List<ChecklistItem> of(CaseType type) {
    return Arrays.stream(values()).filter(i -> i.type == type).toList();
  }
}
