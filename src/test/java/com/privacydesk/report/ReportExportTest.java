package com.privacydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.app.AccessDeniedException;
import com.privacydesk.app.reports.ReportFixture;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format read back with a reader of its own and compared with the report model. */
public class ReportExportTest {
  @TempDir static Path data;
  @TempDir Path out;
  private static ReportFixture f;
  private static ReportModel report;

  @BeforeAll
  static void build() {
    f = new ReportFixture(data);
    report = f.reports().monthly(f.supervisor(), YearMonth.of(2026, 10));
  }

  @AfterAll
  static void close() {
    f.close();
  }

  private ReportExporter exporter() {
    return new ReportExporter(f.reports());
  }

  private ReportExporter.Exported export(
      ReportModel model, ReportFormat format, String name, PaperSize paper) {
    return exporter()
        .export(
            f.supervisor(), model, format, out.resolve(name), paper, ReportExporter.Progress.NONE);
  }

  private ReportExporter.Exported export(ReportFormat format) {
    return export(report, format, "r." + format.extension(), PaperSize.LETTER);
  }

  @Test
  void xlsxHasOneSheetPerTableWithTypedCellsAndFrozenHeaders() throws IOException {
    Path file = export(ReportFormat.XLSX).file();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).first().isEqualTo("Report");
      assertThat(sheets).hasSize(report.tables().size() + 1);
      assertThat(text(sheets.getFirst().read()))
          .contains("2026-10")
          .contains(report.header().auditHeadHash())
          .contains(report.header().appVersion());
      for (int i = 0; i < report.tables().size(); i++) {
        ReportTable t = report.tables().get(i);
        Sheet sheet = sheets.get(i + 1);
        assertThat(sheet.getName()).isEqualTo(t.id());
        List<Row> rows = sheet.read();
        assertThat(rows.get(0).getCellAsString(0).orElseThrow()).startsWith(t.title());
        for (int c = 0; c < t.columns().size(); c++) {
          assertThat(rows.get(1).getCellAsString(c)).contains(t.columns().get(c).label());
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = rows.get(r + 2);
          for (int c = 0; c < t.columns().size(); c++) {
            assertCell(
                t, t.columns().get(c).kind(), t.rows().get(r).cells().get(c), row.getCell(c));
          }
        }
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String sheetXml =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(sheetXml).contains("state=\"frozen\"").contains("<col ");
    }
  }

  private static void assertCell(ReportTable t, ReportTable.Kind kind, Object expected, Cell cell) {
    String where = t.id() + " " + cell.getAddress();
    if (expected == null) {
      assertThat(cell.asString()).as(where).isEqualTo(Cells.NOT_APPLICABLE);
      return;
    }
    switch (kind) {
      case ID, COUNT, DAYS ->
          assertThat(cell.asNumber().longValueExact()).as(where).isEqualTo(expected);
      case PERCENT -> {
        assertThat(cell.asNumber().doubleValue())
            .as(where)
            .isCloseTo((Double) expected, within(1e-9));
        assertThat(cell.getDataFormatString()).as(where).isEqualTo("0.0%");
      }
      case DATE -> assertThat(cell.asDate().toLocalDate()).as(where).isEqualTo(expected);
      case TEXT -> assertThat(cell.asString()).as(where).isEqualTo(expected);
    }
  }

  private static String text(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    rows.forEach(r -> r.forEach(c -> b.append(c == null ? "" : c.getText()).append('\t')));
    return b.toString();
  }

  @Test
  void pdfShowsHeaderChartsEveryTableAndPageNumbers() throws IOException {
    Path file = export(ReportFormat.PDF).file();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Monthly privacy request report")
          .contains("October 2026")
          .contains(report.header().auditHeadHash())
          .contains("PrivacyDesk version")
          .contains("On-time rate by type")
          .contains("Backlog ageing")
          .contains("Page 1 of " + pages)
          .contains("Page " + pages + " of " + pages);
      for (ReportTable t : report.tables()) {
        assertThat(text).contains(t.title());
        for (ReportTable.Row r : t.rows()) {
          for (int c = 0; c < t.columns().size(); c++) {
            String shown = Cells.display(t.columns().get(c).kind(), r.cells().get(c));
            if (shown.length() <= 24) {
              assertThat(text).as(t.id() + " " + r.key()).contains(shown.trim());
            }
          }
        }
      }
      // a row's figures stay on one line, in column order: opt-outs closed 5, with a statutory
      // deadline 5, on time 2, 40.0 %
      assertThat(text).containsPattern("Email opt-out\\s+5\\s+5\\s+2\\s+40\\.0 %");
    }
    Path a4 = export(report, ReportFormat.PDF, "a4.pdf", PaperSize.A4).file();
    try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
    }
  }

  @Test
  void csvZipHoldsOneRfc4180FilePerTableWithTheHeader() throws IOException {
    Path file = export(ReportFormat.CSV).file();
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      int n = 0;
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
        ReportTable t = report.tables().get(n++);
        byte[] bytes = zip.readAllBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).get(1)).isEqualTo(report.header().title());
        assertThat(records.stream().map(r -> r.get(0)).toList())
            .contains("Period", "Filters", "Generated", "PrivacyDesk version", "Audit trail");
        int start = 0;
        while (!(records.get(start).size() == 1 && records.get(start).get(0).isEmpty())) {
          start++;
        }
        CSVRecord header = records.get(start + 1);
        for (int c = 0; c < t.columns().size(); c++) {
          assertThat(header.get(c)).isEqualTo(t.columns().get(c).label());
        }
        assertThat(records).hasSize(start + 2 + t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
          CSVRecord rec = records.get(start + 2 + r);
          for (int c = 0; c < t.columns().size(); c++) {
            ReportTable.Kind kind = t.columns().get(c).kind();
            Object v = t.rows().get(r).cells().get(c);
            if (kind == ReportTable.Kind.PERCENT && v != null) {
              assertThat(Double.parseDouble(rec.get(c))).isCloseTo((Double) v, within(0.00005));
            } else {
              assertThat(rec.get(c)).isEqualTo(Cells.data(kind, v));
            }
          }
        }
      }
    }
    assertThat(names).first().isEqualTo("01-received.csv");
    assertThat(names).hasSize(report.tables().size());
  }

  private static List<CSVRecord> parse(byte[] bytes) throws IOException {
    return CSVFormat.RFC4180
        .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
        .getRecords();
  }

  @Test
  void csvNeutralisesFormulaCells() throws IOException {
    ReportTable t =
        new ReportTable(
            "t",
            "=HYPERLINK(\"x\")",
            List.of(
                new ReportTable.Column("a", "+a", ReportTable.Kind.TEXT),
                new ReportTable.Column("n", "n", ReportTable.Kind.COUNT)),
            List.of(
                new ReportTable.Row("1", List.of("=1+2", -5L)),
                new ReportTable.Row("2", List.of("@cmd", 3L)),
                new ReportTable.Row("3", List.of("\tx", 4L)),
                new ReportTable.Row("4", List.of("-2+3", 5L))),
            "");
    ReportModel m =
        new ReportModel(
            ReportModel.Kind.MONTHLY,
            "2026-10",
            new ReportModel.Header(
                "T",
                "P",
                "none",
                Instant.parse("2026-11-20T15:00:00Z"),
                ZoneId.of("UTC"),
                "sam",
                "0.1.0",
                1,
                "ab",
                "m",
                "c",
                "cp",
                "f",
                false),
            List.of(t));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CsvReportWriter().write(m, bytes, () -> {});
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      zip.getNextEntry();
      List<CSVRecord> records = parse(zip.readAllBytes());
      assertThat(records.stream().map(r -> r.get(0)).toList())
          .contains("'=1+2", "'@cmd", "'\tx", "'-2+3", "'+a");
      assertThat(records.stream().filter(r -> r.size() > 1).map(r -> r.get(1)).toList())
          .contains("-5", "'=HYPERLINK(\"x\")");
    }
  }

  @Test
  void jsonIsTheModel() throws IOException {
    Path file = export(ReportFormat.JSON).file();
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.get("report").asText()).isEqualTo("MONTHLY");
    assertThat(root.get("period").asText()).isEqualTo("2026-10");
    assertThat(root.at("/header/auditHeadHash").asText())
        .isEqualTo(report.header().auditHeadHash());
    assertThat(root.at("/header/appVersion").asText()).isEqualTo(report.header().appVersion());
    assertThat(root.at("/header/filters").asText()).startsWith("none");
    assertThat(root.get("tables")).hasSize(report.tables().size());
    for (int i = 0; i < report.tables().size(); i++) {
      ReportTable t = report.tables().get(i);
      JsonNode jt = root.get("tables").get(i);
      assertThat(jt.get("id").asText()).isEqualTo(t.id());
      assertThat(jt.get("rows")).hasSize(t.rows().size());
      for (int r = 0; r < t.rows().size(); r++) {
        JsonNode jr = jt.get("rows").get(r);
        assertThat(jr.get("key").asText()).isEqualTo(t.rows().get(r).key());
        for (int c = 0; c < t.columns().size(); c++) {
          JsonNode v = jr.get("values").get(t.columns().get(c).id());
          Object expected = t.rows().get(r).cells().get(c);
          switch (expected) {
            case null -> assertThat(v.isNull()).isTrue();
            case Long n -> assertThat(v.asLong()).isEqualTo(n);
            case Double d -> assertThat(v.asDouble()).isEqualTo(d);
            case LocalDate d -> assertThat(v.asText()).isEqualTo(d.toString());
            default -> assertThat(v.asText()).isEqualTo(expected.toString());
          }
        }
      }
    }
    JsonNode onTime = root.get("tables").get(2);
    assertThat(onTime.get("id").asText()).isEqualTo("on_time");
    JsonNode all = row(onTime, "ALL");
    assertThat(all.at("/values/statutory_rate").asDouble()).isEqualTo(0.625);
  }

  @Test
  void everyExportIsAuditedWithTheFilesHash() throws Exception {
    long before = f.auditEntries();
    ReportExporter.Exported e = export(ReportFormat.JSON);
    assertThat(f.auditEntries()).isEqualTo(before + 1);
    String hash =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(e.file())));
    assertThat(e.sha256()).isEqualTo(hash);
    assertThat(f.lastAuditDetail())
        .contains("sha256=" + hash)
        .contains("MONTHLY 2026-10")
        .contains("format=json");
  }

  @Test
  void theWholePackIsFourFilesAndCancellingLeavesNothing() throws IOException {
    List<int[]> steps = new ArrayList<>();
    List<ReportExporter.Exported> pack =
        exporter()
            .exportPack(
                f.supervisor(),
                report,
                out,
                PaperSize.LETTER,
                (done, total) -> steps.add(new int[] {done, total}));
    assertThat(pack)
        .extracting(p -> p.file().getFileName().toString())
        .containsExactly(
            "privacydesk-report-2026-10.xlsx",
            "privacydesk-report-2026-10.pdf",
            "privacydesk-report-2026-10.zip",
            "privacydesk-report-2026-10.json");
    int total = report.tables().size() * 4;
    assertThat(steps).hasSize(total);
    assertThat(steps.getLast()).containsExactly(total, total);

    Path other = Files.createDirectory(out.resolve("cancelled"));
    long before = f.auditEntries();
    assertThatThrownBy(
            () ->
                exporter()
                    .exportPack(
                        f.supervisor(), report, other, PaperSize.LETTER, (done, t) -> done < 3))
        .isInstanceOf(CancellationException.class);
    try (var files = Files.list(other)) {
      assertThat(files).isEmpty();
    }
    assertThat(f.auditEntries()).isEqualTo(before);
  }

  @Test
  void agentsCannotExport() {
    assertThatThrownBy(
            () ->
                exporter()
                    .export(
                        f.agent(),
                        report,
                        ReportFormat.JSON,
                        out.resolve("x.json"),
                        PaperSize.LETTER,
                        ReportExporter.Progress.NONE))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(out.resolve("x.json")).doesNotExist();
  }

  @Test
  void cpniYearExportsToo() throws IOException {
    ReportModel year = f.reports().cpniYear(f.supervisor(), 2026);
    Path pdf = export(year, ReportFormat.PDF, "cpni.pdf", PaperSize.LETTER).file();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("CPNI annual certification")
          .contains("Calendar year 2026")
          .contains("USSS/FBI notified late");
    }
    Path xlsx = export(year, ReportFormat.XLSX, "cpni.xlsx", PaperSize.LETTER).file();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      assertThat(wb.getSheets().map(Sheet::getName).toList())
          .containsExactly(
              "Report", "complaints", "breach_summary", "breaches", "approval_withdrawals");
    }
  }

  /** The row of {@code table} with key {@code key}. */
  public static JsonNode row(JsonNode table, String key) {
    for (JsonNode r : table.get("rows")) {
      if (r.get("key").asText().equals(key)) {
        return r;
      }
    }
    throw new AssertionError("no row " + key);
  }
}
