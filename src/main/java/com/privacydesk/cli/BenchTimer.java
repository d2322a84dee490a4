package com.privacydesk.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times a benchmark line: warm-up runs, then timed runs, printed as median and nearest-rank p95 in
 * milliseconds (and, for a pair, the plain-SQL figures and the ratio).
 */
final class BenchTimer {
  /** One run of a measured operation; {@code i} counts the runs. */
  interface Run {
    Object run(int i);
  }

  private final PrintWriter out;
  private final int warmUp;
  private final int timedRuns;

  BenchTimer(PrintWriter out, int warmUp, int timedRuns) {
    this.out = out;
    this.warmUp = warmUp;
    this.timedRuns = timedRuns;
  }

  int warmUp() {
    return warmUp;
  }

  int timedRuns() {
    return timedRuns;
  }

  void timedPair(String name, Run app, Run raw) {
    long[] a = sample(app);
    long[] r = sample(raw);
    out.printf(
        Locale.ROOT,
        "%-44s %9.1f %9.1f %9.1f %9.1f %7.2f%n",
        name,
        ms(median(a)),
        ms(p95(a)),
        ms(median(r)),
        ms(p95(r)),
        median(a) / (double) Math.max(1, median(r)));
  }

  void timed(String name, Run app) {
    timed(name, app, false);
  }

  /** With {@code selfTimed}, the run returns its own duration in nanoseconds. */
  void timed(String name, Run app, boolean selfTimed) {
    long[] a = sample(app, selfTimed);
    out.printf(
        Locale.ROOT,
        "%-44s %9.1f %9.1f %9s %9s %7s%n",
        name,
        ms(median(a)),
        ms(p95(a)),
        "-",
        "-",
        "-");
  }

  long[] sample(Run run) {
    return sample(run, false);
  }

  /** With {@code selfTimed}, each run returns its own duration in nanoseconds. */
  long[] sample(Run run, boolean selfTimed) {
    for (int i = 0; i < warmUp; i++) {
      run.run(i);
    }
    long[] t = new long[timedRuns];
    for (int i = 0; i < timedRuns; i++) {
      long start = System.nanoTime();
      Object result = run.run(warmUp + i);
      t[i] = selfTimed ? (Long) result : System.nanoTime() - start;
    }
    Arrays.sort(t);
    return t;
  }

  private static long median(long[] sorted) {
    return sorted[(sorted.length - 1) / 2];
  }

  /** Nearest-rank 95th percentile. */
  private static long p95(long[] sorted) {
    int rank = (int) Math.ceil(0.95 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
