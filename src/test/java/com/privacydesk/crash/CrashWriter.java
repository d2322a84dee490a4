package com.privacydesk.crash;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * The app's write path in a process of its own, for {@link CrashTest}: opens the database in the
 * folder given, then logs opt-outs (and takes every third) as fast as it can, printing {@code ACK
 * <id>} after each intake's transaction has committed. It never stops by itself: the test kills it.
 */
public final class CrashWriter {
  static final String READY = "READY";
  static final String ACK = "ACK ";
  static final String USER = "crashadmin";
  static final String PASSWORD = "crash-test-password";

  private CrashWriter() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    int run = Integer.parseInt(args[1]);
    try (Services s = Services.open(dir, Services.systemClock())) {
      Actor admin =
          s.users().needsFirstAdmin()
              ? s.users().createFirstAdmin(USER, PASSWORD.toCharArray())
              : s.users().authenticate(USER, PASSWORD.toCharArray());
      out.println(READY);
      LocalDateTime received = LocalDateTime.of(2026, 11, 2, 9, 0);
      for (int i = 0; ; i++) {
        long id =
            s.intake()
                .logOptOut(
                    admin,
                    new OptOutIntake(
                        "crash-" + run + "-" + i + "@example.com",
                        OptOutScope.ALL_COMMERCIAL,
                        null,
                        Channel.WEB_FORM,
                        received),
                    Duplicates.ignore());
        out.println(ACK + id);
        if (i % 3 == 0) {
          s.assignments().take(admin, id, s.queries().detail(admin, id).version());
        }
      }
    }
  }
}
