package com.privacydesk;

import com.privacydesk.app.Actor;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Real services on a fresh H2 database in a temporary folder, at a fixed time. */
public final class TestServices {
  /** Friday 2026-11-20 10:00 in New York. */
  public static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  public static final String ADMIN_PASSWORD = "correct horse battery";

  private TestServices() {}

  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  public static Services open(Path dir) {
    return Services.open(dir, clock());
  }

  /** Creates the first admin and returns it signed in. */
  public static Actor admin(Services s) {
    return s.users().createFirstAdmin("admin", ADMIN_PASSWORD.toCharArray());
  }

  /** One audit entry as read back: action, actor name, entity id and detail. */
  public record AuditRow(String action, String actorName, Long entityId, String detail) {}

  /** Every audit entry, oldest first, read over JDBC next to the open database. */
  public static java.util.List<AuditRow> auditRows(Services s) {
    String url = "jdbc:h2:file:" + s.dataDir().resolve("privacydesk");
    var rows = new java.util.ArrayList<AuditRow>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
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

  /** Adds a user with {@code role} (password "password-" + name) and signs in as them. */
  public static Actor user(Services s, Actor admin, String name, Role role) {
    char[] pw = ("password-" + name).toCharArray();
    s.users().addUser(admin, name, role, pw);
    return s.users().authenticate(name, ("password-" + name).toCharArray());
  }
}
