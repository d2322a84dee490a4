package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.letters.LetterService;
import com.privacydesk.app.port.LetterRepository.StoredLetter;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.letters.DisclosureCategory;
import com.privacydesk.domain.letters.DisclosureRegister;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.Checklist;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disclosure register and letters: the CA answer lists the register of the year before the
 * request (or says there were none), every type's letters are produced from the current template
 * version, archived with their hash audited, drafted as email, and their sending recorded on the
 * checklist.
 */
@Tag("fast")
class LettersTest {
  @TempDir Path dir;
  private Services s;
  private Actor admin;
  private Actor lead;
  private Actor agent;

  private static final DisclosureRegister REGISTER_2025 =
      new DisclosureRegister(
          2025,
          false,
          Set.of(DisclosureCategory.NAME_AND_ADDRESS, DisclosureCategory.KIND_OF_SERVICE),
          List.of(
              new DisclosureRegister.Recipient(
                  "Acme Marketing LLC", "1 Main Street, Springfield, IL 62701", "home security"),
              new DisclosureRegister.Recipient(
                  "Bright Offers Inc.", "20 Market Street, San Francisco, CA 94105", null)));

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    admin = TestServices.admin(s);
    lead = TestServices.user(s, admin, "lea", Role.SUPERVISOR);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private long caRequest(String received, String contact) {
    return s.intake()
        .logCaDisclosure(
            agent,
            new CaDisclosureIntake(
                new CommonIntake(
                    Channel.DESIGNATED_EMAIL,
                    LocalDate.parse(received).atTime(9, 0),
                    RequesterKind.SELF,
                    "ACC-" + received,
                    contact),
                ResidencyBasis.SERVICE_ADDRESS,
                true,
                null),
            Duplicates.ignore());
  }

  @Test
  void aPurgeRemovesALettersTextAndKeepsItsHash(@TempDir Path other) {
    var clock = new com.privacydesk.HandClock();
    clock.set(java.time.Instant.parse("2024-03-04T15:00:00Z"));
    try (Services old = TestServices.open(other, clock)) {
      Actor root = TestServices.admin(old);
      long id =
          old.intake()
              .logOptOut(
                  root,
                  new OptOutIntake(
                      "gone@example.com",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.WEB_FORM,
                      LocalDateTime.of(2024, 3, 4, 9, 0)));
      var letter = old.letters().generate(root, id, LetterKind.OPT_OUT_CONFIRMATION);
      old.workflow()
          .perform(
              root,
              id,
              old.queries().detail(root, id).version(),
              com.privacydesk.domain.workflow.CaseAction.CLOSE,
              com.privacydesk.domain.workflow.Outcome.WITHDRAWN);
      clock.set(java.time.Instant.parse("2026-11-20T15:00:00Z"));
      assertThat(old.purges().apply(root).preview().total()).isEqualTo(1);
      assertThatThrownBy(() -> old.letters().pdf(root, letter.letterId()))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> assertThat(e.refusal().code()).isEqualTo("letter.purged"));
      assertThat(old.letters().letters(root, id))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.pdfKept()).isFalse();
                assertThat(l.recipient()).isNull();
                assertThat(l.pdfSha256()).isEqualTo(letter.sha256());
              });
    }
  }

  /** A compromise report whose caller gave a new address (not the one of record). */
  private long passwordReport() {
    return s.intake()
        .logPasswordCompromise(
            agent,
            new PasswordCompromiseIntake(
                new CommonIntake(
                    Channel.PHONE,
                    LocalDateTime.of(2026, 11, 19, 9, 0),
                    RequesterKind.SELF,
                    "ACC-10",
                    "new.address@example.com"),
                AuthenticationMethod.CALL_BACK_TO_NUMBER_OF_RECORD));
  }

  private static String text(byte[] pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void supervisorsKeepTheRegisterAndItIsValidatedAndAudited() {
    assertThatThrownBy(() -> s.register().save(agent, REGISTER_2025))
        .isInstanceOf(AccessDeniedException.class);
    var noCategories = new DisclosureRegister(2025, false, Set.of(), REGISTER_2025.recipients());
    assertThatThrownBy(() -> s.register().save(lead, noCategories))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.code())
                    .containsExactly("register.categories.required"));
    var noneButListed = new DisclosureRegister(2024, true, Set.of(), REGISTER_2025.recipients());
    assertThatThrownBy(() -> s.register().save(lead, noneButListed))
        .isInstanceOf(ValidationException.class);
    var future = new DisclosureRegister(2027, true, Set.of(), List.of());
    assertThatThrownBy(() -> s.register().save(lead, future))
        .isInstanceOf(ValidationException.class);

    s.register().save(lead, REGISTER_2025);
    s.register().save(lead, new DisclosureRegister(2024, true, Set.of(), List.of()));
    assertThat(s.register().years(agent)).containsExactly(2025, 2024);
    assertThat(s.register().year(agent, 2025)).contains(REGISTER_2025);
    assertThat(TestServices.auditRows(s))
        .filteredOn(a -> a.action().startsWith("REGISTER_"))
        .extracting(TestServices.AuditRow::detail)
        .containsExactly(
            "categories=NAME_AND_ADDRESS,KIND_OF_SERVICE; recipients=Acme Marketing LLC | Bright"
                + " Offers Inc.",
            "noDisclosures");
  }

  @Test
  void theCaAnswerListsTheRegisterOfTheYearBeforeTheRequest() throws Exception {
    long id = caRequest("2026-11-18", "pat@example.com");
    // no register for 2025 yet: refused, nothing archived
    assertThatThrownBy(() -> s.letters().generate(agent, id, LetterKind.CA_RESPONSE))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.refusal().code()).isEqualTo("letter.noRegister");
              assertThat(e.messageArgs()).containsExactly(2025);
            });
    s.register().save(lead, REGISTER_2025);
    s.register().save(lead, new DisclosureRegister(2026, true, Set.of(), List.of()));

    var letter = s.letters().generate(agent, id, LetterKind.CA_RESPONSE);
    assertThat(letter.kind()).isEqualTo(LetterKind.CA_RESPONSE);
    assertThat(letter.registerYear()).isEqualTo(2025);
    assertThat(letter.templateVersion()).isEqualTo(1);
    byte[] pdf = s.letters().pdf(agent, letter.letterId());
    assertThat(sha256(pdf)).isEqualTo(letter.sha256());
    String text = text(pdf);
    assertThat(text)
        .contains("During calendar year 2025")
        .contains("- Name and address")
        .contains("- The kind of service provided")
        .contains(
            "Acme Marketing LLC, 1 Main Street, Springfield, IL 62701 (for example: home security)")
        .contains("Bright Offers Inc., 20 Market Street, San Francisco, CA 94105")
        .contains("case " + id)
        .contains("template version 1");
    assertThat(TestServices.auditRows(s))
        .filteredOn(a -> a.action().equals("LETTER"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.entityId()).isEqualTo(id);
              assertThat(a.detail())
                  .isEqualTo(
                      "letter="
                          + letter.letterId()
                          + "; kind=CA_RESPONSE; template=v1; register=2025; sha256="
                          + sha256(pdf));
            });

    // a request received in 2025 is answered with 2024, which records no disclosures
    s.register().save(lead, new DisclosureRegister(2024, true, Set.of(), List.of()));
    long older = caRequest("2025-03-05", "pat@example.com");
    var none = s.letters().generate(agent, older, LetterKind.CA_RESPONSE);
    assertThat(none.kind()).isEqualTo(LetterKind.CA_NO_DISCLOSURES);
    assertThat(none.registerYear()).isEqualTo(2024);
    assertThat(text(s.letters().pdf(agent, none.letterId())))
        .contains("During calendar year 2024 we did not disclose personal information");
  }

  @Test
  void everyTypesLettersAreProducedFromTheCurrentTemplateVersion() throws Exception {
    s.register().save(lead, REGISTER_2025);
    long ca = caRequest("2026-11-18", "pat@example.com");
    long optOut =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "jo@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 19, 9, 0)));
    long coppa =
        s.intake()
            .logChildDeletion(
                agent,
                new ChildDeletionIntake(
                    new CommonIntake(
                        Channel.PHONE,
                        LocalDateTime.of(2026, 11, 19, 9, 0),
                        RequesterKind.PARENT,
                        "ACC-9",
                        "parent@example.com"),
                    CoppaTrigger.PARENT_REQUEST,
                    Under13Basis.PARENT_STATEMENT,
                    ParentVerification.CALL_WITH_TRAINED_STAFF));
    long password = passwordReport();
    var cases =
        java.util.Map.of(
            CaseType.CA_DISCLOSURE, ca,
            CaseType.EMAIL_OPT_OUT, optOut,
            CaseType.CHILD_DATA_DELETION, coppa,
            CaseType.PASSWORD_COMPROMISE, password);
    for (var e : cases.entrySet()) {
      for (LetterKind kind : LetterKind.offeredFor(e.getKey())) {
        var letter = s.letters().generate(agent, e.getValue(), kind);
        assertThat(text(s.letters().pdf(agent, letter.letterId())))
            .as(kind.name())
            .contains(Long.toString(e.getValue()));
      }
    }
    assertThat(s.letters().letters(agent, coppa))
        .extracting(StoredLetter::kind)
        .containsExactly(LetterKind.COPPA_ACKNOWLEDGEMENT, LetterKind.COPPA_PARENT_NOTICE);
    // the wrong type is refused
    assertThatThrownBy(() -> s.letters().generate(agent, optOut, LetterKind.ACCOUNT_CHANGE_NOTICE))
        .isInstanceOf(RefusedException.class);

    // supervisors edit; each save is a new version; letters record the version they used
    assertThatThrownBy(
            () -> s.letters().saveTemplate(agent, LetterKind.OPT_OUT_CONFIRMATION, "x", "y"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                s.letters()
                    .saveTemplate(
                        lead, LetterKind.OPT_OUT_CONFIRMATION, "Done", "Hello {{customer.name}}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().getFirst().code()).isEqualTo("template.unknownField"));
    int v2 =
        s.letters()
            .saveTemplate(
                lead,
                LetterKind.OPT_OUT_CONFIRMATION,
                "Unsubscribed (case {{case.number}})",
                "{{optout.email}} will get no more offers from us.\n\nExample Telecom");
    assertThat(v2).isEqualTo(2);
    assertThat(s.letters().versions(agent, LetterKind.OPT_OUT_CONFIRMATION))
        .extracting(t -> t.template().version(), t -> t.createdBy())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "lea"),
            org.assertj.core.groups.Tuple.tuple(1, null));
    var second = s.letters().generate(agent, optOut, LetterKind.OPT_OUT_CONFIRMATION);
    assertThat(second.templateVersion()).isEqualTo(2);
    assertThat(text(s.letters().pdf(agent, second.letterId())))
        .contains("jo@example.com will get no more offers from us.");
    assertThat(s.letters().letters(agent, optOut))
        .extracting(StoredLetter::templateVersion)
        .containsExactly(1, 2);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void theEmailDraftCarriesTheArchivedPdfAndSendingTicksTheChecklist() throws Exception {
    s.register().save(lead, REGISTER_2025);
    long ca = caRequest("2026-11-18", "pat@example.com");
    var letter = s.letters().generate(agent, ca, LetterKind.CA_RESPONSE);

    LetterService.Draft draft = s.letters().emailDraft(agent, letter.letterId());
    assertThat(draft.fileName())
        .isEqualTo("case-" + ca + "-ca-response-" + letter.letterId() + ".eml");
    MimeMessage eml =
        new MimeMessage(
            Session.getInstance(new Properties()), new ByteArrayInputStream(draft.eml()));
    assertThat(eml.getHeader("X-Unsent")).containsExactly("1");
    assertThat(eml.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("pat@example.com");
    assertThat(eml.getSubject())
        .isEqualTo("Your California Shine the Light request (case " + ca + ")");
    var parts = (MimeMultipart) eml.getContent();
    assertThat(parts.getBodyPart(0).getContent().toString()).contains("During calendar year 2025");
    assertThat(parts.getBodyPart(1).getFileName())
        .isEqualTo("case-" + ca + "-ca-response-" + letter.letterId() + ".pdf");
    byte[] attached = parts.getBodyPart(1).getInputStream().readAllBytes();
    assertThat(sha256(attached)).isEqualTo(letter.sha256());

    int version = s.queries().detail(agent, ca).version();
    assertThatThrownBy(
            () ->
                s.letters()
                    .markSent(
                        agent,
                        letter.letterId(),
                        version,
                        LocalDate.of(2026, 11, 20),
                        LetterKind.Method.SMS))
        .isInstanceOf(ValidationException.class);
    s.letters()
        .markSent(
            agent, letter.letterId(), version, LocalDate.of(2026, 11, 20), LetterKind.Method.EMAIL);
    var tick =
        s.queries().detail(agent, ca).checklist().stream()
            .filter(e -> e.key().equals("RESPONSE_SENT"))
            .findFirst()
            .orElseThrow()
            .tick();
    assertThat(tick.doneOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(tick.choice()).isEqualTo("EMAIL");
    assertThat(s.letters().letters(agent, ca).getFirst())
        .satisfies(
            l -> {
              assertThat(l.sentOn()).isEqualTo(LocalDate.of(2026, 11, 20));
              assertThat(l.sentMethod()).isEqualTo(LetterKind.Method.EMAIL);
              assertThat(l.sentBy()).isEqualTo("ann");
            });

    // the account-change notice never goes to the contact given with the report
    long password = passwordReport();
    var notice = s.letters().generate(agent, password, LetterKind.ACCOUNT_CHANGE_NOTICE);
    MimeMessage noticeDraft =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(s.letters().emailDraft(agent, notice.letterId()).eml()));
    assertThat(noticeDraft.getAllRecipients()).isNull();
    assertThat(text(s.letters().pdf(agent, notice.letterId()))).doesNotContain("new.address");
    s.letters()
        .markSent(
            agent,
            notice.letterId(),
            s.queries().detail(agent, password).version(),
            LocalDate.of(2026, 11, 20),
            LetterKind.Method.SMS);
    assertThat(
            s.queries().detail(agent, password).checklist().stream()
                .filter(
                    e ->
                        e.key()
                            .equals(
                                Checklist.key(LetterKind.ACCOUNT_CHANGE_NOTICE.sentItem(), null)))
                .findFirst()
                .orElseThrow()
                .done())
        .isTrue();
    assertThat(TestServices.auditRows(s))
        .extracting(TestServices.AuditRow::action)
        .contains("LETTER", "LETTER_VIEW", "LETTER_DRAFT", "LETTER_SENT", "CHECKLIST_TICK");
  }
}
