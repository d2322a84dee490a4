package com.privacydesk.domain.mail;

/** Why a message was handled without a new case. */
public enum Dismissal {
  /** Not a privacy request (a billing question, a newsletter reply). */
  NOT_PRIVACY,
  SPAM,
  /** The same request as an existing case, which records the repeat. */
  DUPLICATE
}
