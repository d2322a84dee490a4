package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations on PostgreSQL: every version applies (the common scripts, and the PostgreSQL
 * twins of the three whose SQL differs), and the schema has the same tables and columns, with the
 * same nullability, as on H2. Runs where {@code PRIVACYDESK_TEST_PG_URL} (with {@code _USER} and
 * {@code _PASSWORD}) names a PostgreSQL database, as in CI (.ci/run starts one).
 */
@EnabledIfEnvironmentVariable(named = "PRIVACYDESK_TEST_PG_URL", matches = ".+")
class PostgresMigrationTest {
  @TempDir Path dir;

  @Test
  void everyMigrationRunsOnPostgresqlAndGivesTheSchemaOfH2() throws SQLException {
    String url = System.getenv("PRIVACYDESK_TEST_PG_URL");
    String user = System.getenv("PRIVACYDESK_TEST_PG_USER");
    String password = System.getenv("PRIVACYDESK_TEST_PG_PASSWORD");
    String schema = "pd_migration_test_" + Long.toHexString(System.nanoTime());
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, password)
            .schemas(schema)
            .createSchemas(true)
            .locations(Database.migrations("postgresql"))
            .cleanDisabled(false)
            .load();
    try {
      var result = flyway.migrate();
      assertThat(result.migrationsExecuted).isEqualTo(22);
      assertThat(result.targetSchemaVersion).isEqualTo("22");
      Map<String, String> postgres;
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        postgres = columns(c, schema);
        // V22: where pg_trgm is there (CI's server has it), queue searches can use its indexes
        var st = c.createStatement();
        st.execute("SET search_path TO \"" + schema + "\", public");
        st.execute("SET enable_seqscan = off");
        var plan = new StringBuilder();
        try (var rs =
            st.executeQuery(
                "EXPLAIN SELECT id FROM privacy_case WHERE contact_normalized LIKE '%hill5%'"
                    + " UNION ALL SELECT id FROM privacy_case"
                    + " WHERE upper(account_ref) LIKE '%HILL5%'")) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        assertThat(plan.toString())
            .contains("ix_case_contact_trgm")
            .contains("ix_case_account_trgm");
      }
      // the one column of the server's own: which login role wrote an audit entry (ADR 0026)
      assertThat(postgres.remove("audit_event.db_login")).isEqualTo("NULL");
      Map<String, String> h2;
      // the H2 side on purpose, also when the suite itself runs on PostgreSQL
      try (Services s = Services.open(dir, TestServices.clock())) {
        try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + s.dataDir().resolve(Database.FILE_NAME), "sa", "")) {
          h2 = columns(c, "PUBLIC");
        }
      }
      assertThat(postgres).hasSizeGreaterThan(100).isEqualTo(h2);
    } finally {
      flyway.clean();
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** "table.column" → "NULL" or "NOT NULL", in lower case, without Flyway's own table. */
  private static Map<String, String> columns(Connection c, String schema) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (var st =
        c.prepareStatement(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1).toLowerCase(Locale.ROOT);
          if (!table.equals("flyway_schema_history")) {
            out.put(
                table + "." + rs.getString(2).toLowerCase(Locale.ROOT),
                "YES".equals(rs.getString(3)) ? "NULL" : "NOT NULL");
          }
        }
      }
    }
    return out;
  }
}
