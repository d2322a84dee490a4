package com.privacydesk.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.DummySSLSocketFactory;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.MailSettings;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.app.port.MailServerException;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.ReceivedSource;
import com.privacydesk.domain.mail.Security;
import com.privacydesk.domain.user.Role;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail in, letters out, against a real IMAP and SMTP server (GreenMail, TLS on, in this JVM on
 * loopback): messages delivered to the designated mailbox are fetched into the list, turned into a
 * case with the server's received time, never twice; a letter is sent and read back from the
 * server; a dropped connection, a 30 MB message and broken mail are handled with nothing lost.
 */
class MailIntakeTest {
  static final String ACCOUNT = "customercare";
  static final String PASSWORD = "mail-secret";
  static final String ADDRESS = "customercare@example.com";

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(
              new ServerSetup[] {
                ServerSetupTest.IMAPS.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()
              })
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, ACCOUNT, PASSWORD))
          .withPerMethodLifecycle(true);

  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;
  private Actor lead;
  private Actor agent;
  private long mailboxId;

  @BeforeEach
  void open() {
    clock.set(Clock.systemUTC().instant().plusSeconds(5));
    s = TestServices.open(dir, clock);
    s.useMailTls(new DummySSLSocketFactory(), false);
    admin = TestServices.admin(s);
    lead = TestServices.user(s, admin, "lea", Role.SUPERVISOR);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
    mailboxId = s.mail().saveMailbox(lead, mailbox(0, SERVER.getImaps().getPort()), PASSWORD);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private MailboxSettings mailbox(long id, int imapPort) {
    return new MailboxSettings(
        id,
        "Customer care",
        "127.0.0.1",
        imapPort,
        Security.TLS,
        "INBOX",
        ACCOUNT,
        true,
        "127.0.0.1",
        SERVER.getSmtps().getPort(),
        Security.TLS,
        ADDRESS,
        "Example Telecom Customer Care",
        true);
  }

  /** The services' clock never behind the mail server's, which stamps messages with real time. */
  private void catchUp() {
    Instant real = Clock.systemUTC().instant().plusSeconds(60);
    if (clock.instant().isBefore(real)) {
      clock.set(real);
    }
  }

  private GreenMailUser user() {
    return SERVER.getUserManager().getUser(ACCOUNT);
  }

  static MimeMessage message(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  private void deliver(String from, String subject, String body) throws Exception {
    user()
        .deliver(
            message(
                "From: "
                    + from
                    + "\nTo: "
                    + ADDRESS
                    + "\nSubject: "
                    + subject
                    + "\nDate: Thu, 3 Dec 2026 08:00:00 -0800\nMessage-ID: <"
                    + Math.abs((from + subject).hashCode())
                    + "@mail.example.org>\nMIME-Version: 1.0\nContent-Type: text/plain;"
                    + " charset=UTF-8\n\n"
                    + body
                    + "\n"));
  }

  private List<StoredMessage> inbox() throws Exception {
    return SERVER.getManagers().getImapHostManager().getInbox(user()).getMessages();
  }

  private MailService.FetchResult fetch() {
    catchUp();
    return s.mail().fetch(agent, null, MailService.Progress.none());
  }

  @Test
  void aDeliveredCaRequestBecomesACaseReceivedAtTheServersTimeAndNeverTwice() throws Exception {
    deliver(
        "Dana Reyes <dana@example.org>",
        "Shine the Light request",
        "Under Civil Code 1798.83 please tell me who you shared my information with.");
    deliver("pat@example.net", "unsubscribe", "Please stop sending me offers.");
    // IMAP's INTERNALDATE has whole seconds
    Instant serverTime =
        inbox()
            .getFirst()
            .getReceivedDate()
            .toInstant()
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    MailService.FetchResult first = fetch();
    assertThat(first.fetched()).isEqualTo(2);
    assertThat(first.added()).isEqualTo(2);
    assertThat(first.complete()).isTrue();

    List<IncomingMail> list = s.mail().unhandled(agent);
    assertThat(list).hasSize(2);
    IncomingMail ca = list.getFirst();
    assertThat(ca.from()).isEqualTo("dana@example.org");
    assertThat(ca.subject()).isEqualTo("Shine the Light request");
    assertThat(ca.suggestedType()).isEqualTo(CaseType.CA_DISCLOSURE);
    assertThat(ca.suggestedBy()).isEqualTo("shine the light");
    assertThat(ca.receivedSource()).isEqualTo(ReceivedSource.SERVER);
    assertThat(ca.receivedAt()).isEqualTo(serverTime);
    assertThat(ca.dateHeader()).isEqualTo("Thu, 3 Dec 2026 08:00:00 -0800");
    assertThat(ca.bodyText()).as("a list read carries no text").isNull();
    assertThat(list.get(1).suggestedType()).isEqualTo(CaseType.EMAIL_OPT_OUT);
    assertThat(s.mail().read(agent, ca.id()).bodyText()).contains("1798.83");

    // fetched again: nothing new (UID bookkeeping)
    MailService.FetchResult again = fetch();
    assertThat(again.fetched()).isZero();
    assertThat(again.added()).isZero();

    MailService.IntakeDraft draft = s.mail().draft(agent, ca.id());
    ZoneId zone = ZoneId.of("America/New_York");
    LocalDateTime received = LocalDateTime.ofInstant(serverTime, zone).withNano(0);
    assertThat(draft.receivedAt()).isEqualTo(received);
    assertThat(draft.channel()).isEqualTo(Channel.DESIGNATED_EMAIL);
    assertThat(draft.email()).isEqualTo("dana@example.org");
    long caseId =
        s.intake()
            .logCaDisclosure(
                agent,
                new CaDisclosureIntake(
                    new CommonIntake(
                        draft.channel(),
                        draft.receivedAt(),
                        RequesterKind.SELF,
                        "ACC-1",
                        draft.email()),
                    ResidencyBasis.SERVICE_ADDRESS,
                    false,
                    null),
                Duplicates.check().fromMail(ca.id()));
    var detail = s.queries().detail(agent, caseId).detail();
    assertThat(detail.summary().receivedDate()).isEqualTo(received.toLocalDate());
    assertThat(detail.clocks())
        .as("the clocks of a request received at a designated address at the server's time")
        .isEqualTo(
            new com.privacydesk.app.deadlines.DeadlineService(
                    com.privacydesk.app.CompanySettings.DEFAULTS)
                .clocks(
                    new com.privacydesk.domain.calendar.DeadlineRequest(
                        CaseType.CA_DISCLOSURE,
                        received.toLocalDate(),
                        true,
                        java.util.Optional.empty())));
    var receipt = s.mail().receipt(agent, caseId).orElseThrow();
    assertThat(receipt.receivedAt()).isEqualTo(serverTime);
    assertThat(receipt.mailbox()).isEqualTo("Customer care");
    assertThat(receipt.rawSha256()).hasSize(64).isEqualTo(ca.rawSha256());

    // the same message again: refused, and nothing of the second case is stored
    long cases = s.queries().page(agent, 0, 10).total();
    assertThatThrownBy(
            () ->
                s.intake()
                    .logCaDisclosure(
                        agent,
                        new CaDisclosureIntake(
                            new CommonIntake(
                                draft.channel(),
                                draft.receivedAt(),
                                RequesterKind.SELF,
                                "ACC-2",
                                "other@example.org"),
                            ResidencyBasis.SERVICE_ADDRESS,
                            false,
                            null),
                        Duplicates.ignore().fromMail(ca.id())))
        .isInstanceOf(RefusedException.class)
        .extracting(e -> ((RefusedException) e).refusal().code())
        .isEqualTo("mail.handledAs");
    assertThat(s.queries().page(agent, 0, 10).total()).isEqualTo(cases);

    // minimised once handled: only the evidence of receipt stays
    IncomingMail handled = s.mail().read(agent, ca.id());
    assertThat(handled.status()).isEqualTo(IncomingMail.Status.CONVERTED);
    assertThat(handled.from()).isNull();
    assertThat(handled.subject()).isNull();
    assertThat(handled.bodyText()).isNull();
    assertThat(handled.preview()).isNull();
    assertThat(handled.rawSha256()).isEqualTo(ca.rawSha256());
    assertThat(handled.convertedCase()).isEqualTo(caseId);

    // the next fetch moves it to PrivacyDesk/handled on the server; nothing is deleted
    fetch();
    assertThat(inbox()).hasSize(1);
    MailFolder handledFolder =
        SERVER
            .getManagers()
            .getImapHostManager()
            .getFolder(user(), "PrivacyDesk.handled".replace('.', separator()));
    assertThat(handledFolder.getMessages()).hasSize(1);
    assertThat(TestServices.auditRows(s))
        .extracting(TestServices.AuditRow::action)
        .contains("MAIL_FETCHED", "MAIL_READ", "MAIL_CONVERTED", "MAIL_MOVED");
    var verification = s.audit().verify(admin);
    assertThat(verification.intact()).as(verification.toString()).isTrue();
  }

  /** The first waiting message logged as a CA request, as the form fills it in. */
  private long caRequestFromFirstMessage() {
    IncomingMail m = s.mail().unhandled(agent).getFirst();
    var draft = s.mail().draft(agent, m.id());
    return s.intake()
        .logCaDisclosure(
            agent,
            new CaDisclosureIntake(
                new CommonIntake(
                    draft.channel(),
                    draft.receivedAt(),
                    RequesterKind.SELF,
                    "ACC-9",
                    draft.email()),
                ResidencyBasis.SERVICE_ADDRESS,
                true,
                null),
            Duplicates.check().fromMail(m.id()));
  }

  private Actor catchUpThen(Actor a) {
    catchUp();
    return a;
  }

  private char separator() {
    return '.';
  }

  @Test
  void severalOptOutEmailsBecomeCasesInOneStepAndARepeatIsNotedOnTheFirst() throws Exception {
    deliver("pat@example.net", "unsubscribe", "stop");
    deliver("lee@example.net", "Unsubscribe me", "please");
    deliver("Pat <PAT@example.net>", "unsubscribe again", "I said stop");
    fetch();
    List<Long> ids = s.mail().unhandled(agent).stream().map(IncomingMail::id).toList();
    var result = s.intake().optOutsFromMail(agent, ids);
    assertThat(result.created()).hasSize(2);
    assertThat(result.repeats()).hasSize(1);
    assertThat(s.mail().unhandled(agent)).isEmpty();
    long patCase = result.created().getFirst();
    assertThat(s.queries().detail(agent, patCase).notes())
        .anySatisfy(n -> assertThat(n.body()).startsWith("Repeat request received"));
    assertThat(s.mail().receipt(agent, patCase)).isPresent();
  }

  @Test
  void aLetterIsSentFromTheCaseAndReadBackFromTheServer() throws Exception {
    deliver("dana@example.org", "Shine the Light", "1798.83 request");
    fetch();
    long caseId = caRequestFromFirstMessage();
    var letter = s.letters().generate(agent, caseId, LetterKind.CA_ACKNOWLEDGEMENT);

    MailService.Preview preview = s.mail().preview(agent, letter.letterId(), mailboxId);
    assertThat(preview.to()).isEqualTo("dana@example.org");
    assertThat(preview.from()).isEqualTo("Example Telecom Customer Care <" + ADDRESS + ">");
    assertThat(preview.pdfSha256()).isEqualTo(letter.sha256());

    // a letter goes only to the case's email contact of record
    assertThatThrownBy(
            () -> s.mail().send(agent, letter.letterId(), mailboxId, "someone.else@example.net"))
        .isInstanceOf(com.privacydesk.app.ValidationException.class)
        .hasMessageContaining("mail.notContact");
    assertThat(SERVER.getReceivedMessagesForDomain("example.net")).isEmpty();

    MailService.Sent sent = s.mail().send(agent, letter.letterId(), mailboxId, null);

    MimeMessage[] received = SERVER.getReceivedMessagesForDomain("example.org");
    assertThat(received).hasSize(1);
    MimeMessage out = received[0];
    assertThat(out.getAllRecipients()[0].toString()).isEqualTo("dana@example.org");
    assertThat(out.getSubject()).isEqualTo(preview.subject());
    assertThat(out.getMessageID()).isEqualTo(sent.messageId());
    Multipart parts = (Multipart) out.getContent();
    Part pdf = parts.getBodyPart(1);
    assertThat(pdf.getFileName()).isEqualTo(preview.attachmentName());
    byte[] bytes = pdf.getInputStream().readAllBytes();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(letter.sha256());

    var record = s.mail().emailed(agent, letter.letterId()).orElseThrow();
    assertThat(record.messageId()).isEqualTo(sent.messageId());
    assertThat(record.pdfSha256()).isEqualTo(letter.sha256());
    var stored =
        s.letters().letters(agent, caseId).stream()
            .filter(l -> l.id() == letter.letterId())
            .findFirst()
            .orElseThrow();
    assertThat(stored.sentMethod()).isEqualTo(LetterKind.Method.EMAIL);
    assertThatThrownBy(() -> s.mail().send(agent, letter.letterId(), mailboxId, null))
        .isInstanceOf(RefusedException.class);
    var verification = s.audit().verify(admin);
    assertThat(verification.intact()).as(verification.toString()).isTrue();
  }

  @Test
  void aRefusedSendChangesNothingAndSaysWhy() throws Exception {
    deliver("dana@example.org", "Shine the Light", "request");
    fetch();
    long caseId = caRequestFromFirstMessage();
    var letter = s.letters().generate(agent, caseId, LetterKind.CA_ACKNOWLEDGEMENT);
    s.mail().saveMailbox(lead, mailbox(mailboxId, SERVER.getImaps().getPort()), "wrong");
    int version = s.queries().detail(agent, caseId).version();
    assertThatThrownBy(() -> s.mail().send(agent, letter.letterId(), mailboxId, null))
        .isInstanceOf(MailServerException.class)
        .extracting(e -> ((MailServerException) e).reason())
        .isEqualTo(MailServerException.Reason.SIGN_IN);
    assertThat(SERVER.getReceivedMessagesForDomain("example.org")).isEmpty();
    assertThat(s.mail().emailed(agent, letter.letterId())).isEmpty();
    assertThat(s.queries().detail(agent, caseId).version()).isEqualTo(version);
  }

  @Test
  void aConnectionDroppedMidFetchLosesNothingAndTheNextFetchResumes() throws Exception {
    for (int i = 0; i < 5; i++) {
      deliver("sender" + i + "@example.net", "unsubscribe " + i, "stop " + i);
    }
    try (TcpCutter cutter = new TcpCutter(SERVER.getImaps().getPort())) {
      s.mail().saveMailbox(lead, mailbox(mailboxId, cutter.port()), null);
      MailService.FetchResult broken =
          s.mail()
              .fetch(
                  catchUpThen(agent),
                  null,
                  (box, done, total) -> {
                    if (done == 2) {
                      cutter.cut();
                    }
                  });
      assertThat(broken.complete()).isFalse();
      assertThat(broken.failures().getFirst().error())
          .isInstanceOf(MailServerException.class)
          .extracting(e -> ((MailServerException) e).reason())
          .isEqualTo(MailServerException.Reason.DROPPED);
      assertThat(broken.added()).isEqualTo(2);
      assertThat(s.mail().unhandled(agent)).hasSize(2);

      MailService.FetchResult resumed = fetch();
      assertThat(resumed.complete()).isTrue();
      assertThat(resumed.added()).isEqualTo(3);
    }
    assertThat(s.mail().unhandled(agent))
        .extracting(IncomingMail::subject)
        .containsExactly(
            "unsubscribe 0", "unsubscribe 1", "unsubscribe 2", "unsubscribe 3", "unsubscribe 4");
  }

  @Test
  void aMessageOverTheSizeLimitIsListedByItsHeadersOnly() throws Exception {
    byte[] big = new byte[30 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    for (int i = 76; i < big.length; i += 78) {
      big[i] = '\r';
      big[i + 1] = '\n';
    }
    String head =
        "From: big@example.net\r\nTo: "
            + ADDRESS
            + "\r\nSubject: unsubscribe, with a film\r\nMessage-ID: <big@example.net>\r\n"
            + "Content-Type: text/plain\r\n\r\n";
    byte[] raw = new byte[head.length() + big.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, raw, 0, head.length());
    System.arraycopy(big, 0, raw, head.length(), big.length);
    user()
        .deliver(
            new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    deliver("small@example.net", "unsubscribe", "stop");

    MailService.FetchResult r = fetch();
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.tooLarge()).isEqualTo(1);
    IncomingMail large =
        s.mail().unhandled(agent).stream()
            .filter(m -> IncomingMail.TOO_LARGE.equals(m.problem()))
            .findFirst()
            .orElseThrow();
    assertThat(large.from()).isEqualTo("big@example.net");
    assertThat(large.subject()).isEqualTo("unsubscribe, with a film");
    assertThat(large.sizeBytes()).isGreaterThan(MailSettings.DEFAULTS.maxBytes());
    assertThat(large.rawSha256()).isNull();
    assertThat(s.mail().read(agent, large.id()).bodyText()).isNull();
  }

  @Test
  void brokenMailIsKeptAsEvidenceAndItsTextIsWhatCanBeRead() throws Exception {
    // 8-bit UTF-8 header, HTML-only body, an attachment, and a multipart with no boundary
    user()
        .deliver(
            message(
                "From: José Núñez <jose@example.org>\nTo: "
                    + ADDRESS
                    + "\nSubject: Mi niño — my child's account\nMIME-Version: 1.0\n"
                    + "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n"
                    + "Content-Type: text/html; charset=UTF-8\n\n<html><body><p>Please delete"
                    + " <b>my child</b>'s data.</p><script>evil()</script></body></html>\n--XX\n"
                    + "Content-Type: application/pdf\nContent-Disposition: attachment;"
                    + " filename=birth.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--XX--\n"));
    user()
        .deliver(
            message(
                "From: broken@example.org\nSubject: do not call\nContent-Type: multipart/mixed\n\n"
                    + "no boundary at all\n"));
    fetch();
    List<IncomingMail> list = s.mail().unhandled(agent);
    assertThat(list).hasSize(2);
    IncomingMail html = s.mail().read(agent, list.get(0).id());
    assertThat(html.subject()).isEqualTo("Mi niño — my child's account");
    assertThat(html.from()).isEqualTo("jose@example.org");
    assertThat(html.bodyText()).contains("Please delete my child's data.").doesNotContain("evil");
    assertThat(html.attachments()).isEqualTo(1);
    assertThat(html.suggestedType()).isEqualTo(CaseType.CHILD_DATA_DELETION);
    IncomingMail broken = list.get(1);
    assertThat(broken.problem()).isEqualTo(IncomingMail.MALFORMED);
    assertThat(broken.rawSha256()).hasSize(64);
    assertThat(broken.suggestedType()).isEqualTo(CaseType.TELEMARKETING_DNC);
  }

  @Test
  void savedMessagesAreImportedOnceAndFilesThatAreNoEmailAreRefusedByName() throws Exception {
    Path eml = dir.resolve("request.eml");
    Files.writeString(
        eml,
        ("Received: from mx.example.com by mail.example.com; Wed, 2 Dec 2026 10:15:00 -0500\n"
                + "From: kim@example.org\nTo: "
                + ADDRESS
                + "\nSubject: Shine the Light\nDate: Wed, 2 Dec 2026 07:14:00 -0800\n\nPlease.\n")
            .replace("\n", "\r\n"));
    Path junk = dir.resolve("notes.eml");
    Files.write(junk, new byte[] {0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01});
    var r = s.mail().importFiles(agent, List.of(eml, junk, eml));
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.refused()).extracting(MailService.FileProblem::code).containsExactly("notEmail");
    IncomingMail m = s.mail().unhandled(agent).getFirst();
    assertThat(m.receivedSource()).isEqualTo(ReceivedSource.RECEIVED_HEADER);
    assertThat(m.receivedAt()).isEqualTo(Instant.parse("2026-12-02T15:15:00Z"));
    assertThat(m.designated()).as("addressed to a designated address").isTrue();
    assertThat(m.mailboxId()).isNull();
  }

  @Test
  void dismissingNeedsTheCaseOfADuplicateAndIsAudited() throws Exception {
    deliver("spam@example.net", "You won", "click");
    fetch();
    long id = s.mail().unhandled(agent).getFirst().id();
    assertThatThrownBy(() -> s.mail().dismiss(agent, id, Dismissal.DUPLICATE, null))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    s.mail().dismiss(agent, id, Dismissal.SPAM, null);
    assertThat(s.mail().unhandled(agent)).isEmpty();
    assertThatThrownBy(() -> s.mail().dismiss(agent, id, Dismissal.NOT_PRIVACY, null))
        .isInstanceOf(RefusedException.class);
    assertThat(TestServices.auditRows(s))
        .filteredOn(a -> a.action().equals("MAIL_DISMISSED"))
        .singleElement()
        .extracting(TestServices.AuditRow::detail)
        .isEqualTo("dismissed=SPAM");
  }

  @Test
  void theKeepSettingHoldsAHandledMessagesTextForItsDaysThenItGoes() throws Exception {
    s.mail().saveSettings(lead, new MailSettings(5, 25, 3, MailSettings.DEFAULTS.rules()));
    deliver("spam@example.net", "You won", "click here");
    fetch();
    long id = s.mail().unhandled(agent).getFirst().id();
    s.mail().dismiss(agent, id, Dismissal.SPAM, null);
    assertThat(s.mail().read(agent, id).bodyText()).isEqualTo("click here");
    clock.advance(Duration.ofDays(3).plusMinutes(1));
    fetch();
    IncomingMail gone = s.mail().read(agent, id);
    assertThat(gone.bodyText()).isNull();
    assertThat(gone.from()).isNull();
    assertThat(gone.rawSha256()).hasSize(64);
  }

  @Test
  void theWrongPasswordAndAnUnknownHostAreSaidInWords() {
    assertThatThrownBy(
            () -> s.mail().test(lead, mailbox(mailboxId, SERVER.getImaps().getPort()), "nope"))
        .isInstanceOf(MailServerException.class)
        .extracting(e -> ((MailServerException) e).reason())
        .isEqualTo(MailServerException.Reason.SIGN_IN);
    MailboxSettings nowhere =
        new MailboxSettings(
            mailboxId,
            "Customer care",
            "mail.invalid",
            993,
            Security.TLS,
            "INBOX",
            ACCOUNT,
            true,
            null,
            0,
            Security.TLS,
            null,
            null,
            true);
    assertThatThrownBy(() -> s.mail().test(lead, nowhere, PASSWORD))
        .isInstanceOf(MailServerException.class)
        .extracting(e -> ((MailServerException) e).reason())
        .isEqualTo(MailServerException.Reason.UNREACHABLE);
    assertThat(s.mail().test(lead, mailbox(mailboxId, SERVER.getImaps().getPort()), null)).isZero();
    assertThatThrownBy(() -> s.mail().saveMailbox(agent, mailbox(mailboxId, 1), null))
        .isInstanceOf(com.privacydesk.app.AccessDeniedException.class);
  }

  @Test
  void thePasswordIsKeptOwnerOnlyOutsideTheDatabase() throws Exception {
    Path file = dir.resolve("mail-passwords.properties");
    assertThat(Files.readString(file)).contains(PASSWORD);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    assertThat(TestServices.auditRows(s))
        .noneSatisfy(a -> assertThat(String.valueOf(a.detail())).contains(PASSWORD));
  }
}
