package com.privacydesk.persistence;

import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.app.port.BulkCaseWriter;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.PreferenceRepository;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.app.port.UserRepository;
import org.jooq.DSLContext;

/** The repositories of one transaction. */
final class JooqRepositories implements Repositories {
  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;
  private final com.privacydesk.domain.audit.ChainKey key;
  private final JooqSealStore.Touched touched = new JooqSealStore.Touched();

  JooqRepositories(
      DSLContext dsl, ContactSearchIndex searchIndex, com.privacydesk.domain.audit.ChainKey key) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
    this.key = key;
  }

  @Override
  public com.privacydesk.app.port.SealStore seals() {
    return new JooqSealStore(dsl, key);
  }

  /**
   * Before the transaction commits: refuses it if an entity its audit entries named had been
   * changed outside PrivacyDesk ({@code committed} reads outside the transaction), else seals those
   * entities as they are now.
   */
  void finish(DSLContext committed) {
    if (!touched.isEmpty()) {
      new JooqSealStore(committed, key).refuseTampered(touched);
      new JooqSealStore(dsl, key).seal(touched);
    }
  }

  @Override
  public UserRepository users() {
    return new JooqUserRepository(dsl, key);
  }

  @Override
  public CaseRepository cases() {
    return new JooqCaseRepository(dsl, searchIndex);
  }

  @Override
  public AuditTrail audit() {
    return new JooqAuditTrail(dsl, key, touched);
  }

  @Override
  public BulkCaseWriter bulk() {
    return new JooqBulkCaseWriter(dsl, searchIndex);
  }

  @Override
  public PreferenceRepository preferences() {
    return new JooqPreferenceRepository(dsl);
  }

  @Override
  public com.privacydesk.app.port.PresenceRepository presence() {
    return new JooqPresenceRepository(dsl);
  }

  @Override
  public com.privacydesk.app.port.ReportData reports() {
    return new JooqReportData(dsl);
  }

  @Override
  public com.privacydesk.app.port.PurgeRepository purges() {
    return new JooqPurgeRepository(dsl, searchIndex, key);
  }

  @Override
  public com.privacydesk.app.port.ImportRepository imports() {
    return new JooqImportRepository(dsl, key);
  }

  @Override
  public com.privacydesk.app.port.LetterRepository letters() {
    return new JooqLetterRepository(dsl);
  }

  @Override
  public SettingsRepository settings() {
    return new JooqSettingsRepository(dsl);
  }

  @Override
  public com.privacydesk.app.port.MailRepository mail() {
    return new JooqMailRepository(dsl);
  }
}
