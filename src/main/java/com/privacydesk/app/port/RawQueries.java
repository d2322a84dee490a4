package com.privacydesk.app.port;

/**
 * The queue's SQL run over plain JDBC, without the application around it: the yardstick the
 * benchmark compares the application's queries with.
 */
public interface RawQueries {
  /** The SQL text the application sends for this page and its count, values inlined. */
  Prepared prepare(CaseFilter filter, CaseSort sort, int offset, int limit);

  /** Runs both statements on one connection, reading every column of every row; rows read. */
  int run(Prepared sql);

  /**
   * The statements of one month's report (received from {@code first} to {@code last}, closures
   * from {@code from} to {@code to}, retention cut-offs per type), values inlined.
   */
  java.util.List<String> reportStatements(
      java.time.LocalDate first,
      java.time.LocalDate last,
      java.time.Instant from,
      java.time.Instant to,
      java.util.Map<com.privacydesk.domain.CaseType, java.time.Instant> retentionCutoffs);

  /** Runs {@code statements} on one connection, reading every column of every row; rows read. */
  int runAll(java.util.List<String> statements);

  /** A page query and its count query as SQL text. */
  record Prepared(String page, String count) {}
}
