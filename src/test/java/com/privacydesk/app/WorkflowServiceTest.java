package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.DuplicatesFoundException;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.DuplicateRules;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases worked to closure through the services on a real database (clock fixed at 2026-11-20 10:00
 * New York): checklist gating, the review path, notes, links, duplicates, reopening, optimistic
 * locking, and an intact audit chain at the end.
 */
@Tag("fast")
class WorkflowServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private Services s;
  private Actor admin;
  private Actor agent;
  private Actor supervisor;
  private WorkflowService wf;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    admin = TestServices.admin(s);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
    supervisor = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    wf = s.workflow();
    // CA answers are recorded from the register of the year before receipt
    s.register()
        .save(
            supervisor,
            new com.privacydesk.domain.letters.DisclosureRegister(
                2025, true, java.util.Set.of(), java.util.List.of()));
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
    wf.perform(who, id, file(id).version(), action, outcome);
  }

  private void tickAll(long id, LocalDate date) {
    for (Checklist.Entry e : file(id).checklist()) {
      if (!e.done()) {
        String choice = e.item().evidence().chosen() ? e.item().choices().getFirst() : null;
        wf.tick(
            agent,
            id,
            file(id).version(),
            e.key(),
            e.item().evidence().dated() ? date : null,
            choice);
      }
    }
  }

  private long optOut(String email, String received) {
    return s.intake()
        .logOptOut(
            agent,
            new OptOutIntake(
                email,
                OptOutScope.ALL_COMMERCIAL,
                null,
                Channel.WEB_FORM,
                LocalDate.parse(received).atTime(9, 0)));
  }

  private static CommonIntake common(String received, String account, String contact) {
    return new CommonIntake(
        Channel.DESIGNATED_EMAIL,
        LocalDate.parse(received).atTime(9, 30),
        RequesterKind.SELF,
        account,
        contact);
  }

  private long caRequest(String received, String account, Duplicates d) {
    return s.intake()
        .logCaDisclosure(
            agent,
            new CaDisclosureIntake(
                common(received, account, "Address on the account"),
                ResidencyBasis.SERVICE_ADDRESS,
                true,
                null),
            d);
  }

  @Test
  void anOptOutIsWorkedToClosureAndLeavesTheQueuesDueOrder() {
    long id = optOut("jane@example.com", "2026-10-01");
    act(agent, id, CaseAction.START_WORK, null);
    assertThatThrownBy(() -> act(agent, id, CaseAction.CLOSE, Outcome.SUPPRESSED))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("checklist.open"));
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);

    tickAll(id, TODAY);
    assertThat(file(id).checklist())
        .extracting(Checklist.Entry::key)
        .contains("SUPPRESSED_IN:Email platform", "SUPPRESSED_IN:CRM");
    act(agent, id, CaseAction.CLOSE, Outcome.SUPPRESSED);

    CaseFile closed = file(id);
    assertThat(closed.detail().summary().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.SUPPRESSED);
    assertThat(closed.detail().summary().dueDate()).isNull();
    assertThat(closed.checklistEditable()).isFalse();
    assertThat(closed.actions()).isEmpty(); // reopening is a supervisor's
    assertThat(s.queries().detail(supervisor, id).actions()).containsExactly(CaseAction.REOPEN);
    assertThat(closed.timeline())
        .extracting(AuditEntry::action)
        .containsSubsequence("CASE_CREATE", "CASE_TRANSITION", "CHECKLIST_TICK", "CASE_TRANSITION");
    assertThat(closed.timeline().getLast().detail())
        .isEqualTo("status: IN_PROGRESS -> CLOSED; action=CLOSE; outcome=SUPPRESSED");
  }

  @Test
  void theSendCheckCannotBeTickedBeforeTheDueDate() {
    long id = optOut("early@example.com", "2026-11-16");
    assertThatThrownBy(
            () -> wf.tick(agent, id, file(id).version(), "POST_DEADLINE_SEND_CHECK", TODAY, null))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("tick.beforeDeadline"));
  }

  @Test
  void aCaRequestNeedsASupervisorsApproval() {
    long id = caRequest("2026-11-02", "ACC-1", Duplicates.check());
    act(agent, id, CaseAction.START_WORK, null);
    tickAll(id, TODAY);
    assertThatThrownBy(() -> act(agent, id, CaseAction.CLOSE, Outcome.FULFILLED))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("review.required"));
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    assertThat(file(id).pendingOutcome()).isEqualTo(Outcome.FULFILLED);
    assertThat(file(id).actions()).doesNotContain(CaseAction.APPROVE);
    assertThatThrownBy(() -> act(agent, id, CaseAction.APPROVE, null))
        .isInstanceOf(AccessDeniedException.class);

    act(supervisor, id, CaseAction.SEND_BACK, null);
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    act(supervisor, id, CaseAction.APPROVE, null);
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(file(id).outcome()).isEqualTo(Outcome.FULFILLED);
  }

  @Test
  void theAgentIsNotifiedOfWhatOthersDoToTheirCasesNeverOfTheirOwnDoings() {
    var notes = s.notifications();
    var all = java.util.EnumSet.allOf(com.privacydesk.app.cases.NotificationService.Kind.class);
    long mark = notes.mark(agent);
    long id = caRequest("2026-11-02", "ACC-1", Duplicates.check());
    // her own take, work and note: nothing to tell her
    s.assignments().take(agent, id, file(id).version());
    act(agent, id, CaseAction.START_WORK, null);
    wf.addNote(agent, id, file(id).version(), "Called the customer back.");
    var own = notes.check(agent, mark, TODAY, all, false);
    assertThat(own.notices()).isEmpty();
    mark = own.mark();

    tickAll(id, TODAY);
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    wf.perform(
        supervisor, id, file(id).version(), CaseAction.SEND_BACK, null, "Attach the letter.");
    wf.addNote(supervisor, id, file(id).version(), "The letter template changed on Monday.");
    long other = optOut("notify.me@example.com", "2026-11-19");
    s.assignments()
        .assign(supervisor, other, agent.userId(), s.queries().detail(supervisor, other).version());
    var check = notes.check(agent, mark, TODAY, all, false);
    assertThat(check.notices())
        .extracting(
            com.privacydesk.app.cases.NotificationService.Notice::kind,
            com.privacydesk.app.cases.NotificationService.Notice::caseId,
            com.privacydesk.app.cases.NotificationService.Notice::comment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                com.privacydesk.app.cases.NotificationService.Kind.SENT_BACK,
                id,
                "Attach the letter."),
            org.assertj.core.groups.Tuple.tuple(
                com.privacydesk.app.cases.NotificationService.Kind.NOTE, id, null),
            org.assertj.core.groups.Tuple.tuple(
                com.privacydesk.app.cases.NotificationService.Kind.ASSIGNED, other, null));
    // each once: the next check starts after them
    assertThat(notes.check(agent, check.mark(), TODAY, all, false).notices()).isEmpty();
    // a kind turned off is not told
    assertThat(
            notes
                .check(
                    agent,
                    mark,
                    TODAY,
                    java.util.EnumSet.of(
                        com.privacydesk.app.cases.NotificationService.Kind.ASSIGNED),
                    false)
                .notices())
        .extracting(com.privacydesk.app.cases.NotificationService.Notice::caseId)
        .containsExactly(other);
    // the supervisor, who did all this, is told nothing
    assertThat(notes.check(supervisor, mark, TODAY, all, false).notices()).isEmpty();
  }

  @Test
  void theAgentIsRemindedOfHerCasesDueTomorrowAndOverdue() {
    var notes = s.notifications();
    var all = java.util.EnumSet.allOf(com.privacydesk.app.cases.NotificationService.Kind.class);
    long late = optOut("late@example.com", "2026-10-01");
    long fresh = optOut("fresh@example.com", "2026-11-20");
    for (long id : new long[] {late, fresh}) {
      s.assignments().take(agent, id, file(id).version());
    }
    var check = notes.check(agent, notes.mark(agent), TODAY, all, true);
    assertThat(check.notices())
        .extracting(
            com.privacydesk.app.cases.NotificationService.Notice::kind,
            com.privacydesk.app.cases.NotificationService.Notice::caseId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                com.privacydesk.app.cases.NotificationService.Kind.OVERDUE, late));
    assertThat(check.notices().getFirst().due()).isBefore(TODAY);
  }

  @Test
  void aReviewersCommentIsANoteOfTheCaseForTheAgent() {
    long id = caRequest("2026-11-02", "ACC-1", Duplicates.check());
    act(agent, id, CaseAction.START_WORK, null);
    tickAll(id, TODAY);
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    // checked like any note: nothing happens when the comment is refused
    assertThatThrownBy(
            () ->
                wf.perform(
                    supervisor,
                    id,
                    file(id).version(),
                    CaseAction.SEND_BACK,
                    null,
                    "the SSN is 123-45-6789"))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.PENDING_REVIEW);
    wf.perform(
        supervisor, id, file(id).version(), CaseAction.SEND_BACK, null, " Attach the letter. ");
    assertThat(file(id).notes())
        .extracting(n -> n.author(), n -> n.body())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                supervisor.username(), "Sent back: Attach the letter."));
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    wf.perform(supervisor, id, file(id).version(), CaseAction.APPROVE, null, "Good work.");
    assertThat(file(id).notes()).extracting(n -> n.body()).contains("Approved: Good work.");
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.CLOSED);
    // only a review takes a comment
    assertThatThrownBy(
            () ->
                wf.perform(supervisor, id, file(id).version(), CaseAction.REOPEN, null, "why not"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSecondCaRequestInTheYearIsFlaggedAndClosesAsDuplicateInOneAction() {
    long first = caRequest("2026-02-02", "ACC-7", Duplicates.check());
    assertThatThrownBy(() -> caRequest("2026-11-19", "acc-7", Duplicates.check()))
        .isInstanceOfSatisfying(
            DuplicatesFoundException.class,
            e ->
                assertThat(e.matches())
                    .extracting(m -> m.candidate().caseId(), DuplicateRules.Match::reason)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            first, DuplicateRules.Reason.CA_SAME_YEAR)));
    long second = caRequest("2026-11-19", "acc-7", Duplicates.linkTo(first));
    assertThat(file(second).detail().links())
        .containsExactly(new CaseDetail.Link("DUPLICATE_OF", first));
    assertThat(file(first).detail().links())
        .containsExactly(new CaseDetail.Link("DUPLICATE_BY", second));
    assertThat(file(second).duplicateInYearOf()).contains(first);

    act(agent, second, CaseAction.CLOSE, Outcome.DUPLICATE_IN_YEAR);
    assertThat(file(second).outcome()).isEqualTo(Outcome.DUPLICATE_IN_YEAR);
    // without the link the same close is refused
    long third = caRequest("2026-11-19", "ACC-8", Duplicates.check());
    assertThatThrownBy(() -> act(agent, third, CaseAction.CLOSE, Outcome.DUPLICATE_IN_YEAR))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("outcome.noDuplicateInYear"));
  }

  @Test
  void optOutDuplicatesMatchTheNormalisedAddressAndCanBeRecordedOnTheExistingCase() {
    long first = optOut("Jane+news@Example.com", "2026-11-02");
    assertThatThrownBy(() -> optOut("  jane@example.com ", "2026-11-19"))
        .isInstanceOf(DuplicatesFoundException.class);
    s.intake().recordRepeat(agent, first, Channel.PHONE, LocalDateTime.of(2026, 11, 19, 10, 5));
    assertThat(s.queries().page(agent, 0, 50).total()).isEqualTo(1);
    assertThat(file(first).notes())
        .singleElement()
        .satisfies(n -> assertThat(n.body()).contains("PHONE"));
  }

  @Test
  void notesRefuseSensitiveDataAndChildCasesAreRedactedOnClose() {
    long id = s.intake().logChildDeletion(agent, TestServices.childDeletion());
    assertThatThrownBy(
            () -> wf.addNote(agent, id, file(id).version(), "Mother gave SSN 123-45-6789"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().getFirst().code()).isEqualTo("text.ssn"));
    assertThatThrownBy(() -> wf.addNote(agent, id, file(id).version(), "child DOB 03/04/2016"))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    wf.addNote(agent, id, file(id).version(), "Parent asked us to call back after 5pm.");
    assertThat(file(id).timeline().getLast().detail()).doesNotContain("call back");

    act(agent, id, CaseAction.START_WORK, null);
    tickAll(id, TODAY);
    act(agent, id, CaseAction.SUBMIT_FOR_REVIEW, Outcome.DELETED);
    act(supervisor, id, CaseAction.APPROVE, null);
    assertThat(file(id).notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.redacted()).isTrue();
              assertThat(n.body()).isEqualTo(WorkflowService.REDACTED);
            });
    assertThat(file(id).timeline()).extracting(AuditEntry::action).contains("NOTES_REDACTED");
    assertThatThrownBy(() -> wf.addNote(agent, id, file(id).version(), "One more thing."))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("note.ended"));
  }

  @Test
  void aPasswordCompromiseEscalatesAndTheBreachWaitsOutItsHold() {
    long pc =
        s.intake()
            .logPasswordCompromise(
                agent,
                new PasswordCompromiseIntake(
                    common("2026-11-16", "ACC-3", null),
                    AuthenticationMethod.ONE_TIME_CODE_TO_CONTACT_OF_RECORD));
    act(agent, pc, CaseAction.START_WORK, null);
    assertThatThrownBy(() -> wf.tick(agent, pc, file(pc).version(), "CPNI_REACHED", null, "YES"))
        .isInstanceOf(RefusedException.class);
    long breach =
        s.intake()
            .openCpniBreach(
                agent,
                new CpniBreachIntake(
                    pc, LocalDate.of(2026, 11, 16), "Sam (security)", "Call records viewed", null));
    wf.tick(agent, pc, file(pc).version(), "CPNI_REACHED", null, "YES");
    tickAll(pc, TODAY);
    act(agent, pc, CaseAction.CLOSE, Outcome.ESCALATED_TO_BREACH);

    act(agent, breach, CaseAction.START_WORK, null);
    assertThatThrownBy(() -> act(agent, breach, CaseAction.PUT_ON_HOLD, null))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("hold.noNotice"));
    wf.tick(
        agent,
        breach,
        file(breach).version(),
        "LAW_ENFORCEMENT_NOTIFIED",
        LocalDate.of(2026, 11, 17),
        null);
    CaseFile held = file(breach);
    // notice Tue 11-17; 7 full business days (Thanksgiving skipped) end 11-27 → earliest Mon 11-30
    assertThat(held.holdEnd()).contains(LocalDate.of(2026, 11, 30));
    act(agent, breach, CaseAction.PUT_ON_HOLD, null);
    assertThat(file(breach).detail().summary().status()).isEqualTo(CaseStatus.ON_HOLD);
    assertThatThrownBy(
            () ->
                wf.tick(
                    agent,
                    breach,
                    file(breach).version(),
                    "CUSTOMERS_NOTIFIED",
                    TODAY,
                    "AFTER_WAITING_PERIOD"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("tick.customerNoticeTooEarly"));
    wf.tick(
        agent,
        breach,
        file(breach).version(),
        "CUSTOMERS_NOTIFIED",
        TODAY,
        "AGENCY_AGREED_EARLIER");
    act(agent, breach, CaseAction.RELEASE_HOLD, null);
    tickAll(breach, TODAY);
    act(agent, breach, CaseAction.CLOSE, Outcome.CUSTOMERS_NOTIFIED);
    assertThat(file(breach).detail().summary().status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void reopeningKeepsTheOriginalClocks() {
    long id = optOut("reopen@example.com", "2026-11-02");
    var clocksBefore = file(id).detail().clocks();
    act(agent, id, CaseAction.CLOSE, Outcome.WITHDRAWN);
    assertThat(file(id).detail().summary().dueDate()).isNull();
    act(supervisor, id, CaseAction.REOPEN, null);
    CaseFile reopened = file(id);
    assertThat(reopened.detail().summary().status()).isEqualTo(CaseStatus.REOPENED);
    assertThat(reopened.outcome()).isNull();
    assertThat(reopened.detail().clocks()).isEqualTo(clocksBefore);
    assertThat(reopened.detail().summary().dueDate()).isEqualTo(clocksBefore.getFirst().due());
  }

  @Test
  void aSecondWindowsChangeIsRefusedSayingWhoChangedItWhen() {
    long id = optOut("race@example.com", "2026-11-02");
    int seen = file(id).version();
    wf.perform(agent, id, seen, CaseAction.START_WORK, null);
    assertThatThrownBy(() -> wf.addNote(supervisor, id, seen, "Called the customer back."))
        .isInstanceOfSatisfying(
            ConcurrentEditException.class,
            e -> assertThat(e.messageArgs()).containsExactly(id, "ann", "2026-11-20 10:00"));
    assertThat(file(id).notes()).isEmpty();
    assertThat(file(id).detail().summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void linksAreShownBothWaysAndAuditedOnBothCases() {
    long a = optOut("a@example.com", "2026-11-02");
    long b = optOut("b@example.com", "2026-11-03");
    wf.link(agent, a, file(a).version(), b, "RELATED_TO");
    assertThat(file(a).detail().links()).containsExactly(new CaseDetail.Link("RELATED_TO", b));
    assertThat(file(b).detail().links()).containsExactly(new CaseDetail.Link("RELATED_FROM", a));
    assertThat(file(b).timeline().getLast().detail()).isEqualTo("linked from " + a);
    assertThatThrownBy(() -> wf.link(agent, b, file(b).version(), a, "DUPLICATE_OF"))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("link.exists"));
    assertThatThrownBy(() -> wf.link(agent, a, file(a).version(), 999, "RELATED_TO"))
        .isInstanceOf(RefusedException.class);
  }

  @Test
  void correctingTheContactIsAuditedWithBeforeAndAfterAndThePersonalPartMasked() {
    long id = caRequest("2026-11-02", "ACC-1", Duplicates.check());
    assertThatThrownBy(() -> wf.editContact(agent, id, file(id).version(), "123-45-6789", "x"))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    wf.editContact(agent, id, file(id).version(), "ACC-2", "kim.doe@example.com");
    CaseFile f = file(id);
    assertThat(f.detail().facts())
        .contains(new CaseDetail.Fact("accountRef", "A•••2 (5 characters)"))
        .contains(new CaseDetail.Fact("replyContact", "k•••@example.com"));
    assertThat(s.queries().reveal(agent, id, "replying to the customer"))
        .containsEntry("accountRef", "ACC-2")
        .containsEntry("replyContact", "kim.doe@example.com");
    assertThat(f.timeline())
        .extracting(AuditEntry::detail)
        .contains(
            "accountRef: A•••1 (5 characters) -> A•••2 (5 characters)",
            "replyContact: A•••t (22 characters) -> k•••@example.com");
    // the new address is now what duplicate checks see
    assertThatThrownBy(
            () ->
                s.intake()
                    .logPasswordCompromise(
                        agent,
                        new PasswordCompromiseIntake(
                            common("2026-11-19", "ACC-99", "Kim.Doe+x@example.com"),
                            AuthenticationMethod.ONE_TIME_CODE_TO_CONTACT_OF_RECORD)))
        .isInstanceOf(DuplicatesFoundException.class);
  }
}
