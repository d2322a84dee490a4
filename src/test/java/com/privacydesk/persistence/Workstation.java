package com.privacydesk.persistence;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.ConcurrentEditException;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One agent's PrivacyDesk in a process of its own, for {@link TwoWorkstationsTest}: opens the
 * PostgreSQL database named by its arguments (data folder, URL, user, agent) with the password in
 * {@code PRIVACYDESK_DB_PASSWORD}, signs in, prints {@code READY}, then obeys one command per line
 * of standard input and answers each with one line:
 *
 * <ul>
 *   <li>{@code VERSION id} → {@code VERSION v}: the version of the case this agent now sees
 *   <li>{@code NOTE id v} → {@code OK} or {@code CONFLICT by}: a note written against version v
 *   <li>{@code STRESS cases rounds} → {@code DONE notes conflicts intakes}: for each round, a note
 *       on every case (re-read and retried on a conflict) and one new opt-out
 *   <li>{@code QUIT}
 * </ul>
 */
public final class Workstation {
  static final String PASSWORD = "workstation-password";

  private Workstation() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    var server =
        new DatabaseServer(
            args[1], args[2], System.getenv(com.privacydesk.DatabaseServers.ENV_PASSWORD));
    String agent = args[3];
    try (Services s = Services.open(Path.of(args[0]), Services.systemClock(), null, server);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      Actor me = s.users().authenticate(agent, PASSWORD.toCharArray());
      out.println("READY");
      for (String line; (line = in.readLine()) != null; ) {
        String[] cmd = line.split(" ");
        switch (cmd[0]) {
          case "VERSION" ->
              out.println("VERSION " + s.queries().detail(me, Long.parseLong(cmd[1])).version());
          case "NOTE" -> {
            try {
              s.workflow()
                  .addNote(
                      me, Long.parseLong(cmd[1]), Integer.parseInt(cmd[2]), "checked by " + agent);
              out.println("OK");
            } catch (ConcurrentEditException e) {
              out.println("CONFLICT " + e.getMessage());
            }
          }
          case "STRESS" ->
              out.println(stress(s, me, agent, Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2])));
          case "QUIT" -> {
            return;
          }
          default -> out.println("UNKNOWN " + cmd[0]);
        }
      }
    }
  }

  /**
   * {@code notes} notes on the first {@code cases} cases in turn (re-read and retried after a
   * conflict), and a new opt-out after every fourth, as fast as the database lets.
   */
  private static String stress(Services s, Actor me, String agent, int cases, int notes) {
    int conflicts = 0;
    int intakes = 0;
    for (int i = 0; i < notes; i++) {
      long id = 1 + i % cases;
      while (true) {
        int version = s.queries().detail(me, id).version();
        try {
          s.workflow().addNote(me, id, version, "note " + i + " by " + agent);
          break;
        } catch (ConcurrentEditException e) {
          conflicts++;
        }
      }
      if (i % 4 == 3) {
        s.intake()
            .logOptOut(
                me,
                new OptOutIntake(
                    agent + "-" + i + "@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.PHONE,
                    LocalDateTime.of(2026, 11, 20, 10, 0)),
                Duplicates.ignore());
        intakes++;
      }
    }
    return "DONE " + notes + " " + conflicts + " " + intakes;
  }
}
