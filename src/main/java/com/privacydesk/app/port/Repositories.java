package com.privacydesk.app.port;

/** The repositories bound to one transaction. */
public interface Repositories {
  /** Users and their credentials. */
  UserRepository users();

  /** Cases and their details. */
  CaseRepository cases();

  /** The append-only audit trail. */
  AuditTrail audit();

  /** Supervisor-maintained settings. */
  SettingsRepository settings();
}
