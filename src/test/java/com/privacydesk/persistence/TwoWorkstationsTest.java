package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.DatabaseServers;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode's promise: two PrivacyDesk processes (two agents' workstations) on one PostgreSQL
 * database. A change made against a version another workstation has since changed is refused by the
 * optimistic lock and nothing of it is written; under concurrent writing no note and no case is
 * lost, every case's version counts its changes, and the audit chain stays one intact chain.
 */
@EnabledIfSystemProperty(named = "privacydesk.test.db", matches = "postgresql")
class TwoWorkstationsTest {
  /** Few cases, so that the two workstations keep changing the same ones. */
  private static final int CASES = 2;

  private static final int NOTES = 120;

  @TempDir Path dir;

  @Test
  void twoProcessesWorkTheSameCasesAndTheAuditChainStaysValid() throws Exception {
    DatabaseServer server = TestServices.freshSchema();
    List<Long> ids = new ArrayList<>();
    List<Integer> firstVersions = new ArrayList<>();
    try (Services s = Services.open(dir.resolve("setup"), TestServices.clock(), null, server)) {
      Actor admin = TestServices.admin(s);
      for (String agent : List.of("ann", "bob")) {
        s.users().addUser(admin, agent, Role.AGENT, Workstation.PASSWORD.toCharArray());
      }
      for (int i = 0; i < CASES; i++) {
        long id =
            s.intake()
                .logOptOut(
                    admin,
                    new OptOutIntake(
                        "customer" + i + "@example.com",
                        OptOutScope.ALL_COMMERCIAL,
                        null,
                        Channel.WEB_FORM,
                        LocalDateTime.of(2026, 11, 19, 9, 0)),
                    Duplicates.ignore());
        ids.add(id);
        firstVersions.add(s.queries().detail(admin, id).version());
      }
    }
    assertThat(ids)
        .as("STRESS works on ids 1..CASES")
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, CASES).boxed().toList());

    int conflicts;
    try (Child ann = new Child(server, "ann");
        Child bob = new Child(server, "bob")) {
      // both see version v of case 1; ann saves first, bob's save against v is refused
      String seen = ann.ask("VERSION 1");
      assertThat(bob.ask("VERSION 1")).isEqualTo(seen);
      int v = Integer.parseInt(seen.substring("VERSION ".length()));
      assertThat(ann.ask("NOTE 1 " + v)).isEqualTo("OK");
      assertThat(bob.ask("NOTE 1 " + v)).startsWith("CONFLICT").contains("ann");
      // bob reloads and saves again: now it goes in
      assertThat(bob.ask("VERSION 1")).isEqualTo("VERSION " + (v + 1));
      assertThat(bob.ask("NOTE 1 " + (v + 1))).isEqualTo("OK");

      // both at once, on the same two cases; a new case after every fourth note
      String stress = "STRESS " + CASES + " " + NOTES;
      int[] annDone;
      int[] bobDone;
      // a thread each (the common pool may have one thread on a 2-core machine)
      try (var both = Executors.newFixedThreadPool(2)) {
        Future<String> a = both.submit(() -> ann.ask(stress));
        Future<String> b = both.submit(() -> bob.ask(stress));
        annDone = done(a.get());
        bobDone = done(b.get());
      }
      conflicts = annDone[1] + bobDone[1];
      System.out.printf(
          "Two workstations: %d notes, %d conflicts refused and retried, %d new cases%n",
          annDone[0] + bobDone[0], annDone[1] + bobDone[1], annDone[2] + bobDone[2]);
    }

    try (Services s = Services.open(dir.resolve("check"), TestServices.clock(), null, server)) {
      Actor admin = s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      int notes = 0;
      for (int i = 0; i < CASES; i++) {
        var file = s.queries().detail(admin, ids.get(i));
        // every workstation wrote NOTES / CASES notes on each case; ann and bob one more on case 1
        int expected = 2 * (NOTES / CASES) + (i == 0 ? 2 : 0);
        assertThat(file.notes()).as("no note lost on case %d", ids.get(i)).hasSize(expected);
        assertThat(file.version() - firstVersions.get(i))
            .as("one version per change of case %d", ids.get(i))
            .isEqualTo(expected);
        notes += expected;
      }
      int newCases = 2 * (NOTES / 4);
      assertThat(s.backups().check().cases()).isEqualTo(CASES + newCases);
      var audit = s.audit().verify();
      assertThat(audit.intact()).as("one intact chain").isTrue();
      List<TestServices.AuditRow> rows = TestServices.auditRows(s, server);
      assertThat(rows).hasSize((int) audit.entries());
      assertThat(rows.stream().filter(r -> r.action().equals("NOTE_ADD")).count()).isEqualTo(notes);
      assertThat(rows.stream().filter(r -> r.action().equals("CASE_CREATE")).count())
          .isEqualTo(CASES + newCases);
    }
    assertThat(conflicts).as("the workstations did collide").isPositive();
  }

  private static int[] done(String line) {
    assertThat(line).startsWith("DONE ");
    String[] p = line.split(" ");
    return new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])};
  }

  /** A workstation process and its command line. */
  private final class Child implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    Child(DatabaseServer server, String agent) throws Exception {
      ProcessBuilder pb =
          new ProcessBuilder(
                  com.privacydesk.ChildJvm.command(
                      Workstation.class,
                      dir.resolve(agent).toString(),
                      server.url(),
                      server.user(),
                      agent))
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.environment().put(DatabaseServers.ENV_PASSWORD, server.password());
      process = pb.start();
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      assertThat(out.readLine()).isEqualTo("READY");
    }

    String ask(String command) {
      in.println(command);
      try {
        return out.readLine();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      in.println("QUIT");
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
