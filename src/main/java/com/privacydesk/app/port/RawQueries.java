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

  /** A page query and its count query as SQL text. */
  record Prepared(String page, String count) {}
}
