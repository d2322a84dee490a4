package com.privacydesk.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.TestServices.AuditRow;
import com.privacydesk.app.AccessDeniedException;
import com.privacydesk.app.Actor;
import com.privacydesk.app.LockoutPolicy;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.reports.ReportFixture;
import com.privacydesk.app.reports.ReportTable;
import com.privacydesk.domain.CaseType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention purge on the report fixture's 21 cases: what goes, what stays, and that the monthly
 * report reads the same afterwards.
 */
class PurgeTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @TempDir Path dir;
  private ReportFixture f;
  private Services s;
  private Actor admin;

  @BeforeEach
  void build() {
    f = new ReportFixture(dir);
    s = f.services();
    admin = f.admin();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private List<ReportTable> october() {
    return f.reports().monthly(f.supervisor(), OCTOBER).tables();
  }

  @Test
  void previewCountsOnlyCasesPastRetentionAndOnlyAdminsMayPurge() {
    // on 2026-11-20 only H1 (opt-out closed 2024-08-20) is more than 24 months past its closure
    PurgePreview p = s.purges().preview(admin);
    assertThat(p.total()).isEqualTo(1);
    assertThat(p.counts()).containsEntry(CaseType.EMAIL_OPT_OUT, 1L);
    assertThat(p.closedFrom()).isEqualTo(p.closedTo());
    assertThat(p.cutoffs().get(CaseType.EMAIL_OPT_OUT))
        .isEqualTo(Instant.parse("2024-11-20T15:00:00Z"));
    assertThatThrownBy(() -> s.purges().preview(f.supervisor()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> s.purges().apply(f.agent())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void applyRemovesPersonalDataKeepsTheHashAndWritesAnAuditedCertificate() {
    long h1 = f.id("H1");
    List<ReportTable> before = october();
    long entries = f.auditEntries();

    PurgeCertificate c = s.purges().apply(admin);

    assertThat(c.preview().total()).isEqualTo(1);
    assertThat(c.user()).isEqualTo("admin");
    var verification = s.audit().verify();
    assertThat(verification.intact()).isTrue();
    // the purged case's own entry (its timeline, its new seal), then the run's
    assertThat(verification.entries()).isEqualTo(entries + 2);
    assertThat(c.auditHash()).isEqualTo(verification.headHash());
    assertThat(c.auditSeq()).isEqualTo(entries + 2);
    assertThat(c.text())
        .contains("Purge run:           1")
        .contains("Purged by:           admin")
        .contains("Cases purged:        1")
        .contains("2024-08-20")
        .contains("EMAIL_OPT_OUT                 1      24 mo")
        .contains("Audit chain head:    " + verification.headHash());
    AuditRow purge = TestServices.auditRows(s).getLast();
    assertThat(purge.action()).isEqualTo("PURGE");
    assertThat(purge.actorName()).isEqualTo("admin");
    assertThat(purge.detail()).startsWith("cases=1 CA_DISCLOSURE=0 EMAIL_OPT_OUT=1");

    // the address is gone from the case, its hash is kept for suppression
    assertThat(s.queries().detail(admin, h1).detail().facts())
        .extracting(CaseDetail.Fact::field)
        .doesNotContain("email")
        .contains("scope");
    assertThat(s.queries().reveal(admin, h1, "purge check")).isEmpty();
    assertThat(s.purges().suppressionHashKept("h1@example.com")).isTrue();
    assertThat(s.purges().suppressionHashKept("o1@example.com")).isFalse();
    // a new opt-out of the purged address is still seen as one that exists
    assertThatThrownBy(
            () ->
                s.intake()
                    .logOptOut(
                        admin,
                        new com.privacydesk.domain.intake.OptOutIntake(
                            "H1@Example.com",
                            com.privacydesk.domain.OptOutScope.ALL_COMMERCIAL,
                            null,
                            com.privacydesk.domain.Channel.WEB_FORM,
                            java.time.LocalDateTime.of(2026, 11, 19, 9, 0))))
        .isInstanceOfSatisfying(
            com.privacydesk.app.cases.DuplicatesFoundException.class,
            e ->
                assertThat(e.matches())
                    .extracting(m -> m.candidate().caseId(), m -> m.reason())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            h1,
                            com.privacydesk.domain.workflow.DuplicateRules.Reason.OPT_OUT_EXISTS)));
    // the closure, dates and outcome stay: October's report reads the same
    assertThat(october()).isEqualTo(before);
    assertThat(s.purges().preview(admin).total()).isZero();
  }

  @Test
  void twoYearsOnEveryEndedCaseIsPurgedAndTheReportStillReadsTheSame() {
    List<ReportTable> before = october();
    f.clock().set(Instant.parse("2029-01-05T15:00:00Z"));
    PurgePreview p = s.purges().preview(admin);
    assertThat(p.total()).isGreaterThan(10);
    PurgeCertificate c = s.purges().apply(admin);
    assertThat(c.preview().total()).isEqualTo(p.total());
    // no ended case has personal data left; open ones keep theirs
    for (String name : List.of("C1", "C2", "O1", "P1")) {
      long id = f.id(name);
      var file = s.queries().detail(admin, id);
      if (!file.detail().summary().status().isOpen()) {
        assertThat(s.queries().reveal(admin, id, "purge check")).as(name).isEmpty();
        assertThat(file.notes()).as(name).isEmpty();
      }
    }
    assertThat(october()).isEqualTo(before);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  /**
   * Issue 23, point 6. Without the wipe, every one of the purged addresses of this database was
   * still in its file after a normal close (1,437 of 1,437 at 3,000 cases); H2 compacts only a
   * little at close.
   */
  @Test
  void purgedValuesAreGoneFromTheDatabaseFileItself() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        com.privacydesk.TestServices.ON_POSTGRES, "the embedded database's file");
    com.privacydesk.HandClock clock = new com.privacydesk.HandClock();
    Path data = dir.resolve("demo");
    java.util.Set<String> purged = new java.util.HashSet<>();
    java.util.Set<String> kept = new java.util.HashSet<>();
    try (Services demo = com.privacydesk.TestServices.open(data, clock)) {
      int cases = 2000;
      demo.demoSeeder().seed(cases, 7, (done, total) -> {});
      Actor a =
          demo.users()
              .authenticate(
                  com.privacydesk.app.demo.DemoSeeder.ADMIN,
                  com.privacydesk.app.demo.DemoSeeder.DEMO_PASSWORD.toCharArray());
      java.util.Map<Long, java.util.Map<String, String>> before = new java.util.TreeMap<>();
      for (long id = 1; id <= cases; id++) {
        before.put(id, demo.queries().reveal(a, id, "purge check"));
      }
      clock.set(Instant.parse("2031-01-05T15:00:00Z"));
      demo.purges().apply(a);
      before.forEach(
          (id, values) ->
              (demo.queries().reveal(a, id, "purge check").isEmpty() ? purged : kept)
                  .addAll(values.values().stream().filter(v -> v.contains("@")).toList()));
    }
    // an address an unpurged case still has (as its contact, say) stays, rightly
    purged.removeAll(kept);
    assertThat(purged).hasSizeGreaterThan(100);
    assertThat(kept).isNotEmpty();
    // what `strings privacydesk.mv.db` would show
    String file =
        new String(
            java.nio.file.Files.readAllBytes(data.resolve("privacydesk.mv.db")),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(purged.stream().filter(file::contains)).isEmpty();
    assertThat(kept.stream().filter(file::contains)).isNotEmpty();
    assertThat(data.resolve("wipe-pending")).doesNotExist();
    // the rebuilt file is the same database: every case, an intact chain and seals
    try (Services again = com.privacydesk.TestServices.open(data, clock)) {
      assertThat(again.backups().check().cases()).isEqualTo(2000);
      assertThat(again.audit().verify().intact()).isTrue();
      assertThat(again.audit().verify().recordProblems()).isZero();
    }
  }

  @Test
  void aWipeThatDidNotHappenIsDoneAtTheNextStart() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        com.privacydesk.TestServices.ON_POSTGRES, "the embedded database's file");
    Path data = s.dataDir();
    f.close();
    // as a process killed after its purge leaves it
    java.nio.file.Files.createFile(data.resolve("wipe-pending"));
    com.privacydesk.TestServices.open(data).close();
    assertThat(data.resolve("wipe-pending")).doesNotExist();
  }

  @Test
  void retentionIsASettingAndCpniBreachesAreKeptAtLeastTwoYears() {
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    for (CaseType t : CaseType.values()) {
      months.put(t, RetentionPolicy.minimumFor(t));
    }
    months.put(CaseType.CPNI_BREACH, 1);
    assertThatThrownBy(() -> new RetentionPolicy(months))
        .isInstanceOf(IllegalArgumentException.class);
    months.put(CaseType.CPNI_BREACH, 24);
    s.settings().update(admin, new RetentionPolicy(months), LockoutPolicy.DEFAULTS);
    assertThat(s.settings().retention().monthsFor(CaseType.EMAIL_OPT_OUT)).isEqualTo(1);
    // one month: every case ended before 20 October goes, but no CPNI breach (24 months)
    PurgePreview p = s.purges().preview(admin);
    assertThat(p.counts().get(CaseType.EMAIL_OPT_OUT)).isGreaterThan(1);
    assertThat(p.counts().get(CaseType.CPNI_BREACH)).isZero();
    assertThat(TestServices.auditRows(s))
        .extracting(AuditRow::detail)
        .contains("retention.months.EMAIL_OPT_OUT: 24 -> 1");
  }
}
