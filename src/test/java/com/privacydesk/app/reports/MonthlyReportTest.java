package com.privacydesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.privacydesk.app.AccessDeniedException;
import com.privacydesk.app.RefusedException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The October 2026 report of {@link ReportFixture}, every figure computed by hand (the working is
 * in the comments and in docs/reports.md).
 */
@Tag("fast")
class MonthlyReportTest {
  @TempDir static Path dir;
  private static ReportFixture f;
  private static ReportModel report;

  @BeforeAll
  static void build() {
    f = new ReportFixture(dir);
    report = f.s.reports().monthly(f.sam, YearMonth.of(2026, 10));
  }

  @AfterAll
  static void close() {
    f.close();
  }

  private static Object v(String table, String row, String column) {
    return report.table(table).value(row, column);
  }

  private static void counts(String table, String column, Object... rowAndValue) {
    for (int i = 0; i < rowAndValue.length; i += 2) {
      assertThat(v(table, (String) rowAndValue[i], column))
          .as(table + " " + rowAndValue[i] + " " + column)
          .isEqualTo(rowAndValue[i + 1]);
    }
  }

  private static void rate(String table, String row, String column, double expected) {
    assertThat((Double) v(table, row, column))
        .as(table + " " + row)
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  void receivedByTypeAndChannelSplitsCaByDesignation() {
    // O1 O3 O5 by web form, O2 by other email; C3 designated, C4 by post; K1, P1, P2, P4 by phone,
    // P3 by chat; B1 opened internally
    counts(
        "received",
        "total",
        "EMAIL_OPT_OUT",
        4L,
        "CA_DISCLOSURE",
        2L,
        "CA_DISCLOSURE/designated",
        1L,
        "CA_DISCLOSURE/other",
        1L,
        "CHILD_DATA_DELETION",
        1L,
        "PASSWORD_COMPROMISE",
        4L,
        "CPNI_BREACH",
        1L,
        "ALL",
        12L);
    counts("received", "WEB_FORM", "EMAIL_OPT_OUT", 3L, "ALL", 3L);
    counts("received", "OTHER_EMAIL", "EMAIL_OPT_OUT", 1L, "ALL", 1L);
    counts(
        "received", "DESIGNATED_EMAIL", "CA_DISCLOSURE/designated", 1L, "CA_DISCLOSURE/other", 0L);
    counts("received", "POSTAL_MAIL", "CA_DISCLOSURE/other", 1L);
    counts("received", "PHONE", "PASSWORD_COMPROMISE", 3L, "CHILD_DATA_DELETION", 1L, "ALL", 4L);
    counts("received", "CHAT", "PASSWORD_COMPROMISE", 1L);
    counts("received", "INTERNAL", "CPNI_BREACH", 1L);
  }

  @Test
  void closedByOutcomeCountsTheLocalClosingDateAndOneClosurePerReopenedCase() {
    // O1 O2 R2 suppressed; O6 (23:30 on 31 Oct = 1 Nov UTC) and R1 (closed, reopened, closed
    // again in October: once) already suppressed; O7 (23:50 on 30 Sep) and O5 (16 Nov) are not
    // October's; H1 closed in 2024
    counts(
        "closed",
        "closed",
        "EMAIL_OPT_OUT/SUPPRESSED",
        3L,
        "EMAIL_OPT_OUT/ALREADY_SUPPRESSED",
        2L,
        "EMAIL_OPT_OUT/WITHDRAWN",
        0L,
        "EMAIL_OPT_OUT",
        5L,
        "CA_DISCLOSURE/FULFILLED",
        1L,
        "CA_DISCLOSURE/NO_DISCLOSURES",
        1L,
        "CA_DISCLOSURE/DUPLICATE_IN_YEAR",
        1L,
        "CA_DISCLOSURE",
        3L,
        "CHILD_DATA_DELETION/DELETED",
        1L,
        "CHILD_DATA_DELETION",
        1L,
        "PASSWORD_COMPROMISE/SECURED",
        2L,
        "PASSWORD_COMPROMISE/ESCALATED_TO_BREACH",
        1L,
        "PASSWORD_COMPROMISE",
        3L,
        "CPNI_BREACH",
        0L,
        "ALL",
        12L);
  }

  @Test
  void onTimeAgainstStatutoryAndInternalDeadlines() {
    // opt-outs: O1 (due 16 Oct, Columbus Day skipped) and R2 (due 14 Oct) on time; O2 (due 20 Oct,
    // closed 22), O6 (due 30 Sep) and R1 (due 5 Oct, closed again 9 Oct) late
    counts(
        "on_time",
        "statutory_closed",
        "EMAIL_OPT_OUT",
        5L,
        "CA_DISCLOSURE",
        3L,
        "CHILD_DATA_DELETION",
        0L,
        "PASSWORD_COMPROMISE",
        0L,
        "ALL",
        8L);
    counts(
        "on_time",
        "statutory_on_time",
        "EMAIL_OPT_OUT",
        2L,
        "CA_DISCLOSURE",
        3L,
        "CHILD_DATA_DELETION",
        null,
        "ALL",
        5L);
    rate("on_time", "EMAIL_OPT_OUT", "statutory_rate", 0.4);
    rate("on_time", "CA_DISCLOSURE", "statutory_rate", 1.0);
    rate("on_time", "ALL", "statutory_rate", 5.0 / 8);
    assertThat(v("on_time", "PASSWORD_COMPROMISE", "statutory_rate")).isNull();
    // internal: C2 (internal target 31 Aug, closed 10 Oct) and P2 (same day 8 Oct, closed 9 Oct)
    // late; C1, C3, K1 (due 21 Oct), P1, P4 on time; opt-outs have no internal target
    counts(
        "on_time",
        "internal_closed",
        "EMAIL_OPT_OUT",
        0L,
        "CA_DISCLOSURE",
        3L,
        "CHILD_DATA_DELETION",
        1L,
        "PASSWORD_COMPROMISE",
        3L,
        "ALL",
        7L);
    counts(
        "on_time",
        "internal_on_time",
        "CA_DISCLOSURE",
        2L,
        "CHILD_DATA_DELETION",
        1L,
        "PASSWORD_COMPROMISE",
        2L,
        "ALL",
        5L);
    rate("on_time", "CA_DISCLOSURE", "internal_rate", 2.0 / 3);
    rate("on_time", "ALL", "internal_rate", 5.0 / 7);
    assertThat(v("on_time", "EMAIL_OPT_OUT", "internal_rate")).isNull();
    assertThat(v("on_time", "CPNI_BREACH", "closed")).isEqualTo(0L);
  }

  @Test
  void timeToCloseInTheTypesOwnUnitNearestRank() {
    // opt-outs in business days: O1 10, R2 10, O2 12, R1 14, O6 31 → median rank 3 = 12,
    // p90 rank 5 = 31 (the tie at 10 counts twice)
    counts(
        "time_to_close",
        "median",
        "EMAIL_OPT_OUT",
        12L,
        "CA_DISCLOSURE",
        25L,
        "CHILD_DATA_DELETION",
        8L,
        "PASSWORD_COMPROMISE",
        0L,
        "CPNI_BREACH",
        null,
        "ALL",
        15L);
    // CA in calendar days 3, 25, 70; passwords 0, 0, 1 business days; all types in calendar
    // days 0 0 1 3 13 15 15 17 18 25 45 70 → rank 6 = 15, rank 11 = 45
    counts(
        "time_to_close",
        "p90",
        "EMAIL_OPT_OUT",
        31L,
        "CA_DISCLOSURE",
        70L,
        "CHILD_DATA_DELETION",
        8L,
        "PASSWORD_COMPROMISE",
        1L,
        "ALL",
        45L);
    counts(
        "time_to_close",
        "unit",
        "CA_DISCLOSURE",
        "calendar days",
        "EMAIL_OPT_OUT",
        "business days",
        "ALL",
        "calendar days");
  }

  @Test
  void backlogAtMonthEndWithOverdueListAndAtRisk() {
    // open at 31 Oct 23:59: O3, O4, O5 (closed later), C4, C5, P3, B1; R2 was closed then
    // (reopened 3 Nov), O6 closed at 23:30
    counts(
        "backlog",
        "open",
        "EMAIL_OPT_OUT",
        3L,
        "CA_DISCLOSURE",
        2L,
        "CHILD_DATA_DELETION",
        0L,
        "PASSWORD_COMPROMISE",
        1L,
        "CPNI_BREACH",
        1L,
        "ALL",
        7L);
    // overdue: O4 (due 24 Sep), C5 (due 1 Oct), P3 (same day 30 Oct); B1 notified 22 Oct
    counts(
        "backlog",
        "overdue",
        "EMAIL_OPT_OUT",
        1L,
        "CA_DISCLOSURE",
        1L,
        "PASSWORD_COMPROMISE",
        1L,
        "CPNI_BREACH",
        0L,
        "ALL",
        3L);
    // at risk: O3 due Tue 3 Nov, within 3 business days of Sat 31 Oct (to Wed 4 Nov); O5 due 16 Nov
    counts("backlog", "at_risk", "EMAIL_OPT_OUT", 1L, "ALL", 1L);
    ReportTable list = report.table("overdue_cases");
    assertThat(list.rows())
        .extracting(ReportTable.Row::key)
        .containsExactly(key("C5"), key("O4"), key("P3"));
    assertThat(list.value(key("O4"), "days_overdue")).isEqualTo(37L);
    assertThat(list.value(key("C5"), "days_overdue")).isEqualTo(30L);
    assertThat(list.value(key("P3"), "days_overdue")).isEqualTo(1L);
    assertThat(list.value(key("O4"), "assignee")).isEqualTo("bob");
    assertThat(list.value(key("P3"), "assignee")).isEqualTo(MonthlyTables.UNASSIGNED);
  }

  private static String key(String name) {
    return Long.toString(f.id(name));
  }

  @Test
  void backlogAgeingBuckets() {
    // ages at 31 Oct: O5 1, P3 1 | O3 11 | C4 16, B1 22 | O4 51, C5 60 (the bucket's edge)
    counts("ageing", "d0_7", "ALL", 2L, "EMAIL_OPT_OUT", 1L, "PASSWORD_COMPROMISE", 1L);
    counts("ageing", "d8_14", "ALL", 1L);
    counts("ageing", "d15_30", "ALL", 2L, "CA_DISCLOSURE", 1L, "CPNI_BREACH", 1L);
    counts("ageing", "d31_60", "ALL", 2L, "CA_DISCLOSURE", 1L, "EMAIL_OPT_OUT", 1L);
    counts("ageing", "d61_90", "ALL", 0L);
    counts("ageing", "d91", "ALL", 0L);
    counts("ageing", "total", "ALL", 7L);
  }

  @Test
  void perAgent() {
    // ann closed O1 O2 R1 R2 C1 K1 P1 P4 (calendar days 15 17 18 15 25 13 0 0 → median 15), late
    // O2 and R1; bob closed O6 C2 P2 (45 70 1), holds O4 and C5 overdue; unassigned: C3 closed,
    // O3 O5 C4 P3 B1 open, P3 overdue
    ReportTable t = report.table("agents");
    assertThat(t.rows())
        .extracting(ReportTable.Row::key)
        .containsExactly("(unassigned)", "ann", "bob");
    counts("agents", "held", "ann", 8L, "bob", 5L, "(unassigned)", 6L);
    counts("agents", "closed", "ann", 8L, "bob", 3L, "(unassigned)", 1L);
    counts("agents", "median_days", "ann", 15L, "bob", 45L, "(unassigned)", 3L);
    rate("agents", "ann", "on_time_rate", 0.75);
    rate("agents", "bob", "on_time_rate", 1.0 / 3);
    rate("agents", "(unassigned)", "on_time_rate", 1.0);
    counts("agents", "overdue_held", "ann", 0L, "bob", 2L, "(unassigned)", 1L);
  }

  @Test
  void typeItems() {
    counts(
        "type_items",
        "count",
        "cpni_complaints/EMPLOYEE_ACCESS",
        1L,
        "cpni_complaints/UNAUTHORIZED_DISCLOSURE",
        1L,
        "cpni_complaints/UNAUTHORIZED_ONLINE_ACCESS",
        1L,
        "cpni_complaints/NO_CPNI_COMPLAINT",
        0L,
        "cpni_complaints/NOT_RECORDED",
        1L,
        // P1 (7 Oct) and P4 (9 Oct) notices on the day; P2's on 9 Oct for a report of 8 Oct
        "change_notices/on_target",
        2L,
        // B1 determined Fri 9 Oct: 7 business days (Columbus Day skipped) end Wed 21 Oct;
        // notified 22 Oct
        "breach_notices/on_time",
        0L,
        "breach_notices/not_notified",
        0L,
        "breach_notices/customers_early",
        0L,
        "coppa/deleted",
        1L,
        "coppa/tracker_purged",
        1L,
        "ca/duplicates_declined",
        1L);
    // suppression dates: O1 16 Oct (due 16), R1 5 Oct (due 5), R2 14 Oct (due 14) in time; O2 22
    // Oct
    // (due 20) and O6 31 Oct (due 30 Sep) not
    counts("type_items", "count", "opt_outs/suppressed_by_due", 3L);
    rate("type_items", "opt_outs/suppressed_by_due", "rate", 0.6);
    counts(
        "type_items",
        "of",
        "cpni_complaints/NOT_RECORDED",
        4L,
        "change_notices/on_target",
        3L,
        "breach_notices/on_time",
        1L,
        "ca/duplicates_declined",
        3L);
    rate("type_items", "change_notices/on_target", "rate", 2.0 / 3);
    ReportTable breaches = report.table("breaches");
    assertThat(breaches.value(key("B1"), "notice_due")).hasToString("2026-10-21");
    assertThat(breaches.value(key("B1"), "notified")).hasToString("2026-10-22");
    assertThat(breaches.value(key("B1"), "notice_on_time")).isEqualTo("no");
  }

  @Test
  void dataHygieneCountsClosedCasesPastRetention() {
    // H1 closed 20 Aug 2024: more than 24 months before 1 Nov 2026 00:00
    counts("hygiene", "past_retention", "EMAIL_OPT_OUT", 1L, "CA_DISCLOSURE", 0L, "ALL", 1L);
    counts("hygiene", "retention_months", "CPNI_BREACH", 24L);
  }

  @Test
  void theHeaderNamesTheMonthTheAuditHeadAndTheVersion() {
    ReportModel.Header h = report.header();
    assertThat(report.period()).isEqualTo("2026-10");
    assertThat(h.period()).startsWith("October 2026");
    // computed after its own freezing entry, the last one then
    var rows = com.privacydesk.TestServices.auditRows(f.s);
    assertThat(rows.get((int) h.auditEntries() - 1).action()).isEqualTo("REPORT_MONTH_FROZEN");
    assertThat(h.auditCheckpoint())
        .contains("entries=" + h.auditEntries() + " head=" + h.auditHeadHash());
    assertThat(h.generatedBy()).isEqualTo("sam");
    assertThat(h.filters()).startsWith("none");
    assertThat(h.measuredAt()).contains("2026-10-31").contains("America/New_York");
  }

  @Test
  void septemberSeesTheOtherSideOfTheBoundary() {
    ReportModel sep = f.s.reports().monthly(f.sam, YearMonth.of(2026, 9));
    // O7 closed 23:50 on 30 Sep (New York) counts in September; nothing else closed then
    assertThat(sep.table("closed").value("ALL", "closed")).isEqualTo(1L);
    // open at 30 Sep: C2 C5 O4 O6 R1 C1 R2 (O7 closed)
    assertThat(sep.table("backlog").value("ALL", "open")).isEqualTo(7L);
  }

  @Test
  void onlySupervisorsMayComputeOrExportReports() {
    assertThatThrownBy(() -> f.s.reports().monthly(f.ann, YearMonth.of(2026, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> f.s.reports().cpniYear(f.ann, 2026))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> f.s.reports().recordExport(f.ann, report, "json", 1, "00"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> f.s.reports().monthly(f.sam, YearMonth.of(2026, 12)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("report.futureMonth"));
  }

  @Test
  void cpniYearCountsComplaintsAndBreaches() {
    ReportModel year = f.s.reports().cpniYear(f.sam, 2026);
    ReportTable c = year.table("complaints");
    assertThat(
            List.of(
                c.value("EMPLOYEE_ACCESS", "count"),
                c.value("UNAUTHORIZED_DISCLOSURE", "count"),
                c.value("UNAUTHORIZED_ONLINE_ACCESS", "count"),
                c.value("NOT_RECORDED", "count"),
                c.value("ALL_CPNI", "count")))
        .containsExactly(1L, 1L, 1L, 1L, 3L);
    ReportTable s = year.table("breach_summary");
    assertThat(s.value("determined", "count")).isEqualTo(1L);
    assertThat(s.value("notified_late", "count")).isEqualTo(1L);
    assertThat(year.table("breaches").rows()).hasSize(1);
  }

  @Test
  void theDefaultMonthIsTheLastFullOne() {
    assertThat(f.s.reports().lastFullMonth()).isEqualTo(YearMonth.of(2026, 10));
  }
}
