package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.AUDIT_HEAD;

import com.privacydesk.domain.audit.AuditEntry;
import java.nio.file.Path;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the installation key a database's chain and seals use, or gives a database its first one (a
 * new database, or one from before seals): the key file is written first, then in one transaction
 * the database records the installation, an entry SEALS_STARTED is appended as the first keyed
 * entry, and every entity that exists is sealed as of it (ADR 0022).
 */
final class Installation {
  private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

  private Installation() {}

  /** The key of the database {@code dsl} reaches, from {@code keyDir}. */
  static InstallationKeys.Key establish(DSLContext dsl, Path keyDir) {
    String id = installationId(dsl);
    if (id != null) {
      return load(keyDir, id);
    }
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          var head = tx.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchSingle();
          if (head.getInstallationId() != null) {
            // another workstation of the team did it first
            return load(keyDir, head.getInstallationId());
          }
          String fresh = UUID.randomUUID().toString();
          long first = head.getLastSeq() + 1;
          InstallationKeys.Key key = InstallationKeys.create(keyDir, fresh, first);
          tx.update(AUDIT_HEAD)
              .set(AUDIT_HEAD.INSTALLATION_ID, fresh)
              .where(AUDIT_HEAD.ID.eq(1))
              .execute();
          new JooqAuditTrail(tx, key.chain(), new JooqSealStore.Touched())
              .append(
                  new AuditEntry(
                      // the database's own time: no host clock is read outside the services
                      tx.select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant(),
                      null,
                      "PrivacyDesk",
                      "SEALS_STARTED",
                      "DATABASE",
                      null,
                      "installation=" + fresh + "; keyedFrom=" + first));
          new JooqSealStore(tx, key.chain()).sealEverything(first);
          LOG.info(
              "Audit chain keyed from entry {} and every record sealed (installation {})",
              first,
              fresh);
          return key;
        });
  }

  /** The key of a database that has one; refused when its file is not in {@code keyDir}. */
  static InstallationKeys.Key existing(DSLContext dsl, Path keyDir) {
    String id = installationId(dsl);
    if (id == null) {
      throw new DatabaseException(
          "This database has no installation key yet: open it with PrivacyDesk itself first.");
    }
    return load(keyDir, id);
  }

  private static String installationId(DSLContext dsl) {
    return dsl.select(AUDIT_HEAD.INSTALLATION_ID)
        .from(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .fetchOne(AUDIT_HEAD.INSTALLATION_ID);
  }

  private static InstallationKeys.Key load(Path keyDir, String id) {
    return InstallationKeys.load(keyDir, id)
        .orElseThrow(() -> new InstallationKeyMissingException(keyDir, id));
  }
}
