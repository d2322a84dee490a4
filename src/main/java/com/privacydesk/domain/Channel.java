package com.privacydesk.domain;

/** How a request reached the company; a designated address shortens the CA deadline. */
public enum Channel {
  DESIGNATED_EMAIL,
  OTHER_EMAIL,
  PHONE,
  POSTAL_MAIL,
  CHAT,
  IN_PERSON,
  WEB_FORM,
  /** Opened by the company itself (e.g. it learned it holds a child's data, or a CPNI breach). */
  INTERNAL
}
