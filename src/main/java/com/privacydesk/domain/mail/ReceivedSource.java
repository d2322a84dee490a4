package com.privacydesk.domain.mail;

/** Where a message's received time comes from, best first. */
public enum ReceivedSource {
  /** The mail server's own time (IMAP INTERNALDATE): the legal "received" moment. */
  SERVER,
  /** A saved message: the time its topmost Received: header gives (the last server's). */
  RECEIVED_HEADER,
  /** A saved message without a Received: header: its Date: header (the sender's clock). */
  DATE_HEADER,
  /** A saved message without either: the moment it was imported. */
  IMPORTED
}
