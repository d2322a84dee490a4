package com.privacydesk.domain;

/** The kinds of privacy request PrivacyDesk tracks (domain.md §2). */
public enum CaseType {
  CA_DISCLOSURE,
  EMAIL_OPT_OUT,
  CHILD_DATA_DELETION,
  PASSWORD_COMPROMISE,
  CPNI_BREACH,
  TELEMARKETING_DNC,
  CPNI_APPROVAL_WITHDRAWAL
}
