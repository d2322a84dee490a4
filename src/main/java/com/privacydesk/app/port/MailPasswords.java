package com.privacydesk.app.port;

import java.util.Optional;

/**
 * Mailbox passwords, kept by this workstation outside the database (an owner-only file in the data
 * folder) and never logged or shown again.
 */
public interface MailPasswords {
  Optional<String> get(String mailbox);

  void put(String mailbox, String password);

  void remove(String mailbox);
}
