package com.privacydesk.domain.mail;

/** How a connection to a mail server is protected: never in clear. */
public enum Security {
  /** TLS from the first byte (IMAPS 993, SMTPS 465). */
  TLS,
  /** A plain connection upgraded with STARTTLS before anything else (IMAP 143, submission 587). */
  STARTTLS
}
