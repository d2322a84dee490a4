package com.privacydesk.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The report model as JSON for scripts (a public shape, see README):
 *
 * <pre>{"report":"MONTHLY","period":"2026-10","monthToDate":false,"header":{..},
 *  "tables":[{"id","title","note","columns":[{"id","label","kind"}],
 *             "rows":[{"key":..,"values":{columnId: value}}]}]}</pre>
 *
 * Counts and days are integers, rates fractions (0.75), dates ISO text, and "does not apply" null.
 */
final class JsonReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(ReportModel model, OutputStream out, Step step) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("report", model.kind().name());
    g.writeStringField("period", model.period());
    g.writeBooleanField("monthToDate", model.header().monthToDate());
    ReportModel.Header h = model.header();
    g.writeObjectFieldStart("header");
    g.writeStringField("title", h.title());
    g.writeStringField("period", h.period());
    g.writeStringField("filters", h.filters());
    g.writeStringField("figures", h.figures());
    g.writeStringField("measured", h.measuredAt());
    g.writeStringField("generatedAt", h.generatedAt().toString());
    g.writeStringField("zone", h.zone().getId());
    g.writeStringField("generatedBy", h.generatedBy());
    g.writeStringField("appVersion", h.appVersion());
    g.writeNumberField("auditEntries", h.auditEntries());
    g.writeStringField("auditHeadHash", h.auditHeadHash());
    g.writeStringField("auditCheckpoint", h.auditCheckpoint());
    g.writeStringField("calendar", h.calendar());
    g.writeEndObject();
    g.writeArrayFieldStart("tables");
    for (ReportTable t : model.tables()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("title", t.title());
      g.writeStringField("note", t.note());
      g.writeArrayFieldStart("columns");
      for (ReportTable.Column c : t.columns()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("label", c.label());
        g.writeStringField("kind", c.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (ReportTable.Row r : t.rows()) {
        g.writeStartObject();
        g.writeStringField("key", r.key());
        g.writeObjectFieldStart("values");
        for (int c = 0; c < t.columns().size(); c++) {
          g.writeFieldName(t.columns().get(c).id());
          value(g, r.cells().get(c));
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      step.tableDone();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    switch (v) {
      case null -> g.writeNull();
      case Long n -> g.writeNumber(n);
      case Double d -> g.writeNumber(d);
      default -> g.writeString(v.toString());
    }
  }
}
