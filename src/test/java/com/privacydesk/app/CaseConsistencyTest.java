package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.CpniBreachIntake;
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
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.TickedFacts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case never contradicts itself: the facts its Overview shows agree with its checklist after
 * every tick and untick, for every type; a CA answer cannot be recorded from a register year that
 * does not exist; and the letter of a case under review or closed can still be written and its
 * sending recorded (no state is a dead end).
 */
class CaseConsistencyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private Services s;
  private Actor agent;
  private Actor lead;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    Actor admin = TestServices.admin(s);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
    lead = TestServices.user(s, admin, "lea", Role.SUPERVISOR);
  }

  @AfterEach
  void close() {
    assertThat(s.audit().verify().intact()).isTrue();
    s.close();
  }

  private CaseFile file(long id) {
    return s.queries().detail(agent, id);
  }

  private void act(Actor who, long id, CaseAction action, Outcome outcome) {
    s.workflow().perform(who, id, file(id).version(), action, outcome);
  }

  private static CommonIntake common(RequesterKind kind, String account, String contact) {
    return new CommonIntake(
        Channel.DESIGNATED_EMAIL, LocalDateTime.of(2026, 11, 16, 9, 30), kind, account, contact);
  }

  private long caRequest(boolean relationshipStated) {
    return caRequest(relationshipStated, "ACC-1");
  }

  private long caRequest(boolean relationshipStated, String account) {
    return s.intake()
        .logCaDisclosure(
            agent,
            new CaDisclosureIntake(
                common(RequesterKind.SELF, account, "Address on the account"),
                ResidencyBasis.SERVICE_ADDRESS,
                relationshipStated,
                null),
            Duplicates.check());
  }

  /** A case of a type whose intake is built from its spec, with the spec's demo answers. */
  private long typed(CaseType type) {
    return s.intake()
        .logTyped(
            agent,
            new com.privacydesk.domain.intake.TypedIntake(
                type,
                common(RequesterKind.SELF, "ACC-7", null),
                com.privacydesk.domain.types.RequestTypes.form(type)
                    .demoAnswers(new java.util.SplittableRandom(7))));
  }

  private long caseOf(CaseType type) {
    if (com.privacydesk.domain.types.RequestTypes.hasForm(type)) {
      return typed(type);
    }
    return switch (com.privacydesk.domain.types.BuiltInType.of(type)) {
      case CA_DISCLOSURE -> caRequest(false);
      case EMAIL_OPT_OUT ->
          s.intake()
              .logOptOut(
                  agent,
                  new OptOutIntake(
                      "jane@example.com",
                      OptOutScope.ALL_COMMERCIAL,
                      null,
                      Channel.WEB_FORM,
                      LocalDateTime.of(2026, 10, 1, 9, 0)));
      case CHILD_DATA_DELETION ->
          s.intake()
              .logChildDeletion(
                  agent,
                  new ChildDeletionIntake(
                      common(RequesterKind.PARENT, "ACC-5", "Phone of record"),
                      CoppaTrigger.PARENT_REQUEST,
                      Under13Basis.PARENT_STATEMENT,
                      ParentVerification.PENDING));
      case PASSWORD_COMPROMISE -> password();
      case CPNI_BREACH ->
          s.intake()
              .openCpniBreach(
                  agent,
                  new CpniBreachIntake(
                      password(), LocalDate.of(2026, 11, 16), "Sam (security)", "Records", null));
    };
  }

  private long password() {
    return s.intake()
        .logPasswordCompromise(
            agent,
            new PasswordCompromiseIntake(
                common(RequesterKind.SELF, "ACC-3", null),
                AuthenticationMethod.ONE_TIME_CODE_TO_CONTACT_OF_RECORD));
  }

  /** Every fact the Overview shows that a checklist line establishes has the line's value. */
  private static void assertOverviewAgreesWithChecklist(CaseFile f, String when) {
    for (Checklist.Entry e : f.checklist()) {
      Optional<String> shown = fact(f, TickedFacts.field(e.item()));
      if (TickedFacts.field(e.item()) != null) {
        if (e.done()) {
          String expected = e.item() == ChecklistItem.PARENT_VERIFIED ? e.tick().choice() : "true";
          assertThat(shown).as("%s: %s on the Overview", when, e.key()).contains(expected);
        } else {
          assertThat(shown)
              .as("%s: open %s on the Overview", when, e.key())
              .hasValueSatisfying(
                  v ->
                      assertThat(v)
                          .isIn("PENDING", "NOT_VERIFIED", "false", TickedFacts.NOT_CONFIRMED));
        }
      }
      if (e.item() == ChecklistItem.LAW_ENFORCEMENT_NOTIFIED) {
        assertThat(fact(f, "lawEnforcementNotifiedOn"))
            .as("%s: notice date on the Overview", when)
            .isEqualTo(e.done() ? Optional.of(e.tick().doneOn().toString()) : Optional.empty());
      }
    }
  }

  private static Optional<String> fact(CaseFile f, String field) {
    return f.detail().facts().stream()
        .filter(x -> x.field().equals(field))
        .map(CaseDetail.Fact::value)
        .findFirst();
  }

  @ParameterizedTest
  @EnumSource(CaseType.class)
  void theOverviewAgreesWithTheChecklistAfterEveryTickAndUntick(CaseType type) {
    s.register().save(lead, register(2025));
    long id = caseOf(type);
    act(agent, id, CaseAction.START_WORK, null);
    assertOverviewAgreesWithChecklist(file(id), "before any tick");
    for (Checklist.Entry e : file(id).checklist()) {
      if (e.item() == ChecklistItem.CPNI_REACHED) {
        continue; // YES needs a linked breach: answered below with NO
      }
      String choice =
          e.item().evidence().chosen()
              ? switch (e.item()) {
                case PARENT_VERIFIED -> "CALL_WITH_TRAINED_STAFF";
                // the notice date below is within the waiting period
                case CUSTOMERS_NOTIFIED -> "AGENCY_AGREED_EARLIER";
                default -> e.item().choices().getFirst();
              }
              : null;
      LocalDate date = e.item().evidence().dated() ? dateFor(e.item()) : null;
      s.workflow().tick(agent, id, file(id).version(), e.key(), date, choice);
      assertOverviewAgreesWithChecklist(file(id), "after ticking " + e.key());
      s.workflow().untick(agent, id, file(id).version(), e.key());
      assertOverviewAgreesWithChecklist(file(id), "after unticking " + e.key());
      s.workflow().tick(agent, id, file(id).version(), e.key(), date, choice);
      assertOverviewAgreesWithChecklist(file(id), "after ticking " + e.key() + " again");
    }
  }

  private static LocalDate dateFor(ChecklistItem item) {
    // the opt-out's send check is dated on or after its statutory due date (2026-10-15)
    return item == ChecklistItem.POST_DEADLINE_SEND_CHECK ? TODAY : LocalDate.of(2026, 11, 17);
  }

  @Test
  void theCoppaOverviewShowsTheParentVerificationTheChecklistRecorded() {
    long id = caseOf(CaseType.CHILD_DATA_DELETION);
    act(agent, id, CaseAction.START_WORK, null);
    assertThat(fact(file(id), "parentVerification")).contains("PENDING");
    s.workflow()
        .tick(agent, id, file(id).version(), "PARENT_VERIFIED", null, "CALL_WITH_TRAINED_STAFF");
    assertThat(fact(s.queries().detail(lead, id), "parentVerification"))
        .contains("CALL_WITH_TRAINED_STAFF");
  }

  @Test
  void theCaOverviewShowsTheRelationshipAsTheChecklistConfirmsIt() {
    // stated at intake: intake ticks the checklist line, so both places say so
    long stated = caRequest(true);
    assertThat(fact(file(stated), "personalRelationship")).contains("true");
    assertThat(entry(file(stated), ChecklistItem.PERSONAL_RELATIONSHIP).done()).isTrue();
    act(agent, stated, CaseAction.START_WORK, null);
    s.workflow().untick(agent, stated, file(stated).version(), "PERSONAL_RELATIONSHIP");
    assertThat(fact(file(stated), "personalRelationship")).contains(TickedFacts.NOT_CONFIRMED);

    // not stated: "No" until the agent confirms it on the checklist
    long notStated = caRequest(false, "ACC-2");
    act(agent, notStated, CaseAction.START_WORK, null);
    assertThat(fact(file(notStated), "personalRelationship")).contains("false");
    s.workflow()
        .tick(agent, notStated, file(notStated).version(), "PERSONAL_RELATIONSHIP", null, null);
    assertThat(fact(file(notStated), "personalRelationship")).contains("true");
  }

  private static Checklist.Entry entry(CaseFile f, ChecklistItem item) {
    return f.checklist().stream().filter(e -> e.item() == item).findFirst().orElseThrow();
  }

  @Test
  void aVerificationRecordedAtIntakeIsTheChecklistTick() {
    long id =
        s.intake()
            .logChildDeletion(
                agent,
                new ChildDeletionIntake(
                    common(RequesterKind.PARENT, "ACC-6", "Phone of record"),
                    CoppaTrigger.PARENT_REQUEST,
                    Under13Basis.PARENT_STATEMENT,
                    ParentVerification.SIGNED_CONSENT_FORM));
    Checklist.Entry line = entry(file(id), ChecklistItem.PARENT_VERIFIED);
    assertThat(line.done()).isTrue();
    assertThat(line.tick().choice()).isEqualTo("SIGNED_CONSENT_FORM");
    assertThat(fact(file(id), "parentVerification")).contains("SIGNED_CONSENT_FORM");
  }

  @Test
  void theResponseSentTickNeedsTheRegisterYearAndNamesIt() {
    long id = caRequest(true);
    act(agent, id, CaseAction.START_WORK, null);
    assertThatThrownBy(
            () -> s.workflow().tick(agent, id, file(id).version(), "RESPONSE_SENT", TODAY, "EMAIL"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.refusal().code()).isEqualTo("tick.noRegister");
              assertThat(e.refusal().args()).containsExactly(2025);
            });
    assertThat(file(id).checklist())
        .filteredOn(e -> e.item() == ChecklistItem.RESPONSE_SENT)
        .singleElement()
        .satisfies(e -> assertThat(e.done()).isFalse());
  }

  /**
   * The whole CA path with the register missing at first: the answer can be neither ticked nor
   * written; once a supervisor records the year, the letter is written and its sending recorded
   * (which ticks the line), the case is reviewed and closed; a later letter's sending is still
   * recorded on the closed case.
   */
  @Test
  void theWholeCaPathWithAMissingRegisterEndsClosedWithTheLetterRecorded() {
    long id = caRequest(true);
    act(agent, id, CaseAction.START_WORK, null);
    for (Checklist.Entry e : file(id).checklist()) {
      if (e.item() != ChecklistItem.RESPONSE_SENT) {
        s.workflow().tick(agent, id, file(id).version(), e.key(), null, null);
      }
    }
    assertThatThrownBy(() -> s.letters().generate(agent, id, LetterKind.CA_RESPONSE))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("letter.noRegister"));
    assertThatThrownBy(() -> act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED))
        .isInstanceOf(RefusedException.class);

    s.register().save(lead, register(2025));
    var letter = s.letters().generate(agent, id, LetterKind.CA_RESPONSE);
    s.letters()
        .markSent(agent, letter.letterId(), file(id).version(), TODAY, LetterKind.Method.EMAIL);
    assertThat(file(id).checklist()).allSatisfy(e -> assertThat(e.done()).isTrue());
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);

    // under review: a second copy written and its sending recorded, no checklist change needed
    var again = s.letters().generate(agent, id, LetterKind.CA_RESPONSE);
    s.letters()
        .markSent(agent, again.letterId(), file(id).version(), TODAY, LetterKind.Method.EMAIL);
    act(lead, id, CaseAction.APPROVE, null);
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.CLOSED);

    var afterClosing = s.letters().generate(agent, id, LetterKind.CA_RESPONSE);
    s.letters()
        .markSent(
            agent,
            afterClosing.letterId(),
            file(id).version(),
            TODAY,
            LetterKind.Method.POSTAL_MAIL);
    assertThat(s.letters().letters(agent, id))
        .allSatisfy(l -> assertThat(l.sentOn()).isEqualTo(TODAY));
  }

  /**
   * The agent ticked the answer by hand and submitted; the reviewer then writes the letter and
   * records its sending before approving.
   */
  @Test
  void aReviewerCanWriteAndRecordTheLetterBeforeApproving() {
    s.register().save(lead, register(2025));
    long id = caRequest(true);
    act(agent, id, CaseAction.START_WORK, null);
    for (Checklist.Entry e : file(id).checklist()) {
      boolean answer = e.item() == ChecklistItem.RESPONSE_SENT;
      s.workflow()
          .tick(
              agent,
              id,
              file(id).version(),
              e.key(),
              answer ? TODAY : null,
              answer ? "EMAIL" : null);
    }
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    var letter = s.letters().generate(lead, id, LetterKind.CA_RESPONSE);
    s.letters()
        .markSent(
            lead,
            letter.letterId(),
            s.queries().detail(lead, id).version(),
            TODAY,
            LetterKind.Method.EMAIL);
    act(lead, id, CaseAction.APPROVE, null);
    assertThat(file(id).outcome()).isEqualTo(Outcome.FULFILLED);
  }

  private static DisclosureRegister register(int year) {
    return new DisclosureRegister(
        year,
        false,
        Set.of(DisclosureCategory.NAME_AND_ADDRESS),
        List.of(
            new DisclosureRegister.Recipient(
                "Acme Marketing LLC", "1 Main Street, Springfield, IL 62701", "home security")));
  }
}
