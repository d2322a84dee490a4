package com.privacydesk.app.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A frozen month's report tables as the database keeps them (ReportData.FrozenMonth):
 * gzip-compressed JSON in which every cell keeps its Java type (a count stays a {@code Long}, a
 * rate a {@code Double}, a date a {@code LocalDate}), so the tables read back equal to the ones
 * computed.
 */
final class FrozenTables {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATE = "date";

  private FrozenTables() {}

  static byte[] encode(List<ReportTable> tables) {
    ArrayNode root = JSON.createArrayNode();
    for (ReportTable t : tables) {
      ObjectNode table = root.addObject();
      table.put("id", t.id());
      table.put("title", t.title());
      table.put("note", t.note());
      ArrayNode columns = table.putArray("columns");
      for (ReportTable.Column c : t.columns()) {
        columns.addObject().put("id", c.id()).put("label", c.label()).put("kind", c.kind().name());
      }
      ArrayNode rows = table.putArray("rows");
      for (ReportTable.Row r : t.rows()) {
        ObjectNode row = rows.addObject();
        row.put("key", r.key());
        ArrayNode cells = row.putArray("cells");
        for (Object v : r.cells()) {
          switch (v) {
            case null -> cells.addNull();
            case Long n -> cells.add(n);
            case Integer n -> cells.add(n.longValue());
            case Double d -> cells.add(d);
            case LocalDate d -> cells.addObject().put(DATE, d.toString());
            case String text -> cells.add(text);
            default ->
                throw new IllegalArgumentException(
                    "a report cell of type " + v.getClass().getName());
          }
        }
      }
    }
    var bytes = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(bytes)) {
      JSON.writeValue(gzip, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static List<ReportTable> decode(byte[] stored) {
    JsonNode root;
    try (var gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      root = JSON.readTree(gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ReportTable> tables = new ArrayList<>();
    for (JsonNode t : root) {
      List<ReportTable.Column> columns = new ArrayList<>();
      for (JsonNode c : t.get("columns")) {
        columns.add(
            new ReportTable.Column(
                c.get("id").asText(),
                c.get("label").asText(),
                ReportTable.Kind.valueOf(c.get("kind").asText())));
      }
      List<ReportTable.Row> rows = new ArrayList<>();
      for (JsonNode r : t.get("rows")) {
        List<Object> cells = new ArrayList<>();
        for (JsonNode v : r.get("cells")) {
          cells.add(cell(v));
        }
        rows.add(new ReportTable.Row(r.get("key").asText(), cells));
      }
      tables.add(
          new ReportTable(
              t.get("id").asText(),
              t.get("title").asText(),
              columns,
              rows,
              t.get("note").asText()));
    }
    return tables;
  }

  private static @org.jspecify.annotations.Nullable Object cell(JsonNode v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isFloatingPointNumber()) {
      return v.asDouble();
    }
    if (v.isObject()) {
      return LocalDate.parse(v.get(DATE).asText());
    }
    return v.asText();
  }
}
