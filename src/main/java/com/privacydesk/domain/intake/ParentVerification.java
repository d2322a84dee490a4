package com.privacydesk.domain.intake;

/**
 * How the parent was verified (16 CFR 312.5(b)): the method only, never the evidence. {@code
 * NOT_REQUIRED} is for cases the company opened itself on learning it holds a child's data.
 */
public enum ParentVerification {
  PENDING,
  SIGNED_CONSENT_FORM,
  CARD_TRANSACTION,
  CALL_WITH_TRAINED_STAFF,
  VIDEO_CALL,
  GOVERNMENT_ID_CHECKED_THEN_DELETED,
  NOT_VERIFIED,
  NOT_REQUIRED
}
