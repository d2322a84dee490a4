package com.privacydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.reports.ReportFixture;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log file in the data folder after a full flow (intake of every type, workflow, notes, failed
 * sign-ins, a lock-out, reveals, a report, a backup and a purge): it says what happened, by ids and
 * codes, and holds none of the personal data typed in.
 */
class LogPrivacyTest {
  @TempDir Path dir;

  @Test
  void aFullFlowLeavesNoPersonalDataInTheLogFile() throws Exception {
    Path data = dir.resolve("data");
    try (ReportFixture f = new ReportFixture(data)) {
      Services s = f.services();
      Actor admin = f.admin();
      Actor ann = f.agent();
      long optOut =
          s.intake()
              .logOptOut(
                  ann,
                  new OptOutIntake(
                      "zelda.quinn+promo@personal-mail.test",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.WEB_FORM,
                      LocalDateTime.of(2026, 11, 19, 10, 0)),
                  Duplicates.ignore());
      s.workflow()
          .addNote(
              ann,
              optOut,
              s.queries().detail(ann, optOut).version(),
              "Customer Zelda Quinn called from 555-0142 about the newsletter");
      s.queries().reveal(ann, optOut, "Replying to Zelda Quinn by email");
      s.queries().reveal(admin, f.id("C1"), "checking the account");
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> s.users().authenticate("ann", "not-Zelda-pass".toCharArray()))
            .isInstanceOf(RuntimeException.class);
      }
      assertThatThrownBy(() -> s.users().authenticate("zelda.quinn", "guess-pass".toCharArray()))
          .isInstanceOf(AuthenticationException.class);
      f.reports().monthly(f.supervisor(), YearMonth.of(2026, 10));
      s.backups().backup(admin, dir.resolve("backup.zip"));
      f.clock().set(Instant.parse("2029-01-05T15:00:00Z"));
      s.purges().apply(admin);
    }
    Path log = data.resolve(LogFiles.FOLDER).resolve(LogFiles.FILE);
    assertThat(log).exists();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    // it says what happened ...
    assertThat(text)
        .contains("created: EMAIL_OPT_OUT by user")
        .contains("-> CLOSED (CLOSE)")
        .contains("Personal data of case")
        .contains("Sign-in refused (user ")
        .contains("Sign-in refused (unknown name)")
        .contains("Backup of ")
        .contains("Purge run 1 by user")
        .contains("Database schema migrated from version none to");
    // ... and nothing typed about a person
    List<String> personal =
        List.of(
            "@example.com",
            "personal-mail",
            "zelda",
            "Zelda",
            "Quinn",
            "555-0142",
            "ACC-",
            "Address on the account",
            "Sam (security)",
            "Call records",
            "Replying to",
            "checking the account",
            "not-Zelda-pass",
            "guess-pass",
            "password-ann",
            TestServices.ADMIN_PASSWORD);
    for (String p : personal) {
      assertThat(text).as("log must not contain %s", p).doesNotContain(p);
    }
  }
}
