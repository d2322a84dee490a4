package com.privacydesk.report;

import com.privacydesk.app.cases.CsvCells;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A zip of RFC 4180 CSV files (UTF-8, CRLF), one per table. Each file starts with the report's
 * header as "label,value" records and an empty record, then the table's column labels and rows.
 * Text cells that a spreadsheet would run as a formula are neutralised.
 */
final class CsvReportWriter implements ReportWriter {
  @Override
  public void write(ReportModel model, OutputStream out, Step step) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    int n = 0;
    for (ReportTable t : model.tables()) {
      n++;
      zip.putNextEntry(new ZipEntry(String.format("%02d-%s.csv", n, t.id())));
      OutputStreamWriter w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
      for (String[] line : model.header().lines()) {
        csv.printRecord(CsvCells.safe(line[0]), CsvCells.safe(line[1]));
      }
      csv.printRecord("Table", CsvCells.safe(t.title()));
      csv.println();
      csv.printRecord(t.columns().stream().map(c -> CsvCells.safe(c.label())).toList());
      for (ReportTable.Row row : t.rows()) {
        Object[] cells = new Object[t.columns().size()];
        for (int c = 0; c < cells.length; c++) {
          ReportTable.Kind kind = t.columns().get(c).kind();
          String text = Cells.data(kind, row.cells().get(c));
          cells[c] = kind == ReportTable.Kind.TEXT ? CsvCells.safe(text) : text;
        }
        csv.printRecord(cells);
      }
      csv.flush();
      zip.closeEntry();
      step.tableDone();
    }
    zip.finish();
  }
}
