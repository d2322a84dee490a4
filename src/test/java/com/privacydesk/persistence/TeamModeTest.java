package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.DatabaseServers;
import com.privacydesk.Main;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.demo.DemoSeeder;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode against a real PostgreSQL (the {@code team-mode} run in CI): {@code migrate-db} copies
 * an embedded database into an empty server database that then verifies, counts and works like the
 * original; the copy refuses a database that is not empty and non-administrators; a refused sign-in
 * to the server is reported without the account or the password, in the output and in the log file.
 * Commands run as child processes, as a script would run them.
 */
@EnabledIfSystemProperty(named = "privacydesk.test.db", matches = "postgresql")
class TeamModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run cli(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(com.privacydesk.ChildJvm.command(Main.class, args));
    pb.environment().keySet().removeIf(k -> k.startsWith("PRIVACYDESK_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    var err = new ByteArrayOutputStream();
    Thread drain =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    p.getErrorStream().transferTo(err);
                  } catch (java.io.IOException e) {
                    // the process ended
                  }
                });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    drain.join();
    return new Run(exit, out, err.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> account(DatabaseServer server, String user) {
    Map<String, String> env = new HashMap<>();
    env.put(DatabaseServers.ENV_USER, server.user());
    env.put(DatabaseServers.ENV_PASSWORD, server.password());
    env.put("PRIVACYDESK_USER", user);
    env.put("PRIVACYDESK_PASSWORD", DemoSeeder.DEMO_PASSWORD);
    return env;
  }

  @Test
  void migrateDbCopiesTheEmbeddedDatabaseAndTheCopyVerifiesCountsAndWorks() throws Exception {
    Path data = dir.resolve("workstation");
    String sourceHead;
    long sourceCases;
    // the source is the embedded file, also in this PostgreSQL run
    try (Services s = Services.open(data, TestServices.clock())) {
      s.demoSeeder().seed(600, 42, (done, total) -> {});
      sourceHead = s.audit().verify().headHash();
      sourceCases = s.backups().check().cases();
    }
    DatabaseServer target = TestServices.freshSchema();

    Run agent =
        cli(
            account(target, "agent01"),
            "--data-dir",
            data.toString(),
            "migrate-db",
            "--to",
            target.url());
    assertThat(agent.exit()).as(agent.err()).isEqualTo(1);
    assertThat(agent.err()).contains("BACKUP_DATA");

    Run copy =
        cli(
            account(target, DemoSeeder.ADMIN),
            "--data-dir",
            data.toString(),
            "migrate-db",
            "--to",
            target.url(),
            "--json");
    assertThat(copy.exit()).as(copy.err()).isZero();
    JsonNode result = JSON.readTree(copy.out());
    assertThat(result.get("ok").asBoolean()).isTrue();
    assertThat(result.get("target").asText()).startsWith("PostgreSQL ");
    assertThat(result.get("tables")).hasSize(38);
    for (JsonNode t : result.get("tables")) {
      assertThat(t.get("copy").asLong())
          .as(t.get("table").asText())
          .isEqualTo(t.get("source").asLong());
    }
    Map<String, Long> rows = new HashMap<>();
    result.get("tables").forEach(t -> rows.put(t.get("table").asText(), t.get("copy").asLong()));
    assertThat(rows.get("privacy_case")).isEqualTo(sourceCases);
    assertThat(rows.get("app_user")).isEqualTo(11);
    assertThat(rows.get("case_checklist")).isPositive();
    assertThat(result.get("audit").get("intact").asBoolean()).isTrue();
    assertThat(result.get("audit").get("entries").asLong()).isEqualTo(rows.get("audit_event"));

    // the copy is the same chain, one entry longer: the copy's own record
    Run verify =
        cli(
            account(target, DemoSeeder.ADMIN),
            "--data-dir",
            dir.resolve("elsewhere").toString(),
            "--db-url",
            target.url(),
            "verify-audit");
    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(verify.out()).contains(result.get("audit").get("headHash").asText());
    assertThat(result.get("audit").get("headHash").asText()).isNotEqualTo(sourceHead);
    try (Services source = Services.open(data, TestServices.clock())) {
      assertThat(source.audit().verify().headHash())
          .as("the source records the copy too")
          .isEqualTo(result.get("audit").get("headHash").asText());
    }

    // a second workstation works on the copy: new ids go on after the copied ones
    try (Services team = Services.open(dir.resolve("second"), TestServices.clock(), null, target)) {
      Actor agent01 = team.users().authenticate("agent01", DemoSeeder.DEMO_PASSWORD.toCharArray());
      long id =
          team.intake()
              .logOptOut(
                  agent01,
                  new OptOutIntake(
                      "after-the-move@example.com",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.PHONE,
                      LocalDateTime.of(2026, 11, 20, 9, 0)),
                  Duplicates.ignore());
      assertThat(id).isEqualTo(sourceCases + 1);
      assertThat(team.audit().verify().intact()).isTrue();
    }

    Run again =
        cli(
            account(target, DemoSeeder.ADMIN),
            "--data-dir",
            data.toString(),
            "migrate-db",
            "--to",
            target.url());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("is not empty");
  }

  @Test
  void aRefusedServerSignInNamesNeitherTheAccountNorThePassword() throws Exception {
    DatabaseServer server = TestServices.freshSchema();
    Path data = dir.resolve("wrong");
    Map<String, String> env = new HashMap<>();
    env.put(DatabaseServers.ENV_URL, server.url());
    env.put(DatabaseServers.ENV_USER, server.user());
    env.put(DatabaseServers.ENV_PASSWORD, "Wr0ng-Secret-Passw0rd");
    Run run = cli(env, "--data-dir", data.toString(), "verify-audit");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("refused the user name or password");
    String log = Files.readString(data.resolve("logs").resolve("privacydesk.log"));
    for (String text : List.of(run.out(), run.err(), log)) {
      // the server's own message would say: password authentication failed for user "…"
      assertThat(text)
          .doesNotContain("Wr0ng-Secret-Passw0rd")
          .doesNotContain("\"" + server.user() + "\"")
          .doesNotContain("authentication failed");
    }
  }
}
