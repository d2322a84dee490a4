package com.privacydesk.persistence;

import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.RawQueries;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;

/** The repository's own SQL text, rendered once per call and run through plain JDBC. */
final class JdbcRawQueries implements RawQueries {
  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;

  JdbcRawQueries(DSLContext dsl, ContactSearchIndex searchIndex) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
  }

  @Override
  public Prepared prepare(CaseFilter filter, CaseSort sort, int offset, int limit) {
    // rendering finds the search candidates too: that is the application's work, not SQL's
    return new Prepared(
        JooqQueueQueries.pageQuery(dsl, searchIndex, filter, sort, offset, limit)
            .getSQL(ParamType.INLINED),
        JooqQueueQueries.countQuery(dsl, searchIndex, filter).getSQL(ParamType.INLINED));
  }

  @Override
  public int run(Prepared sql) {
    return dsl.connectionResult(
        c -> {
          int rows = read(c, sql.page());
          read(c, sql.count());
          return rows;
        });
  }

  @Override
  public java.util.List<String> reportStatements(
      java.time.LocalDate first,
      java.time.LocalDate last,
      java.time.Instant from,
      java.time.Instant to,
      java.util.Map<com.privacydesk.domain.CaseType, java.time.Instant> retentionCutoffs) {
    return JooqReportData.monthQueries(dsl, first, last, from, to, retentionCutoffs).stream()
        .map(q -> q.getSQL(ParamType.INLINED))
        .toList();
  }

  @Override
  public int runAll(java.util.List<String> statements) {
    return dsl.connectionResult(
        c -> {
          int rows = 0;
          for (String sql : statements) {
            rows += read(c, sql);
          }
          return rows;
        });
  }

  private static int read(Connection c, String sql) throws SQLException {
    int rows = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        rows++;
      }
    }
    return rows;
  }
}
