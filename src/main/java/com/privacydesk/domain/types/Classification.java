package com.privacydesk.domain.types;

/** Whether a recorded fact is personal data (domain.md §5). */
public enum Classification {
  /** Identifies a person or their account: shown masked until revealed with a reason, audited. */
  PERSONAL,
  /** How a request came in, what kind it is, what was checked, dates of the company's own acts. */
  NOT_PERSONAL
}
