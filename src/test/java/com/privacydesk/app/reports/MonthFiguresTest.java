package com.privacydesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.app.reports.ReportService.FigureState;
import com.privacydesk.app.reports.ReportService.MonthFigures;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, Team: the month so far and the last twelve months' on-time rates are the monthly
 * report's own figures; looking at them freezes nothing, and a frozen month shows what was kept.
 */
class MonthFiguresTest {
  @TempDir Path dir;
  private ReportFixture f;

  @BeforeEach
  void build() {
    f = new ReportFixture(dir);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static MonthFigures of(ReportModel report, YearMonth month, FigureState state) {
    ReportTable received = report.table("received");
    ReportTable onTime = report.table("on_time");
    return new MonthFigures(
        month,
        state,
        (Long) received.value("ALL", "total"),
        (Long) onTime.value("ALL", "closed"),
        (Double) onTime.value("ALL", "statutory_rate"),
        (Double) onTime.value("ALL", "internal_rate"));
  }

  @Test
  void theMonthSoFarIsTheMonthToDateReportsFigures() {
    YearMonth november = YearMonth.of(2026, 11);
    MonthFigures mtd = f.reports().monthToDate(f.supervisor());
    assertThat(mtd)
        .isEqualTo(
            of(f.reports().monthly(f.supervisor(), november), november, FigureState.MONTH_TO_DATE));
  }

  @Test
  void theLastTwelveMonthsAreComputedWithoutFreezingAndFrozenOnesAreReadBack() {
    long entries = f.auditEntries();
    List<MonthFigures> months = f.reports().lastMonths(f.supervisor(), 12);
    assertThat(f.auditEntries()).as("looking froze nothing").isEqualTo(entries);
    assertThat(months).extracting(MonthFigures::month).first().isEqualTo(YearMonth.of(2025, 11));
    assertThat(months).extracting(MonthFigures::month).last().isEqualTo(YearMonth.of(2026, 10));
    assertThat(months).allMatch(m -> m.state() == FigureState.COMPUTED);
    assertThat(months).anyMatch(m -> m.closed() != null && m.closed() > 0);

    YearMonth october = YearMonth.of(2026, 10);
    ReportModel report = f.reports().monthly(f.supervisor(), october); // freezes October
    List<MonthFigures> again = f.reports().lastMonths(f.supervisor(), 12);
    assertThat(again.getLast()).isEqualTo(of(report, october, FigureState.FROZEN));
    assertThat(again.getLast())
        .usingRecursiveComparison()
        .ignoringFields("state")
        .isEqualTo(months.getLast());
  }
}
