package com.privacydesk.domain.intake;

/** What started a child-data deletion (COPPA). */
public enum CoppaTrigger {
  PARENT_REQUEST,
  LEARNED_WITHOUT_CONSENT,
  CONSENT_NOT_RECEIVED
}
