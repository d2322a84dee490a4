package com.privacydesk.report;

import com.privacydesk.app.reports.ReportTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/** How a cell reads as text: the same in the PDF, the window and the CSV files. */
public final class Cells {
  /** What a figure that does not apply shows. */
  public static final String NOT_APPLICABLE = "—";

  private Cells() {}

  /** The cell as it is displayed (rates as percentages with one decimal). */
  public static String display(ReportTable.Kind kind, Object value) {
    if (value == null) {
      return NOT_APPLICABLE;
    }
    return switch (kind) {
      case PERCENT -> String.format(Locale.US, "%.1f %%", ((Double) value) * 100);
      case COUNT, DAYS -> String.format(Locale.US, "%,d", (Long) value);
      case ID -> Long.toString((Long) value);
      case DATE -> value.toString();
      case TEXT -> value.toString();
    };
  }

  /** The cell as plain data (CSV): no grouping, rates as a fraction with 4 decimals. */
  public static String data(ReportTable.Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case PERCENT ->
          BigDecimal.valueOf((Double) value).setScale(4, RoundingMode.HALF_UP).toPlainString();
      case ID, COUNT, DAYS -> Long.toString((Long) value);
      case DATE -> ((LocalDate) value).toString();
      case TEXT -> value.toString();
    };
  }
}
