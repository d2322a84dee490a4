package com.privacydesk.domain.letters;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.ChecklistItem;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The letters the tracker writes, per request type and purpose. Where sending a letter completes a
 * checklist item, {@link #sentItem()} names it: recording the sending ticks it.
 */
public enum LetterKind {
  CA_ACKNOWLEDGEMENT(
      CaseType.CA_DISCLOSURE, null, "acknowledgement of a California disclosure request"),
  /** The answer built from the previous calendar year's register. */
  CA_RESPONSE(
      CaseType.CA_DISCLOSURE,
      ChecklistItem.RESPONSE_SENT,
      "answer to a California disclosure request"),
  /** The answer when the previous year's register records no disclosures. */
  CA_NO_DISCLOSURES(
      CaseType.CA_DISCLOSURE,
      ChecklistItem.RESPONSE_SENT,
      "answer to a California disclosure request"),
  /** Confirms the opt-out; carries no promotion. */
  OPT_OUT_CONFIRMATION(CaseType.EMAIL_OPT_OUT, null, "email opt-out confirmation"),
  COPPA_ACKNOWLEDGEMENT(CaseType.CHILD_DATA_DELETION, null, "acknowledgement to a parent"),
  /** Tells the parent the child's information was deleted (or why not). */
  COPPA_PARENT_NOTICE(
      CaseType.CHILD_DATA_DELETION, ChecklistItem.PARENT_INFORMED, "notice to a parent"),
  /** To the number or address of record; never names the changed details. */
  ACCOUNT_CHANGE_NOTICE(
      CaseType.PASSWORD_COMPROMISE, ChecklistItem.CHANGE_NOTICE_SENT, "account-change notice"),
  /** Confirms the numbers are on the company's do-not-call list (the confirmation is optional). */
  DNC_CONFIRMATION(
      CaseType.TELEMARKETING_DNC, ChecklistItem.DNC_CONFIRMATION_SENT, "do-not-call confirmation"),
  /** Confirms the new CPNI approval status is recorded everywhere. */
  CPNI_APPROVAL_CONFIRMATION(
      CaseType.CPNI_APPROVAL_WITHDRAWAL,
      ChecklistItem.CPNI_CONFIRMATION_SENT,
      "confirmation of your CPNI choice");

  /** How a letter was sent. */
  public enum Method {
    EMAIL,
    POSTAL_MAIL,
    /** A text message to the number of record (account-change notices only). */
    SMS
  }

  private final CaseType type;
  private final @Nullable ChecklistItem sentItem;
  private final String documentName;

  LetterKind(CaseType type, @Nullable ChecklistItem sentItem, String documentName) {
    this.type = type;
    this.sentItem = sentItem;
    this.documentName = documentName;
  }

  /** What the letter is, in the words its footer uses ("acknowledgement to a parent"). */
  public String documentName() {
    return documentName;
  }

  public CaseType type() {
    return type;
  }

  /** The checklist item that sending this letter completes, or null. */
  public @Nullable ChecklistItem sentItem() {
    return sentItem;
  }

  /** Whether the letter is built from a year of the disclosure register. */
  public boolean usesRegister() {
    return this == CA_RESPONSE || this == CA_NO_DISCLOSURES;
  }

  /** The ways this letter may be sent. */
  public List<Method> methods() {
    return this == ACCOUNT_CHANGE_NOTICE
        ? List.of(Method.EMAIL, Method.POSTAL_MAIL, Method.SMS)
        : List.of(Method.EMAIL, Method.POSTAL_MAIL);
  }

  /**
   * The letter to write when {@code this} is asked for: a CA answer follows the register, whichever
   * of the two was asked for.
   */
  public LetterKind resolve(DisclosureRegister register) {
    if (!usesRegister()) {
      return this;
    }
    return register.noDisclosures() ? CA_NO_DISCLOSURES : CA_RESPONSE;
  }

  /** The letters of {@code type}, as offered to the agent (one CA answer, resolved later). */
  public static List<LetterKind> offeredFor(CaseType type) {
    return Arrays.stream(values()).filter(k -> k.type == type && k != CA_NO_DISCLOSURES).toList();
  }
}
