package com.privacydesk.report;

import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import com.privacydesk.domain.CaseType;
import java.util.ArrayList;
import java.util.List;

/** The charts of a report, taken from its tables: drawn by the window and by the PDF. */
public final class ReportCharts {
  private ReportCharts() {}

  /**
   * One bar chart: categories, and one or more series of values over them.
   *
   * @param percent values are fractions shown as percentages (axis 0–100 %)
   */
  public record Chart(String title, List<String> categories, List<Series> series, boolean percent) {
    public Chart {
      categories = List.copyOf(categories);
      series = List.copyOf(series);
    }

    /** The largest value, for scaling (1.0 for percentages). */
    public double max() {
      if (percent) {
        return 1.0;
      }
      return series.stream()
          .flatMap(s -> s.values().stream())
          .filter(v -> v != null)
          .mapToDouble(Double::doubleValue)
          .max()
          .orElse(0);
    }
  }

  /** A named list of values, one per category; null where a value does not apply. */
  public record Series(String name, List<Double> values) {
    public Series {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** The charts of {@code model}. */
  public static List<Chart> of(ReportModel model) {
    if (model.kind() == ReportModel.Kind.CPNI_YEAR) {
      ReportTable c = model.table("complaints");
      return List.of(
          new Chart(
              "CPNI complaints by category",
              c.rows().stream().map(r -> (String) r.cells().get(0)).toList(),
              List.of(
                  new Series(
                      "Complaints",
                      column(c, c.rows().stream().map(ReportTable.Row::key).toList(), "count"))),
              false));
    }
    List<String> types = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (CaseType t : CaseType.values()) {
      keys.add(t.name());
      types.add((String) model.table("received").value(t.name(), "type"));
    }
    ReportTable onTime = model.table("on_time");
    ReportTable ageing = model.table("ageing");
    List<String> buckets = new ArrayList<>();
    List<Double> ages = new ArrayList<>();
    for (int c = 1; c < ageing.columns().size() - 1; c++) {
      buckets.add(ageing.columns().get(c).label());
      ages.add(((Long) ageing.row("ALL").cells().get(c)).doubleValue());
    }
    return List.of(
        new Chart(
            "Received and closed by type",
            types,
            List.of(
                new Series("Received", column(model.table("received"), keys, "total")),
                new Series("Closed", column(model.table("closed"), keys, "closed"))),
            false),
        new Chart(
            "On-time rate by type",
            types,
            List.of(
                new Series("Statutory", column(onTime, keys, "statutory_rate")),
                new Series("Internal target", column(onTime, keys, "internal_rate"))),
            true),
        new Chart(
            "Backlog ageing at month end (days since received)",
            buckets,
            List.of(new Series("Open cases", ages)),
            false));
  }

  private static List<Double> column(ReportTable t, List<String> keys, String columnId) {
    List<Double> values = new ArrayList<>();
    for (String key : keys) {
      Object v = t.value(key, columnId);
      values.add(v == null ? null : ((Number) v).doubleValue());
    }
    return values;
  }
}
