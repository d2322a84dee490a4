package com.privacydesk.domain.user;

/** What a user of PrivacyDesk is allowed to do, from least to most. */
public enum Role {
  AGENT,
  SUPERVISOR,
  ADMIN
}
