package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.AUDIT_HEAD;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_SUPPRESSION;

import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.audit.ChainKey;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What table OPT_OUT_SUPPRESSION stores of a purged opt-out's address: not its SHA-256, which
 * anyone can compute from a guessed address ({@code printf addr | sha256sum}), but an HMAC of it
 * under the installation's secret, which is not in the database (issue 23, point 6). The services
 * hand in and ask with the plain SHA-256; only this class turns it into what is stored.
 */
final class SuppressionHashes {
  private static final Logger LOG = LoggerFactory.getLogger(SuppressionHashes.class);

  /** What the keyed digest is for. */
  static final String PURPOSE = "opt-out suppression";

  private SuppressionHashes() {}

  /** The stored form of the plain SHA-256 (hex) {@code emailSha256}. */
  static String stored(ChainKey key, String emailSha256) {
    return key.digest(PURPOSE, emailSha256);
  }

  /**
   * Rekeys the hashes kept before version 17 (plain SHA-256), once: in one transaction, each case
   * concerned gets a SUPPRESSION_HASH_KEYED entry and so a new seal; the audit head records that it
   * was done. Several workstations opening at once take turns on the head's row. Returns how many
   * hashes were rekeyed.
   */
  static int keyOlder(DSLContext dsl, ContactSearchIndex searchIndex, ChainKey key) {
    if (dsl.select(AUDIT_HEAD.SUPPRESSION_KEYED)
        .from(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .fetchSingle(AUDIT_HEAD.SUPPRESSION_KEYED)) {
      return 0;
    }
    int done =
        dsl.transactionResult(
            cfg -> {
              DSLContext tx = DSL.using(cfg);
              var head =
                  tx.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchSingle();
              if (head.getSuppressionKeyed()) {
                return 0;
              }
              var rows =
                  tx.select(OPT_OUT_SUPPRESSION.EMAIL_HASH, OPT_OUT_SUPPRESSION.FIRST_CASE_ID)
                      .from(OPT_OUT_SUPPRESSION)
                      .fetch();
              if (!rows.isEmpty()) {
                JooqRepositories r = new JooqRepositories(tx, searchIndex, key);
                // the database's own time: no host clock is read outside the services
                java.time.Instant now =
                    tx.select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
                for (var row : rows) {
                  tx.update(OPT_OUT_SUPPRESSION)
                      .set(OPT_OUT_SUPPRESSION.EMAIL_HASH, stored(key, row.value1()))
                      .where(OPT_OUT_SUPPRESSION.EMAIL_HASH.eq(row.value1()))
                      .execute();
                }
                List<AuditEntry> entries =
                    rows.stream()
                        .map(row -> row.value2())
                        .distinct()
                        .map(
                            caseId ->
                                new AuditEntry(
                                    now,
                                    null,
                                    "PrivacyDesk",
                                    "SUPPRESSION_HASH_KEYED",
                                    "CASE",
                                    caseId,
                                    ""))
                        .toList();
                r.audit().appendAll(entries);
                r.finish(dsl);
              }
              tx.update(AUDIT_HEAD)
                  .set(AUDIT_HEAD.SUPPRESSION_KEYED, true)
                  .where(AUDIT_HEAD.ID.eq(1))
                  .execute();
              return rows.size();
            });
    if (done > 0) {
      LOG.info("{} kept opt-out hashes rekeyed with the installation's secret", done);
    }
    return done;
  }
}
