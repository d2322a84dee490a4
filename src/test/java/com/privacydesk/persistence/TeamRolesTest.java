package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, point 9, on a real PostgreSQL: each user signs in to the server with their own login
 * role, and the server, not the client, enforces the role matrix. An agent's own connection, used
 * with any SQL at all, cannot change a role, change or delete an audit entry, move the chain's head
 * back, read what the matrix keeps from agents or alter a table; PrivacyDesk itself works through
 * the same connection; an administrator's changes reach the login role.
 */
@EnabledIfSystemProperty(named = "privacydesk.test.db", matches = "postgresql")
class TeamRolesTest {
  private static final String PASSWORD = "a long test password 1";
  private static final AtomicLong RUN = new AtomicLong();

  @TempDir Path dir;

  /** The schema's owner (the test account), as the database administrator. */
  private DatabaseServer owner;

  /** The same server with no account: each user signs in with their own. */
  private DatabaseServer personal;

  /** Names unique to this test, since login roles belong to the whole server. */
  private String admin;

  private String ann;

  @BeforeEach
  void setUp() {
    owner = TestServices.freshSchema();
    personal = new DatabaseServer(owner.url(), null, null);
    String tag = Long.toString(ProcessHandle.current().pid(), 36) + RUN.incrementAndGet();
    admin = "adm" + tag;
    ann = "ann" + tag;
    // the administrator sets up the schema and the first administrator with the owner's account
    try (Services s = Services.open(dir, TestServices.clock(), null, owner)) {
      Actor first = s.users().createFirstAdmin(admin, PASSWORD.toCharArray());
      s.users().addUser(first, ann, Role.AGENT, PASSWORD.toCharArray());
    }
  }

  /**
   * Issue 21, presence, as two workstations signed in with their own logins: each marks the cases
   * it has open and sees the other's mark; an agent's login cannot take away a colleague's mark
   * (the row rule lets each login write its own marks only).
   */
  @Test
  void twoWorkstationsSeeEachOthersOpenCasesThroughTheirOwnLogins() throws SQLException {
    try (Services annDesk = openAs(ann);
        Services adminDesk = openAs(admin)) {
      Actor agent = annDesk.users().authenticate(ann, PASSWORD.toCharArray());
      Actor boss = adminDesk.users().authenticate(admin, PASSWORD.toCharArray());
      long id = annDesk.intake().logCaDisclosure(agent, TestServices.caDisclosure());
      annDesk.presence().beat(agent, java.util.Set.of(id));
      adminDesk.presence().beat(boss, java.util.Set.of(id));
      assertThat(adminDesk.presence().others(boss, java.util.List.of(id)))
          .isEqualTo(java.util.Map.of(id, java.util.List.of(ann)));
      assertThat(annDesk.presence().others(agent, java.util.List.of(id)))
          .isEqualTo(java.util.Map.of(id, java.util.List.of(admin)));
      try (Connection c = DriverManager.getConnection(owner.url(), "pd_" + ann, PASSWORD);
          var st = c.createStatement()) {
        assertThat(st.executeUpdate("DELETE FROM case_presence"))
            .as("her own mark only")
            .isEqualTo(1);
      }
      assertThat(annDesk.presence().others(agent, java.util.List.of(id)))
          .isEqualTo(java.util.Map.of(id, java.util.List.of(admin)));
    }
  }

  @Test
  void anAgentWorksThroughTheirOwnAccount() {
    assertThat(personal.personal()).isTrue();
    try (Services s = openAs(ann)) {
      Actor agent = s.users().authenticate(ann, PASSWORD.toCharArray());
      long id = s.intake().logCaDisclosure(agent, TestServices.caDisclosure());
      s.assignments().take(agent, id, s.queries().detail(agent, id).version());
      s.workflow().addNote(agent, id, s.queries().detail(agent, id).version(), "called back");
      assertThat(s.queries().reveal(agent, id, "verifying the caller")).isNotEmpty();
      assertThat(s.queries().page(agent, 0, 50).total()).isEqualTo(1);
      s.queuePreferences().put(agent, "queue.columns", "id,status");
      assertThat(s.queuePreferences().preferences(agent))
          .containsEntry("queue.columns", "id,status");
      s.users()
          .changePassword(agent, PASSWORD.toCharArray(), "another long password 2".toCharArray());
      s.users().signOut(agent);
    }
    // the new password is the server's too
    assertThatThrownBy(() -> openAs(ann)).isInstanceOf(AuthenticationException.class);
    try (Services s =
        Services.openAs(
            dir,
            TestServices.clock(),
            personal,
            ann,
            "another long password 2".toCharArray(),
            false)) {
      assertThat(s.users().authenticate(ann, "another long password 2".toCharArray()).role())
          .isEqualTo(Role.AGENT);
    }
    // and the owner finds the chain and every record intact, each entry with the account that wrote
    // it
    try (Services s = Services.open(dir, TestServices.clock(), null, owner)) {
      assertThat(s.audit().verify().intact()).isTrue();
    }
    assertThat(writers()).contains("pd_" + ann);
  }

  @Test
  void anAgentsOwnConnectionIsRefusedWhatTheMatrixForbids() throws SQLException {
    try (Services s = openAs(ann)) {
      // something in the trail to try to change
      Actor agent = s.users().authenticate(ann, PASSWORD.toCharArray());
      s.intake().logCaDisclosure(agent, TestServices.caDisclosure());
    }
    try (Connection c = DriverManager.getConnection(owner.url(), "pd_" + ann, PASSWORD)) {
      // the attack of the issue: promoting oneself
      refused(c, "UPDATE app_user SET role = 'ADMIN' WHERE username = '" + ann + "'");
      refused(c, "SELECT privacydesk_set_login('" + ann + "', 'ADMIN', NULL, true)");
      refused(c, "GRANT privacydesk_admin TO pd_" + ann);
      // the audit trail: appended to only
      refused(c, "UPDATE audit_event SET detail = 'nothing happened'");
      refused(c, "DELETE FROM audit_event");
      refused(c, "UPDATE audit_head SET last_seq = 0");
      refused(c, "SELECT privacydesk_audit_head_advance(1, repeat('0', 64))");
      refused(
          c,
          "INSERT INTO audit_event (seq, occurred_at, actor_name, action, entity, detail,"
              + " prev_hash, entry_hash, db_login) VALUES (999, now(), 'x', 'X', 'X', '',"
              + " repeat('0', 64), repeat('0', 64), 'pd_"
              + admin
              + "')");
      // what the matrix keeps from agents: the reports, the purges; the schema itself
      refused(c, "SELECT * FROM month_report");
      refused(c, "SELECT * FROM purge_run");
      refused(c, "UPDATE app_setting SET setting_value = 'x'");
      refused(c, "ALTER TABLE privacy_case ADD COLUMN x INT");
      refused(c, "CREATE TABLE privacy_case_copy (id INT)");
      // another user's password: the row rule leaves no row to change
      try (Statement st = c.createStatement()) {
        assertThat(
                st.executeUpdate(
                    "UPDATE app_user SET password_hash = 'x' WHERE username = '" + admin + "'"))
            .isZero();
      }
    }
  }

  @Test
  void anAdministratorsChangesReachTheLoginRole() throws SQLException {
    try (Services s = openAs(admin)) {
      Actor a = s.users().authenticate(admin, PASSWORD.toCharArray());
      long annId = idOf(s, a, ann);
      s.users().changeRole(a, annId, Role.SUPERVISOR);
    }
    try (Connection c = DriverManager.getConnection(owner.url(), "pd_" + ann, PASSWORD);
        Statement st = c.createStatement()) {
      st.executeQuery("SELECT count(*) FROM month_report").close();
      refused(c, "SELECT * FROM purge_run WHERE false FOR UPDATE");
    }
    try (Services s = openAs(ann)) {
      Actor lead = s.users().authenticate(ann, PASSWORD.toCharArray());
      assertThat(lead.role()).isEqualTo(Role.SUPERVISOR);
      s.reports().monthly(lead, YearMonth.of(2026, 10));
      assertThat(s.audit().verify(lead).intact()).isTrue();
    }
    try (Services s = openAs(admin)) {
      Actor a = s.users().authenticate(admin, PASSWORD.toCharArray());
      long annId = idOf(s, a, ann);
      s.users().setEnabled(a, annId, false);
      // the retention purge is an administrator's: it runs on their own account
      s.purges().apply(a);
    }
    // disabled: the server itself refuses the account
    assertThatThrownBy(() -> DriverManager.getConnection(owner.url(), "pd_" + ann, PASSWORD))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .asString()
        .startsWith("28");
    assertThatThrownBy(() -> openAs(ann)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void anAccountWhoseSchemaIsOlderIsToldToAskTheAdministrator() throws SQLException {
    try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
        Statement st = c.createStatement()) {
      // the newest migration undone in the history: the schema is one version behind
      st.executeUpdate(
          "DELETE FROM flyway_schema_history WHERE installed_rank ="
              + " (SELECT MAX(installed_rank) FROM flyway_schema_history)");
    }
    assertThatThrownBy(() -> openAs(ann))
        .isInstanceOf(DatabaseServerException.class)
        .hasMessageContaining("older than this PrivacyDesk");
  }

  @Test
  void everyTableIsGrantedAndOnlyTheMatrixsTablesAreKeptFromAgents() throws SQLException {
    // a migration that adds a table must grant it: agents read all but these two, supervisors all
    assertThat(unreadableBy("privacydesk_agent")).containsExactly("month_report", "purge_run");
    assertThat(unreadableBy("privacydesk_supervisor")).isEmpty();
  }

  private java.util.List<String> unreadableBy(String group) throws SQLException {
    var names = new java.util.ArrayList<String>();
    try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
        var st =
            c.prepareStatement(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                    + " AND NOT has_table_privilege(?, c.oid, 'SELECT') ORDER BY 1")) {
      st.setString(1, group);
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static long idOf(Services s, Actor admin, String name) {
    return s.users().listAccounts(admin).stream()
        .filter(x -> x.username().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private Services openAs(String user) {
    return Services.openAs(
        dir, TestServices.clock(), personal, user, PASSWORD.toCharArray(), false);
  }

  private java.util.List<String> writers() {
    var names = new java.util.ArrayList<String>();
    try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
        var rs = c.createStatement().executeQuery("SELECT DISTINCT db_login FROM audit_event")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  /** {@code sql} fails on {@code c} for want of a right (SQL state 42501). */
  private static void refused(Connection c, String sql) {
    assertThatThrownBy(
            () -> {
              try (Statement st = c.createStatement()) {
                st.execute(sql);
              }
            })
        .as(sql)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42501");
  }
}
