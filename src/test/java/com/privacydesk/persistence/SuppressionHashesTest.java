package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.AUDIT_HEAD;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_SUPPRESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.privacy.PurgeService;
import com.privacydesk.app.reports.ReportFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, point 6: what is kept of a purged opt-out's address cannot be matched by hashing a
 * guessed address ({@code printf addr | sha256sum}), and the plain hashes of older versions are
 * rekeyed, audited and resealed, at the next start.
 */
class SuppressionHashesTest {
  @TempDir Path dir;

  @Test
  void theKeptHashIsKeyedAndOlderPlainHashesAreRekeyedAtTheNextStart() {
    Path data;
    long h1;
    String plain = PurgeService.emailHash("h1@example.com");
    try (ReportFixture f = new ReportFixture(dir)) {
      Services s = f.services();
      data = s.dataDir();
      h1 = f.id("H1");
      s.purges().apply(f.admin());
      assertThat(s.purges().suppressionHashKept("h1@example.com")).isTrue();
    }
    // what the database holds is not the address's SHA-256
    try (Database db = Database.open(data, null, false)) {
      String stored =
          db.dsl()
              .select(OPT_OUT_SUPPRESSION.EMAIL_HASH)
              .from(OPT_OUT_SUPPRESSION)
              .fetchSingle()
              .value1();
      assertThat(stored).isNotEqualTo(plain).hasSize(64);
      // back to how version 16 left it: the plain hash, sealed as such, not yet rekeyed
      db.dsl().update(OPT_OUT_SUPPRESSION).set(OPT_OUT_SUPPRESSION.EMAIL_HASH, plain).execute();
      JooqSealStore.Touched touched = new JooqSealStore.Touched();
      touched.add("CASE", h1, new JooqSealStore(db.dsl(), db.chainKey()).latestEntry("CASE", h1));
      new JooqSealStore(db.dsl(), db.chainKey()).seal(touched);
      db.dsl().update(AUDIT_HEAD).set(AUDIT_HEAD.SUPPRESSION_KEYED, false).execute();
    }
    try (Services s = TestServices.open(data)) {
      assertThat(s.purges().suppressionHashKept("h1@example.com")).isTrue();
      assertThat(s.audit().verify().intact()).isTrue();
      assertThat(TestServices.auditRows(s))
          .filteredOn(r -> r.action().equals("SUPPRESSION_HASH_KEYED"))
          .extracting(r -> r.entityId())
          .containsExactly(h1);
    }
    try (Database db = Database.open(data, null, false)) {
      assertThat(
              db.dsl()
                  .select(OPT_OUT_SUPPRESSION.EMAIL_HASH)
                  .from(OPT_OUT_SUPPRESSION)
                  .fetchSingle()
                  .value1())
          .isNotEqualTo(plain);
    }
  }
}
