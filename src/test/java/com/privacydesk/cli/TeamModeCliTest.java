package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.DatabaseServers;
import com.privacydesk.Services;
import com.privacydesk.app.DatabaseServer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where team mode's server comes from ({@code --db-url}, the environment, the data folder's {@code
 * database.properties}) and what the command line says about it before any server is reached:
 * malformed URLs, and the operations that exist for the embedded file only.
 */
class TeamModeCliTest {
  private static final String URL = "jdbc:postgresql://db.example.test:5432/privacydesk";

  @TempDir Path data;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private final Map<String, String> env = new HashMap<>();
  private final List<String> windows = new ArrayList<>();

  private int run(String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            env);
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return PrivacyDeskCli.run(all, io, (dir, url) -> windows.add(dir + " " + url));
  }

  @Test
  void theServerComesFromTheOptionThenTheEnvironmentThenTheSettingsFile() throws Exception {
    assertThat(DatabaseServers.resolve(data, null, env)).as("nothing: the embedded file").isNull();

    Files.writeString(
        data.resolve(DatabaseServers.FILE), "url=" + URL + "\nuser=team\npassword=from-file\n");
    assertThat(DatabaseServers.resolve(data, null, env))
        .isEqualTo(new DatabaseServer(URL, "team", "from-file"));

    env.put(DatabaseServers.ENV_URL, "jdbc:postgresql://other.test/pd");
    env.put(DatabaseServers.ENV_PASSWORD, "from-env");
    assertThat(DatabaseServers.resolve(data, null, env))
        .isEqualTo(new DatabaseServer("jdbc:postgresql://other.test/pd", "team", "from-env"));

    assertThat(DatabaseServers.resolve(data, "jdbc:postgresql://third.test/pd", env).url())
        .isEqualTo("jdbc:postgresql://third.test/pd");
  }

  @Test
  void theServerIsDescribedWithoutItsPasswordOrItsUrlParameters() {
    var server =
        new DatabaseServer(URL + "?user=team&password=s3cret-in-url", "team", "s3cret-pass");
    assertThat(server.describe()).isEqualTo("PostgreSQL db.example.test:5432/privacydesk");
    assertThat(server.toString()).doesNotContain("s3cret").doesNotContain("team");
  }

  @Test
  void aUrlThatIsNotPostgresqlIsAUsageError() {
    assertThat(run("--db-url", "jdbc:mysql://db/pd", "verify-audit")).isEqualTo(ExitCode.USAGE);
    assertThat(stderr.toString()).contains("must be a PostgreSQL JDBC URL");
    assertThat(run("--db-url", "jdbc:h2:file:/tmp/x")).isEqualTo(ExitCode.USAGE);
    assertThat(windows).as("no window for a bad URL").isEmpty();
  }

  @Test
  void theWindowIsHandedTheUrlGiven() {
    assertThat(run("--db-url", URL)).isZero();
    assertThat(windows).containsExactly(data + " " + URL);
  }

  @Test
  void fileOnlyOperationsAreRefusedInTeamModeBeforeAnyServerIsReached() throws Exception {
    env.put(DatabaseServers.ENV_URL, URL);
    assertThat(run("backup", "--out", data.resolve("b.zip").toString(), "--user", "admin"))
        .isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString())
        .contains("Backup works on the embedded database file only")
        .contains("pg_dump");
    assertThat(run("restore", data.resolve("b.zip").toString())).isEqualTo(ExitCode.FAILURE);
    Path key = data.resolve("key.txt");
    Files.writeString(key, "a-long-enough-key-123\n");
    assertThat(run("encrypt", "--new-key-file", key.toString())).isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("Restore works").contains("Encryption works");
    assertThat(Files.exists(data.resolve("b.zip"))).isFalse();
  }

  @Test
  void migrateDbCopiesTheEmbeddedFileOnly() throws Exception {
    assertThat(run("--db-url", URL, "migrate-db", "--to", URL)).isEqualTo(ExitCode.USAGE);
    assertThat(stderr.toString()).contains("copies the data folder's embedded database");
    assertThat(run("migrate-db", "--to", "jdbc:oracle:thin:@db")).isEqualTo(ExitCode.USAGE);
    assertThat(run("migrate-db", "--to", URL)).isEqualTo(ExitCode.FAILURE);
    assertThat(stderr.toString()).contains("there is no PrivacyDesk database in");
    assertThat(Services.hasDatabase(data)).isFalse();
  }
}
