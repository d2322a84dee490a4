package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.AuditTrail.WitnessTable.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode's witness table, set up as docs/sql/team-server.sql has administrators do it (CI runs
 * that script): every checkpoint lands there, and PrivacyDesk's own account can neither change nor
 * delete what it wrote. On the embedded database there is none.
 */
class WitnessTableTest {
  @TempDir Path dir;

  @Test
  void checkpointsLandInATableTheApplicationMayOnlyInsertInto() throws SQLException {
    try (Services s = TestServices.open(dir)) {
      TestServices.admin(s);
      var v = s.audit().verify();
      if (!TestServices.ON_POSTGRES) {
        assertThat(v.witnessTable()).isEqualTo(State.NONE);
        return;
      }
      Assumptions.assumeTrue(
          v.witnessTable() != State.NONE, "no witness table set up in this PostgreSQL database");
      assertThat(v.witnessTable()).isEqualTo(State.INSERT_ONLY);
      String line = v.checkpoint().orElseThrow().line();
      try (Connection c = TestServices.connect(s)) {
        try (PreparedStatement st =
            c.prepareStatement(
                "SELECT occasion FROM privacydesk_witness.checkpoint WHERE line = ?")) {
          st.setString(1, line);
          try (ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("verify-audit");
          }
        }
        for (String forge :
            new String[] {
              "UPDATE privacydesk_witness.checkpoint SET line = 'forged'",
              "DELETE FROM privacydesk_witness.checkpoint",
              "TRUNCATE privacydesk_witness.checkpoint",
              "DROP TABLE privacydesk_witness.checkpoint"
            }) {
          assertThatThrownBy(() -> c.createStatement().execute(forge))
              .as(forge)
              .isInstanceOfSatisfying(
                  SQLException.class, e -> assertThat(e.getSQLState()).isIn("42501"));
        }
      }
    }
  }
}
