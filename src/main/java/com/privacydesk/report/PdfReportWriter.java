package com.privacydesk.report;

import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable PDF (Letter or A4, portrait): the header, the charts, then every table with its
 * column labels repeated on each page it spans, and "page n of m" on every page.
 */
final class PdfReportWriter implements ReportWriter {
  private static final float MARGIN = 42;
  private static final float BODY = 8.5f;
  private static final float ROW = 12;
  private static final int KEEP_TOGETHER = 15;
  private static final float[][] SERIES_COLOURS = {
    {0.20f, 0.40f, 0.70f}, {0.93f, 0.55f, 0.17f}, {0.35f, 0.65f, 0.35f}
  };

  /** The PDF document information key that holds the report's signed audit checkpoint. */
  static final String CHECKPOINT_KEY = "PrivacyDeskAuditCheckpoint";

  private final PaperSize paper;

  PdfReportWriter(PaperSize paper) {
    this.paper = paper;
  }

  @Override
  public void write(ReportModel model, OutputStream out, Step step) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle(model.header().title() + " " + model.period());
      doc.getDocumentInformation().setCreator("PrivacyDesk " + model.header().appVersion());
      // whole, where no line wrapping can break it: verify-audit --against reads it from here
      doc.getDocumentInformation()
          .setCustomMetadataValue(CHECKPOINT_KEY, model.header().auditCheckpoint());
      Layout l = new Layout(doc, paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER);
      l.text(model.header().title(), l.bold, 16, MARGIN, l.y);
      l.y -= 24;
      for (String[] line : model.header().lines()) {
        l.text(line[0], l.bold, BODY, MARGIN, l.y);
        l.wrapped(line[1], l.regular, BODY, MARGIN + 110, l.width() - 110);
      }
      l.y -= 10;
      for (ReportCharts.Chart chart : ReportCharts.of(model)) {
        chart(l, chart);
      }
      for (ReportTable t : model.tables()) {
        table(l, t);
        step.tableDone();
      }
      l.close();
      numberPages(doc, model);
      doc.save(out);
    }
  }

  private static void chart(Layout l, ReportCharts.Chart chart) throws IOException {
    int bars = chart.categories().size() * chart.series().size();
    float height = 30 + bars * 11 + chart.categories().size() * 4 + 14;
    l.ensure(height);
    l.text(chart.title(), l.bold, 10.5f, MARGIN, l.y);
    l.y -= 14;
    float labelWidth = 150;
    float barArea = l.width() - labelWidth - 50;
    double max = chart.max() <= 0 ? 1 : chart.max();
    for (int i = 0; i < chart.series().size(); i++) {
      float x = MARGIN + labelWidth + i * 110;
      l.fill(SERIES_COLOURS[i % SERIES_COLOURS.length], x, l.y - 1, 8, 8);
      l.text(chart.series().get(i).name(), l.regular, BODY, x + 11, l.y);
    }
    l.y -= 13;
    for (int c = 0; c < chart.categories().size(); c++) {
      l.text(
          l.fit(chart.categories().get(c), l.regular, BODY, labelWidth - 6),
          l.regular,
          BODY,
          MARGIN,
          l.y - 2);
      for (int s = 0; s < chart.series().size(); s++) {
        Double v = chart.series().get(s).values().get(c);
        float w = v == null ? 0 : (float) (barArea * v / max);
        l.fill(
            SERIES_COLOURS[s % SERIES_COLOURS.length],
            MARGIN + labelWidth,
            l.y - 3,
            Math.max(w, 0.5f),
            8);
        String label =
            v == null
                ? Cells.NOT_APPLICABLE
                : chart.percent()
                    ? Cells.display(ReportTable.Kind.PERCENT, v)
                    : Cells.display(ReportTable.Kind.COUNT, Math.round(v));
        l.text(label, l.regular, 7.5f, MARGIN + labelWidth + w + 4, l.y - 2);
        l.y -= 11;
      }
      l.y -= 4;
    }
    l.y -= 14;
  }

  private static void table(Layout l, ReportTable t) throws IOException {
    List<ReportTable.Column> cols = t.columns();
    float[] widths = widths(l, t);
    List<List<String>> head = new ArrayList<>();
    int headLines = 1;
    for (int c = 0; c < cols.size(); c++) {
      List<String> lines = l.lines(cols.get(c).label(), l.bold, 7.5f, widths[c] - 4);
      head.add(lines);
      headLines = Math.max(headLines, Math.min(lines.size(), 3));
    }
    float headHeight = headLines * 9 + 5;
    // a short table stays on one page; a long one starts with at least three rows
    int keep = t.rows().size() <= KEEP_TOGETHER ? t.rows().size() + 2 : 3;
    l.ensure(24 + headHeight + ROW * Math.max(1, keep));
    l.text(t.title(), l.bold, 10.5f, MARGIN, l.y);
    l.y -= 16;
    header(l, cols, widths, head, headLines, headHeight);
    boolean shade = false;
    for (ReportTable.Row row : t.rows()) {
      if (l.y - ROW < MARGIN + 20) {
        l.newPage();
        l.text(t.title() + " (continued)", l.bold, 10.5f, MARGIN, l.y);
        l.y -= 16;
        header(l, cols, widths, head, headLines, headHeight);
      }
      if (shade) {
        l.fill(new float[] {0.96f, 0.96f, 0.96f}, MARGIN, l.y - 3.5f, l.width(), ROW);
      }
      shade = !shade;
      float x = MARGIN;
      for (int c = 0; c < cols.size(); c++) {
        ReportTable.Kind kind = cols.get(c).kind();
        String text =
            l.fit(Cells.display(kind, row.cells().get(c)), l.regular, BODY, widths[c] - 4);
        boolean right = rightAligned(kind);
        float tx = right ? x + widths[c] - 2 - l.width(text, l.regular, BODY) : x + 2;
        l.text(text, l.regular, BODY, tx, l.y);
        x += widths[c];
      }
      l.y -= ROW;
    }
    if (t.rows().isEmpty()) {
      l.text("(none)", l.regular, BODY, MARGIN + 2, l.y);
      l.y -= ROW;
    }
    if (!t.note().isEmpty()) {
      l.y -= 2;
      l.wrapped(t.note(), l.italic, 7.5f, MARGIN, l.width());
    }
    l.y -= 14;
  }

  private static void header(
      Layout l,
      List<ReportTable.Column> cols,
      float[] widths,
      List<List<String>> head,
      int headLines,
      float height)
      throws IOException {
    l.fill(new float[] {0.86f, 0.90f, 0.95f}, MARGIN, l.y - height + 8, l.width(), height);
    float x = MARGIN;
    for (int c = 0; c < cols.size(); c++) {
      List<String> lines = head.get(c);
      boolean right = rightAligned(cols.get(c).kind());
      for (int i = 0; i < Math.min(lines.size(), headLines); i++) {
        String line = lines.get(i);
        float lx = right ? x + widths[c] - 2 - l.width(line, l.bold, 7.5f) : x + 2;
        l.text(line, l.bold, 7.5f, lx, l.y - i * 9);
      }
      x += widths[c];
    }
    l.y -= height + 2;
  }

  private static boolean rightAligned(ReportTable.Kind kind) {
    return kind != ReportTable.Kind.TEXT && kind != ReportTable.Kind.DATE;
  }

  /** Column widths: text columns by their longest cell, the rest share what is left. */
  private static float[] widths(Layout l, ReportTable t) throws IOException {
    int n = t.columns().size();
    float[] natural = new float[n];
    for (int c = 0; c < n; c++) {
      ReportTable.Kind kind = t.columns().get(c).kind();
      float w = 30;
      for (ReportTable.Row r : t.rows()) {
        w = Math.max(w, l.width(Cells.display(kind, r.cells().get(c)), l.regular, BODY) + 6);
      }
      natural[c] = Math.min(w, c == 0 ? 330 : 220);
    }
    float total = 0;
    for (float w : natural) {
      total += w;
    }
    float[] widths = new float[n];
    float free = l.width() - total;
    for (int c = 0; c < n; c++) {
      widths[c] = natural[c] + (free > 0 ? free / n : natural[c] / total * free);
    }
    return widths;
  }

  private static void numberPages(PDDocument doc, ReportModel model) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    int pages = doc.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = doc.getPage(i);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String left = "PrivacyDesk · " + model.header().title() + " · " + model.period();
        String right = "Page " + (i + 1) + " of " + pages;
        cs.beginText();
        cs.setFont(font, 7.5f);
        cs.newLineAtOffset(MARGIN, 22);
        cs.showText(PdfText.sanitize(font, left));
        cs.endText();
        float w = font.getStringWidth(right) / 1000 * 7.5f;
        cs.beginText();
        cs.setFont(font, 7.5f);
        cs.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - w, 22);
        cs.showText(right);
        cs.endText();
      }
    }
  }

  /** A cursor over pages: where the next line goes, and a new page when one is full. */
  private static final class Layout {
    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final PDDocument doc;
    private final PDRectangle size;
    private PDPageContentStream cs;
    float y;

    Layout(PDDocument doc, PDRectangle size) throws IOException {
      this.doc = doc;
      this.size = size;
      newPage();
    }

    float width() {
      return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(size);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = size.getHeight() - MARGIN;
    }

    void ensure(float height) throws IOException {
      if (y - height < MARGIN + 20) {
        newPage();
      }
    }

    void close() throws IOException {
      cs.close();
    }

    void text(String s, PDType1Font font, float fontSize, float x, float atY) throws IOException {
      cs.beginText();
      cs.setFont(font, fontSize);
      cs.newLineAtOffset(x, atY);
      cs.showText(PdfText.sanitize(font, s));
      cs.endText();
    }

    void fill(float[] rgb, float x, float atY, float w, float h) throws IOException {
      cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      cs.addRect(x, atY, w, h);
      cs.fill();
      cs.setNonStrokingColor(0f, 0f, 0f);
    }

    /** Text over as many lines as it needs, moving the cursor down. */
    void wrapped(String s, PDType1Font font, float fontSize, float x, float maxWidth)
        throws IOException {
      for (String line : lines(s, font, fontSize, maxWidth)) {
        ensure(fontSize + 3);
        text(line, font, fontSize, x, y);
        y -= fontSize + 3.5f;
      }
    }

    List<String> lines(String s, PDType1Font font, float fontSize, float maxWidth)
        throws IOException {
      return PdfText.lines(s, font, fontSize, maxWidth);
    }

    float width(String s, PDType1Font font, float fontSize) throws IOException {
      return PdfText.width(s, font, fontSize);
    }

    /** {@code s} cut with "…" to fit {@code maxWidth}. */
    String fit(String s, PDType1Font font, float fontSize, float maxWidth) throws IOException {
      return PdfText.fit(s, font, fontSize, maxWidth);
    }
  }
}
