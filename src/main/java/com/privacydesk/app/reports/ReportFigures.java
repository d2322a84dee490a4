package com.privacydesk.app.reports;

import java.util.List;

/** Small counting helpers shared by the report tables. */
final class ReportFigures {
  private ReportFigures() {}

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values
   * at or below it (rank = ceil(percent / 100 × n)). Null for no values.
   */
  static Long nearestRank(List<Long> sortedValues, int percent) {
    if (sortedValues.isEmpty()) {
      return null;
    }
    int n = sortedValues.size();
    int rank = (percent * n + 99) / 100;
    return sortedValues.get(Math.max(rank, 1) - 1);
  }

  /** {@code part / whole} as a fraction, or null when {@code whole} is 0. */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** The values sorted ascending, as a new list. */
  static List<Long> sorted(List<Long> values) {
    return values.stream().sorted().toList();
  }
}
