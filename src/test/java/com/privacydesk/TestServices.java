package com.privacydesk;

import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.domain.user.Role;
import com.privacydesk.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Real services on a fresh database at a fixed time: the embedded H2 file in a temporary folder,
 * or, when the suite runs with {@code -Dprivacydesk.test.db=postgresql} (the {@code team-mode}
 * profile in CI), a new empty schema of the PostgreSQL database named by {@code
 * PRIVACYDESK_TEST_PG_URL} per data folder (opening the same folder again finds the same schema).
 */
public final class TestServices {
  /** Whether this run works on PostgreSQL. */
  public static final boolean ON_POSTGRES =
      "postgresql".equals(System.getProperty("privacydesk.test.db"));

  private static final java.util.Map<Path, DatabaseServer> SERVERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Friday 2026-11-20 10:00 in New York. */
  public static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  public static final String ADMIN_PASSWORD = "correct horse battery";

  private TestServices() {}

  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  public static Services open(Path dir) {
    return open(dir, clock());
  }

  /** Services on the test database of {@code dir} at {@code clock}'s time. */
  public static Services open(Path dir, Clock clock) {
    return Services.open(dir, clock, null, server(dir));
  }

  /** The database of {@code dir} without the services (for tests that wrap its transactions). */
  public static Database database(Path dir) {
    DatabaseServer server = server(dir);
    return server == null ? Database.open(dir) : Database.openServer(dir, server);
  }

  /** The PostgreSQL schema of {@code dir}, made on first use; null when the run is on H2. */
  public static DatabaseServer server(Path dir) {
    if (!ON_POSTGRES) {
      return null;
    }
    return SERVERS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> freshSchema());
  }

  /** A new, empty schema in the test PostgreSQL database, as a server URL that works in it. */
  public static DatabaseServer freshSchema() {
    String url = System.getenv("PRIVACYDESK_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("PRIVACYDESK_TEST_PG_URL is not set");
    }
    String user = System.getenv("PRIVACYDESK_TEST_PG_USER");
    String password = System.getenv("PRIVACYDESK_TEST_PG_PASSWORD");
    String schema =
        "pdt_"
            + Long.toHexString(ProcessHandle.current().pid())
            + "_"
            + Long.toHexString(SCHEMAS.incrementAndGet());
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseServer(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
  }

  private static final java.util.concurrent.atomic.AtomicLong SCHEMAS =
      new java.util.concurrent.atomic.AtomicLong();

  /** A plain JDBC connection to the test database of {@code s}, next to the open services. */
  public static java.sql.Connection connect(Services s) throws java.sql.SQLException {
    return connect(s, server(s.dataDir()));
  }

  private static java.sql.Connection connect(Services s, DatabaseServer server)
      throws java.sql.SQLException {
    return server == null
        ? java.sql.DriverManager.getConnection(
            "jdbc:h2:file:" + s.dataDir().resolve(Database.FILE_NAME), "sa", "")
        : java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
  }

  /**
   * Runs {@code statements} on the database of {@code s} over plain JDBC, as someone holding the
   * file would with H2's shell or psql: no PrivacyDesk, no installation key.
   */
  public static void sqlAsFileHolder(Services s, String... statements) {
    try (java.sql.Connection c = connect(s);
        java.sql.Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Cuts the newest audit entry off and moves the head back to the one before, as SQL would. */
  public static void cutOffLastEntry(Services s) {
    long head = s.audit().verify().entries();
    sqlAsFileHolder(
        s,
        "DELETE FROM audit_event WHERE seq = " + head,
        "UPDATE audit_head SET last_seq = "
            + (head - 1)
            + ", last_hash = (SELECT entry_hash FROM audit_event WHERE seq = "
            + (head - 1)
            + ") WHERE id = 1");
  }

  /** Creates the first admin and returns it signed in. */
  public static Actor admin(Services s) {
    return s.users().createFirstAdmin("admin", ADMIN_PASSWORD.toCharArray());
  }

  /** One audit entry as read back: action, actor name, entity id and detail. */
  public record AuditRow(String action, String actorName, Long entityId, String detail) {}

  /** Every audit entry, oldest first, read over JDBC next to the open database. */
  public static java.util.List<AuditRow> auditRows(Services s) {
    return auditRows(s, server(s.dataDir()));
  }

  /**
   * Every audit entry of {@code server}'s database (null: the H2 file of {@code s}), oldest first.
   */
  public static java.util.List<AuditRow> auditRows(Services s, DatabaseServer server) {
    var rows = new java.util.ArrayList<AuditRow>();
    try (java.sql.Connection c = connect(s, server);
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT action, actor_name, entity_id, detail FROM audit_event ORDER BY seq")) {
      while (rs.next()) {
        long id = rs.getLong(3);
        rows.add(
            new AuditRow(
                rs.getString(1), rs.getString(2), rs.wasNull() ? null : id, rs.getString(4)));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /** A CA disclosure request by post, received 2026-11-19, with an account and a reply address. */
  public static com.privacydesk.domain.intake.CaDisclosureIntake caDisclosure() {
    return new com.privacydesk.domain.intake.CaDisclosureIntake(
        new com.privacydesk.domain.intake.CommonIntake(
            com.privacydesk.domain.Channel.POSTAL_MAIL,
            java.time.LocalDateTime.parse("2026-11-19T09:30"),
            com.privacydesk.domain.intake.RequesterKind.SELF,
            "ACC-1001",
            "reply@example.com"),
        com.privacydesk.domain.intake.ResidencyBasis.SERVICE_ADDRESS,
        true,
        null);
  }

  /**
   * A parent's phone request to delete their child's data, received 2026-11-18 09:00, the parent
   * verified by a call with trained staff.
   */
  public static com.privacydesk.domain.intake.ChildDeletionIntake childDeletion() {
    return new com.privacydesk.domain.intake.ChildDeletionIntake(
        new com.privacydesk.domain.intake.CommonIntake(
            com.privacydesk.domain.Channel.PHONE,
            java.time.LocalDateTime.of(2026, 11, 18, 9, 0),
            com.privacydesk.domain.intake.RequesterKind.PARENT,
            "ACC-5",
            "Phone of record"),
        com.privacydesk.domain.intake.CoppaTrigger.PARENT_REQUEST,
        com.privacydesk.domain.intake.Under13Basis.PARENT_STATEMENT,
        com.privacydesk.domain.intake.ParentVerification.CALL_WITH_TRAINED_STAFF);
  }

  /**
   * Logs an opt-out of {@code email} by {@code by}, received at 09:00 on {@code received} (an ISO
   * date), duplicates ignored.
   */
  public static long optOut(Services s, Actor by, String email, String received) {
    return s.intake()
        .logOptOut(
            by,
            new com.privacydesk.domain.intake.OptOutIntake(
                email,
                com.privacydesk.domain.OptOutScope.ALL_COMMERCIAL,
                null,
                com.privacydesk.domain.Channel.WEB_FORM,
                java.time.LocalDateTime.parse(received + "T09:00")),
            com.privacydesk.app.cases.Duplicates.ignore());
  }

  /** Adds a user with {@code role} (password "password-" + name) and signs in as them. */
  public static Actor user(Services s, Actor admin, String name, Role role) {
    char[] pw = ("password-" + name).toCharArray();
    s.users().addUser(admin, name, role, pw);
    return s.users().authenticate(name, ("password-" + name).toCharArray());
  }
}
