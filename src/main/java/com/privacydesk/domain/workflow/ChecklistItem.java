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
  DESIGNATED_CHANNEL_RECORDED(CaseType.CA_DISCLOSURE, Evidence.NONE),
  RESIDENCY_BASIS(CaseType.CA_DISCLOSURE, Evidence.NONE),
  PERSONAL_RELATIONSHIP(CaseType.CA_DISCLOSURE, Evidence.NONE),
  NOT_ANSWERED_THIS_YEAR(CaseType.CA_DISCLOSURE, Evidence.NONE),
  /** Only when an attorney or agent asks for the customer. */
  AGENT_AUTHORITY(CaseType.CA_DISCLOSURE, Evidence.NONE),
  RESPONSE_SENT(CaseType.CA_DISCLOSURE, Evidence.DATE_AND_CHOICE, "EMAIL", "POSTAL_MAIL"),

  ADDRESS_AND_SCOPE(CaseType.EMAIL_OPT_OUT, Evidence.NONE),
  SUPPRESSED_IN(CaseType.EMAIL_OPT_OUT, Evidence.DATE),
  /** Dated on or after the statutory due date: no commercial send after it. */
  POST_DEADLINE_SEND_CHECK(CaseType.EMAIL_OPT_OUT, Evidence.DATE),

  COPPA_TRIGGER(CaseType.CHILD_DATA_DELETION, Evidence.NONE),
  UNDER_13_BASIS(CaseType.CHILD_DATA_DELETION, Evidence.NONE),
  PARENT_VERIFIED(
      CaseType.CHILD_DATA_DELETION,
      Evidence.CHOICE,
      "SIGNED_CONSENT_FORM",
      "CARD_TRANSACTION",
      "CALL_WITH_TRAINED_STAFF",
      "VIDEO_CALL",
      "GOVERNMENT_ID_CHECKED_THEN_DELETED",
      "NOT_REQUIRED"),
  DELETED_IN(CaseType.CHILD_DATA_DELETION, Evidence.DATE),
  PARENT_INFORMED(CaseType.CHILD_DATA_DELETION, Evidence.DATE),
  CHILD_IDENTIFIERS_PURGED(CaseType.CHILD_DATA_DELETION, Evidence.NONE),

  AUTHENTICATION_COMPLIANT(CaseType.PASSWORD_COMPROMISE, Evidence.NONE),
  CREDENTIALS_RESET(CaseType.PASSWORD_COMPROMISE, Evidence.NONE),
  RECENT_CHANGES_REVIEWED(CaseType.PASSWORD_COMPROMISE, Evidence.NONE),
  CHANGE_NOTICE_SENT(CaseType.PASSWORD_COMPROMISE, Evidence.DATE),
  /** YES needs the linked CPNI breach case. */
  CPNI_REACHED(CaseType.PASSWORD_COMPROMISE, Evidence.CHOICE, "YES", "NO"),
  COMPLAINT_CATEGORY(
      CaseType.PASSWORD_COMPROMISE,
      Evidence.CHOICE,
      "EMPLOYEE_ACCESS",
      "UNAUTHORIZED_DISCLOSURE",
      "UNAUTHORIZED_ONLINE_ACCESS",
      "NO_CPNI_COMPLAINT"),

  DETERMINATION_RECORDED(CaseType.CPNI_BREACH, Evidence.NONE),
  /** Sets the law-enforcement notice date, from which the hold end is computed. */
  LAW_ENFORCEMENT_NOTIFIED(CaseType.CPNI_BREACH, Evidence.DATE),
  /**
   * Customer notice: not before the earliest customer-notice date unless the agency agreed to an
   * earlier one.
   */
  CUSTOMERS_NOTIFIED(
      CaseType.CPNI_BREACH,
      Evidence.DATE_AND_CHOICE,
      "AFTER_WAITING_PERIOD",
      "AGENCY_AGREED_EARLIER",
      "AGENCY_DIRECTED_DELAY"),
  DESCRIPTION_RECORDED(CaseType.CPNI_BREACH, Evidence.NONE);

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

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> choices;

  ChecklistItem(CaseType type, Evidence evidence, String... choices) {
    this.type = type;
    this.evidence = evidence;
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
    return this == SUPPRESSED_IN || this == DELETED_IN;
  }

  /** The items of {@code type}, in order. */
  public static List<ChecklistItem> of(CaseType type) {
    return Arrays.stream(values()).filter(i -> i.type == type).toList();
  }
}
