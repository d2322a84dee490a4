package com.privacydesk;

import com.privacydesk.app.AppServices;
import com.privacydesk.app.auth.Argon2idPasswordHasher;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.settings.SettingsService;
import com.privacydesk.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root shared by the window and the CLI: the only place that builds persistence and
 * hands it to the use cases. Closing it closes the database.
 */
public final class Services implements AppServices {
  private final Database database;
  private final UserService users;
  private final IntakeService intake;
  private final CaseQueries queries;
  private final AssignmentService assignments;
  private final WorkflowService workflow;
  private final SettingsService settings;
  private final RecalculationService recalculation;
  private final com.privacydesk.app.audit.AuditService audit;

  private Services(Database database, Clock clock, PasswordHasher hasher) {
    this.database = database;
    TransactionRunner tx = database.transactions();
    this.users = new UserService(tx, hasher, clock);
    this.intake = new IntakeService(tx, clock);
    this.queries = new CaseQueries(tx);
    this.assignments = new AssignmentService(tx, clock);
    this.workflow = new WorkflowService(tx, clock);
    this.settings = new SettingsService(tx, clock);
    this.recalculation = new RecalculationService(tx, clock);
    this.audit = new com.privacydesk.app.audit.AuditService(tx);
  }

  /** Opens the database in {@code dataDir} (migrating it) and wires the services. */
  public static Services open(Path dataDir, Clock clock) {
    return new Services(Database.open(dataDir), clock, new Argon2idPasswordHasher());
  }

  /** Whether {@code dataDir} already holds a PrivacyDesk database (opening would create one). */
  public static boolean hasDatabase(Path dataDir) {
    return java.nio.file.Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"));
  }

  /** The real wall clock; the one place that reads it. */
  public static Clock systemClock() {
    return Clock.systemUTC();
  }

  @Override
  public UserService users() {
    return users;
  }

  @Override
  public IntakeService intake() {
    return intake;
  }

  @Override
  public CaseQueries queries() {
    return queries;
  }

  @Override
  public AssignmentService assignments() {
    return assignments;
  }

  @Override
  public WorkflowService workflow() {
    return workflow;
  }

  @Override
  public com.privacydesk.app.audit.AuditService audit() {
    return audit;
  }

  @Override
  public RecalculationService recalculation() {
    return recalculation;
  }

  @Override
  public SettingsService settings() {
    return settings;
  }

  @Override
  public Path dataDir() {
    return database.dataDir();
  }

  @Override
  public void close() {
    database.close();
  }
}
