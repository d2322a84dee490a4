package com.privacydesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.ReportFiles;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Months that never change (domain.md §6, issue 22): a finished month's report reads the same
 * whenever it is produced, and the month not yet ended says it is month to date on every output.
 * The fixture's clock stands at 2026-11-20 15:00 UTC: October and September are finished, November
 * is the current month.
 */
class FrozenMonthTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final Instant LATER = Instant.parse("2026-11-21T15:00:00Z");

  @TempDir Path dir;

  /**
   * The changes made after the months ended: O4 (bob's, open at the end of September and October)
   * goes to ann, O3 (nobody's, open at the end of October) to bob, O7 (closed on 30 September) and
   * O1 (closed on 16 October) are reopened, and H1 (closed in 2024, past retention) is purged.
   */
  private static void changeLater(ReportFixture f) {
    Services s = f.services();
    f.clock().set(LATER);
    s.assignments().assign(f.sam, f.id("O4"), f.ann.userId(), version(f, "O4"));
    s.assignments().assign(f.sam, f.id("O3"), f.bob.userId(), version(f, "O3"));
    s.workflow().perform(f.sam, f.id("O7"), version(f, "O7"), CaseAction.REOPEN, null);
    s.workflow().perform(f.sam, f.id("O1"), version(f, "O1"), CaseAction.REOPEN, null);
    assertThat(s.purges().apply(f.admin).preview().total()).isEqualTo(1);
  }

  private static int version(ReportFixture f, String name) {
    return f.services().queries().detail(f.sam, f.id(name)).version();
  }

  @Test
  void aFinishedMonthReadsTheSameAfterALaterReopenReassignmentAndPurge() throws Exception {
    try (ReportFixture f = new ReportFixture(dir)) {
      ReportModel first = f.reports().monthly(f.sam, OCTOBER);
      assertThat(frozenEntries(f)).isEqualTo(1);
      assertThat(first.header().figures())
          .isEqualTo(
              "frozen 2026-11-20 10:00 America/New_York at the month's first report; they do not change");
      assertThat(first.header().monthToDate()).isFalse();

      changeLater(f);
      ReportModel again = f.reports().monthly(f.sam, OCTOBER);

      assertThat(again.tables()).isEqualTo(first.tables());
      assertThat(tablesJson(f, again)).isEqualTo(tablesJson(f, first));
      assertThat(again.header().generatedAt()).isEqualTo(LATER);
      assertThat(again.header().figures()).isEqualTo(first.header().figures());
      // frozen once: reporting it again writes no second freezing entry
      assertThat(frozenEntries(f)).isEqualTo(1);
      // the figures the changes would have moved, had they been read from today's rows
      assertThat(again.table("agents").value("bob", "held")).isEqualTo(5L);
      assertThat(again.table("hygiene").value("EMAIL_OPT_OUT", "past_retention")).isEqualTo(1L);
      assertThat(f.services().audit().verify().records()).isEmpty();
    }
  }

  @Test
  void aMonthFirstReportedAfterLaterChangesIsComputedAsAtItsEnd() {
    ReportModel untouched;
    try (ReportFixture f = new ReportFixture(dir.resolve("untouched"))) {
      untouched = f.reports().monthly(f.sam, SEPTEMBER);
    }
    try (ReportFixture f = new ReportFixture(dir.resolve("changed"))) {
      changeLater(f);
      ReportModel september = f.reports().monthly(f.sam, SEPTEMBER);
      // O4 counts for bob, who held it on 30 September (with C2, C5 and O6); O7 closed then; H1
      // was not purged yet
      assertThat(september.tables()).isEqualTo(untouched.tables());
      assertThat(september.table("agents").value("bob", "held")).isEqualTo(4L);
      assertThat(september.table("hygiene").value("EMAIL_OPT_OUT", "past_retention")).isEqualTo(1L);
    }
  }

  @Test
  void twoSupervisorsReportingAFinishedMonthAtOnceFreezeItOnce() throws Exception {
    try (ReportFixture f = new ReportFixture(dir)) {
      var start = new java.util.concurrent.CountDownLatch(1);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.Callable<ReportModel> report =
            () -> {
              start.await();
              return f.reports().monthly(f.sam, OCTOBER);
            };
        var a = pool.submit(report);
        var b = pool.submit(report);
        start.countDown();
        assertThat(a.get().tables()).isEqualTo(b.get().tables());
      } finally {
        pool.shutdownNow();
      }
      assertThat(frozenEntries(f)).isEqualTo(1);
    }
  }

  @Test
  void theMonthNotYetEndedIsMonthToDateOnEveryOutputWithItsBacklogAsOfNow() throws Exception {
    try (ReportFixture f = new ReportFixture(dir)) {
      ReportModel november = f.reports().monthly(f.sam, NOVEMBER);
      LocalDate today = LocalDate.of(2026, 11, 20);
      ReportModel.Header h = november.header();
      assertThat(h.monthToDate()).isTrue();
      assertThat(h.title()).contains("MONTH TO DATE");
      assertThat(h.period()).contains("month to date (2026-11-01 to 2026-11-20)");
      assertThat(h.measuredAt()).contains("backlog as of 10:00 on 2026-11-20");
      assertThat(november.fileStem()).isEqualTo("privacydesk-report-2026-11-month-to-date");
      // nothing counted overdue that is not yet due today
      ReportTable overdue = november.table("overdue_cases");
      assertThat(overdue.title()).isEqualTo("5b. Overdue now (month to date)");
      assertThat(overdue.rows()).isNotEmpty();
      for (ReportTable.Row r : overdue.rows()) {
        LocalDate due = (LocalDate) r.cells().get(overdue.columnIndex("due"));
        assertThat(due).isBefore(today);
        assertThat(r.cells().get(overdue.columnIndex("days_overdue")))
            .isEqualTo(ChronoUnit.DAYS.between(due, today));
      }
      // a month to date is never frozen: the next report counts what happened since
      assertThat(frozenEntries(f)).isZero();

      Path pack = Files.createDirectories(dir.resolve("pack"));
      var files =
          new ReportExporter(f.reports())
              .exportPack(f.sam, november, pack, PaperSize.LETTER, ReportExporter.Progress.NONE);
      assertThat(files).hasSize(4);
      for (var file : files) {
        assertThat(ReportFiles.readable(file.file(), file.format()))
            .as(file.file().getFileName().toString())
            .contains("MONTH TO DATE");
        assertThat(file.file().getFileName().toString()).contains("month-to-date");
      }
      assertThat(Files.readString(pack.resolve(november.fileStem() + ".json")))
          .contains("\"monthToDate\" : true");
    }
  }

  /** The report's tables as the JSON export writes them (without the header). */
  private String tablesJson(ReportFixture f, ReportModel model) throws Exception {
    Path file = Files.createTempFile(dir, "report", ".json");
    new ReportExporter(f.reports())
        .export(
            f.sam,
            model,
            com.privacydesk.report.ReportFormat.JSON,
            file,
            PaperSize.LETTER,
            ReportExporter.Progress.NONE);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    return json.substring(json.indexOf("\"tables\""));
  }

  private static long frozenEntries(ReportFixture f) {
    return TestServices.auditRows(f.services()).stream()
        .filter(r -> r.action().equals("REPORT_MONTH_FROZEN"))
        .count();
  }
}
