package com.privacydesk.report;

import com.privacydesk.app.AppInfo;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX: a "Report" sheet with the header, then one sheet per table with a title row, a frozen
 * column-header row, typed cells (numbers, percentages, dates) and widths that fit the content.
 */
final class XlsxReportWriter implements ReportWriter {
  private static final String HEADER_FILL = "DCE6F1";
  private static final int MAX_WIDTH = 60;

  @Override
  public void write(ReportModel model, OutputStream out, Step step) throws IOException {
    Workbook wb = new Workbook(out, "PrivacyDesk", excelVersion(AppInfo.version()));
    wb.properties().setTitle(model.header().title() + " " + model.period());
    Worksheet cover = wb.newWorksheet("Report");
    cover.value(0, 0, model.header().title());
    cover.style(0, 0).bold().fontSize(14).set();
    int r = 2;
    for (String[] line : model.header().lines()) {
      cover.value(r, 0, line[0]);
      cover.style(r, 0).bold().set();
      cover.value(r, 1, line[1]);
      r++;
    }
    r++;
    cover.value(r, 0, "Sheets");
    cover.style(r, 0).bold().set();
    for (ReportTable t : model.tables()) {
      cover.value(++r, 0, t.title());
    }
    cover.width(0, 24);
    cover.width(1, 100);
    Set<String> names = new HashSet<>();
    for (ReportTable t : model.tables()) {
      sheet(wb.newWorksheet(sheetName(t, names)), model, t);
      step.tableDone();
    }
    wb.finish();
  }

  /** The application version in the form the XLSX properties take: XX.YYYY (0.1.0 → 00.0100). */
  static String excelVersion(String version) {
    String[] parts = version.split("[^0-9]+", 0);
    int major = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) % 100 : 0;
    int minor = parts.length > 1 ? Integer.parseInt(parts[1]) % 100 : 0;
    int patch = parts.length > 2 ? Integer.parseInt(parts[2]) % 100 : 0;
    return String.format(java.util.Locale.ROOT, "%02d.%02d%02d", major, minor, patch);
  }

  /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
  static String sheetName(ReportTable t, Set<String> used) {
    String base = t.id().replaceAll("[\\[\\]:*?/\\\\]", "_");
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private static void sheet(Worksheet ws, ReportModel model, ReportTable t) {
    List<ReportTable.Column> columns = t.columns();
    int[] widths = new int[columns.size()];
    ws.value(0, 0, t.title() + " — " + model.header().period());
    ws.style(0, 0).bold().fontSize(12).set();
    for (int c = 0; c < columns.size(); c++) {
      ws.value(1, c, columns.get(c).label());
      ws.style(1, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
      widths[c] = Math.min(columns.get(c).label().length(), 24);
    }
    int row = 2;
    for (ReportTable.Row data : t.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        ReportTable.Kind kind = columns.get(c).kind();
        Object v = data.cells().get(c);
        cell(ws, row, c, kind, v);
        widths[c] = Math.max(widths[c], Cells.display(kind, v).length());
      }
      row++;
    }
    if (!t.note().isEmpty()) {
      ws.value(row + 1, 0, t.note());
      ws.style(row + 1, 0).italic().set();
    }
    for (int c = 0; c < columns.size(); c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c] + 3));
    }
    // column labels wrap onto up to three lines: give their row the room (points)
    ws.rowHeight(1, 45);
    ws.freezePane(0, 2);
  }

  private static void cell(Worksheet ws, int row, int col, ReportTable.Kind kind, Object v) {
    if (v == null) {
      ws.value(row, col, Cells.NOT_APPLICABLE);
      ws.style(row, col).horizontalAlignment("right").set();
      return;
    }
    switch (kind) {
      case COUNT, DAYS -> {
        ws.value(row, col, (Long) v);
        ws.style(row, col).format("#,##0").set();
      }
      case ID -> {
        ws.value(row, col, (Long) v);
        ws.style(row, col).format("0").set();
      }
      case PERCENT -> {
        ws.value(row, col, (Double) v);
        ws.style(row, col).format("0.0%").set();
      }
      case DATE -> {
        ws.value(row, col, (LocalDate) v);
        ws.style(row, col).format("yyyy-mm-dd").set();
      }
      case TEXT -> ws.value(row, col, v.toString());
    }
  }
}
