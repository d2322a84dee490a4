package com.privacydesk.app;

import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.app.settings.SettingsService;
import java.nio.file.Path;

/** The use cases of one open data folder; closing it closes the database. */
public interface AppServices extends AutoCloseable {
  /** Accounts and sign-in. */
  UserService users();

  /** Logging new requests. */
  IntakeService intake();

  /** The work queue. */
  CaseQueries queries();

  /** The home screen's figures: My day and the team's. */
  com.privacydesk.app.cases.HomeService home();

  /** Reminders about the signed-in user's cases. */
  com.privacydesk.app.cases.NotificationService notifications();

  /** Who has which case open (team mode). */
  com.privacydesk.app.cases.PresenceService presence();

  /** Whether several workstations share the database (team mode on PostgreSQL). */
  boolean onServer();

  /** Each user's saved views and queue layout. */
  com.privacydesk.app.cases.QueuePreferences queuePreferences();

  /** Assign, move and export every case of a filter. */
  com.privacydesk.app.cases.BulkActions bulk();

  /** Assigning cases. */
  AssignmentService assignments();

  /** Working cases: lifecycle, checklist, notes, links. */
  com.privacydesk.app.cases.WorkflowService workflow();

  /** Explicit, audited recalculation of a case's clocks. */
  RecalculationService recalculation();

  /** The audit trail check. */
  com.privacydesk.app.audit.AuditService audit();

  /** The supervisor reports. */
  com.privacydesk.app.reports.ReportService reports();

  /** The retention purge. */
  com.privacydesk.app.privacy.PurgeService purges();

  /** Backups of the whole database. */
  com.privacydesk.app.privacy.BackupService backups();

  /** Bulk opt-out import from a CSV file. */
  com.privacydesk.app.cases.OptOutImportService optOutImports();

  /** Letter templates and the letters of cases. */
  com.privacydesk.app.letters.LetterService letters();

  /** The disclosure register (§1798.83). */
  com.privacydesk.app.letters.RegisterService register();

  /** The incoming mail list, mailboxes, and letters sent by email. */
  com.privacydesk.app.mail.MailService mail();

  /** Company settings. */
  SettingsService settings();

  /** The data folder in use. */
  Path dataDir();

  /** Where the cases are kept, for the status line: the data folder, or team mode's server. */
  String databaseLocation();

  /**
   * What opening had to put right first (an upgrade interrupted by a crash, undone), in words for
   * the user; empty when nothing.
   */
  java.util.Optional<String> startupNotice();

  @Override
  void close();
}
