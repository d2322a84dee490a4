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

  JdbcRawQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public int queuePage(CaseFilter filter, CaseSort sort, int offset, int limit) {
    String page =
        JooqCaseRepository.pageQuery(dsl, filter, sort, offset, limit).getSQL(ParamType.INLINED);
    String count = JooqCaseRepository.countQuery(dsl, filter).getSQL(ParamType.INLINED);
    return dsl.connectionResult(
        c -> {
          int rows = read(c, page);
          read(c, count);
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
