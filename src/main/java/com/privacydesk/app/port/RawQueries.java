package com.privacydesk.app.port;

/**
 * The queue's SQL run over plain JDBC, without the application around it: the yardstick the
 * benchmark compares the application's queries with.
 */
public interface RawQueries {
  /**
   * Runs the page query and the count query of {@code filter} on one connection, reading every
   * column of every row; returns the rows read.
   */
  int queuePage(CaseFilter filter, CaseSort sort, int offset, int limit);
}
