package com.privacydesk.app.port;

/** The repositories bound to one transaction. */
public interface Repositories {
  /** Users and their credentials. */
  UserRepository users();

  /** Cases and their details. */
  CaseRepository cases();

  /** The append-only audit trail. */
  AuditTrail audit();

  /** Batched loading of many complete cases (demo and benchmark data). */
  BulkCaseWriter bulk();

  /** Each user's saved views and layout. */
  PreferenceRepository preferences();

  /** The rows the supervisor reports are computed from. */
  ReportData reports();

  /** Retention purges. */
  PurgeRepository purges();

  /** Bulk opt-out import runs and look-ups. */
  ImportRepository imports();

  /** The disclosure register, letter templates and case letters. */
  LetterRepository letters();

  /** Supervisor-maintained settings. */
  SettingsRepository settings();

  /** The seals of the audited entities' rows. */
  SealStore seals();

  /** Mailboxes, incoming mail, receipts and letters sent by email. */
  MailRepository mail();

  /** Who has which case open now (team mode). */
  PresenceRepository presence();
}
