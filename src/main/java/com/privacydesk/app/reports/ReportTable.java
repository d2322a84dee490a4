package com.privacydesk.app.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One section of a report as a table: what every output (window, XLSX, PDF, CSV, JSON) shows. Cells
 * are {@code String}, {@code Long} (counts and days), {@code Double} (a rate as a fraction, 0.9 =
 * 90 %), {@code LocalDate}, or null where a figure does not apply ("—").
 *
 * @param id a stable identifier (sheet and file name, JSON key)
 * @param note how the figures are counted, printed under the table
 */
public record ReportTable(
    String id, String title, List<Column> columns, List<Row> rows, String note) {
  public ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** What a column holds, and so how it is formatted. */
  public enum Kind {
    TEXT,
    /** A case number: a whole number shown without grouping. */
    ID,
    COUNT,
    DAYS,
    PERCENT,
    DATE
  }

  /** One column. */
  public record Column(String id, String label, Kind kind) {}

  /**
   * One row.
   *
   * @param key a stable code for scripts and tests (e.g. {@code CA_DISCLOSURE/designated})
   */
  public record Row(String key, List<Object> cells) {
    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  /** The cell of row {@code key} in column {@code columnId}. */
  public Object value(String key, String columnId) {
    return row(key).cells().get(columnIndex(columnId));
  }

  /** The row with {@code key}. */
  public Row row(String key) {
    return rows.stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + key + " in " + id));
  }

  /** The position of column {@code columnId}. */
  public int columnIndex(String columnId) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(columnId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + columnId + " in " + id);
  }

  /** Starts a table. */
  static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects columns and rows. */
  static final class Builder {
    private final String id;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private String note = "";

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    Builder column(String columnId, String label, Kind kind) {
      columns.add(new Column(columnId, label, kind));
      return this;
    }

    Builder row(String key, Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(
            id + ": " + cells.length + " cells for " + columns.size() + " columns");
      }
      rows.add(new Row(key, java.util.Arrays.asList(cells)));
      return this;
    }

    Builder note(String text) {
      this.note = Objects.requireNonNull(text);
      return this;
    }

    ReportTable build() {
      return new ReportTable(id, title, columns, rows, note);
    }
  }
}
