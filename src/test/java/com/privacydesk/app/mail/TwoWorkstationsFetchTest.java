package com.privacydesk.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.DummySSLSocketFactory;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.Security;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode: two workstations (two PrivacyDesk services with their own connection pools and
 * password files) fetch the same mailbox at the same moment and then race to turn the same messages
 * into cases. Every message is stored once and becomes at most one case.
 */
@EnabledIfSystemProperty(named = "privacydesk.test.db", matches = "postgresql")
class TwoWorkstationsFetchTest {
  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(new ServerSetup[] {ServerSetupTest.IMAPS.dynamicPort()})
          .withConfiguration(
              GreenMailConfiguration.aConfig()
                  .withUser(
                      MailIntakeTest.ADDRESS, MailIntakeTest.ACCOUNT, MailIntakeTest.PASSWORD))
          .withPerMethodLifecycle(true);

  @TempDir Path dir;

  private static final int MESSAGES = 40;

  @Test
  void twoWorkstationsFetchingAndConvertingTheSameMailboxNeverMakeTwoCasesOfOneMessage()
      throws Exception {
    for (int i = 0; i < MESSAGES; i++) {
      SERVER
          .getUserManager()
          .getUser(MailIntakeTest.ACCOUNT)
          .deliver(
              MailIntakeTest.message(
                  "From: sender"
                      + i
                      + "@example.net\nTo: "
                      + MailIntakeTest.ADDRESS
                      + "\nSubject: unsubscribe\nMessage-ID: <m"
                      + i
                      + "@example.net>\n\nstop\n"));
    }
    DatabaseServer server = TestServices.freshSchema();
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
    MailboxSettings box =
        new MailboxSettings(
            0,
            "Customer care",
            "127.0.0.1",
            SERVER.getImaps().getPort(),
            Security.TLS,
            "INBOX",
            MailIntakeTest.ACCOUNT,
            true,
            null,
            0,
            Security.TLS,
            null,
            null,
            true);
    try (Services setup = Services.open(dir.resolve("setup"), clock, null, server)) {
      Actor admin = TestServices.admin(setup);
      setup.users().addUser(admin, "ann", Role.AGENT, "password-ann".toCharArray());
      setup.users().addUser(admin, "bob", Role.AGENT, "password-bob".toCharArray());
      Actor lead = TestServices.user(setup, admin, "lea", Role.SUPERVISOR);
      setup.mail().saveMailbox(lead, box, MailIntakeTest.PASSWORD);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Services ann = workstation("ann", clock, server);
        Services bob = workstation("bob", clock, server)) {
      Actor a = ann.users().authenticate("ann", "password-ann".toCharArray());
      Actor b = bob.users().authenticate("bob", "password-bob".toCharArray());
      CyclicBarrier start = new CyclicBarrier(2);
      Future<MailService.FetchResult> fa =
          pool.submit(
              () -> {
                start.await();
                return ann.mail().fetch(a, null, MailService.Progress.none());
              });
      Future<MailService.FetchResult> fb =
          pool.submit(
              () -> {
                start.await();
                return bob.mail().fetch(b, null, MailService.Progress.none());
              });
      MailService.FetchResult ra = fa.get();
      MailService.FetchResult rb = fb.get();
      assertThat(ra.complete()).isTrue();
      assertThat(rb.complete()).isTrue();
      assertThat(ra.added() + rb.added()).as("each message stored once").isEqualTo(MESSAGES);
      List<IncomingMail> list = ann.mail().unhandled(a);
      assertThat(list).hasSize(MESSAGES);

      // both convert every message, in the same order, at the same time
      List<Long> ids = list.stream().map(IncomingMail::id).toList();
      Future<Integer> ca = pool.submit(() -> convertAll(ann, a, ids, start));
      Future<Integer> cb = pool.submit(() -> convertAll(bob, b, ids, start));
      int made = ca.get() + cb.get();
      assertThat(made).isEqualTo(MESSAGES);
      assertThat(ann.queries().page(a, 0, 10).total()).isEqualTo(MESSAGES);
      assertThat(ann.mail().unhandled(a)).isEmpty();
      var verification =
          ann.audit().verify(ann.users().authenticate("lea", "password-lea".toCharArray()));
      assertThat(verification.intact()).as(verification.toString()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  private Services workstation(String name, Clock clock, DatabaseServer server) throws Exception {
    Path folder = dir.resolve(name);
    Services s = Services.open(folder, clock, null, server);
    s.useMailTls(new DummySSLSocketFactory(), false);
    // each workstation keeps its own copy of the mailbox password
    new com.privacydesk.mail.MailPasswordFile(folder).put("Customer care", MailIntakeTest.PASSWORD);
    return s;
  }

  private static int convertAll(Services s, Actor actor, List<Long> ids, CyclicBarrier start)
      throws Exception {
    start.await();
    int made = 0;
    List<Throwable> other = new ArrayList<>();
    for (long id : ids) {
      try {
        var draft = s.mail().draft(actor, id);
        s.intake()
            .logOptOut(
                actor,
                new OptOutIntake(
                    draft.email(),
                    com.privacydesk.domain.OptOutScope.ALL_COMMERCIAL,
                    null,
                    draft.channel(),
                    draft.receivedAt()),
                Duplicates.ignore().fromMail(id));
        made++;
      } catch (RefusedException e) {
        // the other workstation handled it first
      } catch (RuntimeException e) {
        other.add(e);
      }
    }
    assertThat(other).isEmpty();
    return made;
  }

  static LocalDateTime local(java.time.Instant t) {
    return LocalDateTime.ofInstant(t, ZoneId.of("America/New_York"));
  }
}
