package com.privacydesk.app.cases;

import static com.privacydesk.domain.intake.PersonalData.mask;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.CaseRepository.WorkState;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Lifecycle;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Refusal;
import com.privacydesk.domain.workflow.Tick;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works a case through its lifecycle (domain.md §4): transitions by the table in {@link Lifecycle},
 * checklist ticks, notes and links. Every call takes the optimistic lock on the case first and
 * writes its audit entry in the same transaction as the change.
 */
public final class WorkflowService {
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);

  /** Link kinds a user may add (escalations are made by opening a CPNI breach). */
  public static final List<String> LINK_KINDS = List.of("DUPLICATE_OF", "RELATED_TO");

  /** What a redacted note reads. */
  public static final String REDACTED = "[redacted when the case closed]";

  /** Longest note. */
  public static final int NOTE_MAX = 4000;

  static final String DUPLICATE_OF = "DUPLICATE_OF";

  private final TransactionRunner tx;
  private final Clock clock;

  public WorkflowService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Moves case {@code caseId} (seen at {@code version}) by {@code action}; {@code outcome} for
   * CLOSE and SUBMIT_FOR_REVIEW. Returns the new state.
   */
  public CaseStatus perform(
      Actor actor, long caseId, int version, CaseAction action, Outcome outcome) {
    return perform(actor, caseId, version, action, outcome, null);
  }

  /**
   * As {@link #perform(Actor, long, int, CaseAction, Outcome)}, with the reviewer's {@code comment}
   * on an approval or a send-back (issue 21): kept as a note of the case, in the same transaction,
   * so the agent sees why ("Sent back: …"). Blank or null: no note. Checked like any note.
   */
  public CaseStatus perform(
      Actor actor,
      long caseId,
      int version,
      CaseAction action,
      Outcome outcome,
      @org.jspecify.annotations.Nullable String comment) {
    actor.require(action.supervisorOnly() ? Permission.REVIEW_CASE : Permission.WORK_CASE);
    String remark = comment == null ? "" : comment.strip();
    String body =
        remark.isEmpty()
            ? ""
            : (action == CaseAction.APPROVE ? REVIEW_APPROVED : REVIEW_SENT_BACK) + remark;
    if (!remark.isEmpty()) {
      if (action != CaseAction.APPROVE && action != CaseAction.SEND_BACK) {
        throw new IllegalArgumentException("Only an approval or a send-back takes a comment");
      }
      checkNote(body);
    }
    return tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          WorkState w = state(r, caseId);
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          CompanySettings settings = CompanySettings.load(r.settings());
          Outcome effective = action == CaseAction.APPROVE ? w.pendingOutcome() : outcome;
          Lifecycle.Step step =
              Lifecycle.step(w.type(), w.status(), action, effective, settings.reviewTypes());
          if (!step.isAllowed()) {
            throw new RefusedException(step.refusal());
          }
          if (action == CaseAction.CLOSE || action == CaseAction.SUBMIT_FOR_REVIEW) {
            checkCanEnd(r, settings, w, effective);
          }
          if (action == CaseAction.PUT_ON_HOLD && w.lawEnforcementNotified().isEmpty()) {
            throw new RefusedException(Refusal.of("hold.noNotice"));
          }
          CaseStatus to = step.to();
          boolean ended = !to.isOpen();
          Outcome pending = action == CaseAction.SUBMIT_FOR_REVIEW ? effective : null;
          r.cases().updateState(caseId, to, ended ? effective : null, pending, ended ? now : null);
          if (ended) {
            r.cases().recordClosure(caseId, now, to, effective);
          } else if (action == CaseAction.REOPEN) {
            r.cases().markReopened(caseId, now);
          }
          r.audit()
              .append(
                  actor.audit(
                      now,
                      "CASE_TRANSITION",
                      "CASE",
                      caseId,
                      "status: "
                          + w.status()
                          + " -> "
                          + to
                          + "; action="
                          + action
                          + (effective == null ? "" : "; outcome=" + effective)));
          if (!body.isEmpty()) {
            insertNote(r, actor, caseId, now, body, body.length() + " characters; review comment");
          }
          if (ended && w.type() == CaseType.CHILD_DATA_DELETION) {
            int redacted = r.cases().redactNotes(caseId, REDACTED);
            if (redacted > 0) {
              r.audit()
                  .append(
                      actor.audit(
                          now, "NOTES_REDACTED", "CASE", caseId, redacted + " note(s), COPPA"));
            }
          }
          LOG.info(
              "Case {}: {} -> {} ({}) by user {}", caseId, w.status(), to, action, actor.userId());
          return to;
        });
  }

  private static void checkCanEnd(
      Repositories r, CompanySettings settings, WorkState w, Outcome outcome) {
    List<Checklist.Entry> missing =
        Checklist.missingFor(outcome, checklist(r, settings, w, r.cases().ticks(w.id())));
    if (!missing.isEmpty()) {
      throw new RefusedException(
          Refusal.of(
              "checklist.open",
              missing.size(),
              missing.stream().map(Checklist.Entry::key).collect(Collectors.joining(", "))));
    }
    if (outcome == Outcome.ESCALATED_TO_BREACH && !w.escalated()) {
      throw new RefusedException(Refusal.of("outcome.escalationMissing"));
    }
    if (outcome == Outcome.DUPLICATE_IN_YEAR && sameYearDuplicate(r, w).isEmpty()) {
      throw new RefusedException(Refusal.of("outcome.noDuplicateInYear"));
    }
  }

  /** The earlier CA request of the same year this case is linked to as a duplicate, if any. */
  static Optional<Long> sameYearDuplicate(Repositories r, WorkState w) {
    return w.duplicateOf().stream()
        .filter(
            id ->
                r.cases()
                    .find(id)
                    .filter(
                        c ->
                            c.type() == CaseType.CA_DISCLOSURE
                                && c.receivedDate().getYear() == w.received().getYear())
                    .isPresent())
        .findFirst();
  }

  static List<Checklist.Entry> checklist(
      Repositories r, CompanySettings settings, WorkState w, Map<String, Tick> ticks) {
    return Checklist.entries(
        new Checklist.Context(
            w.type(), "AUTHORIZED_AGENT".equals(w.requesterKind()), settings.systemsFor(w.type())),
        ticks);
  }

  /**
   * Ticks checklist item {@code key} ({@code ITEM} or {@code ITEM:system}) with the date and choice
   * its evidence needs (null otherwise). Ticking the law-enforcement notice of a CPNI breach sets
   * the notice date and recomputes the earliest customer-notice date.
   */
  public void tick(
      Actor actor, long caseId, int version, String key, LocalDate date, String choice) {
    tick(actor, caseId, version, key, date, choice, r -> {});
  }

  /**
   * As {@link #tick(Actor, long, int, String, LocalDate, String)}, and runs {@code
   * alsoInTransaction} in the same transaction (a letter's sending recorded together with the item
   * it completes).
   */
  public void tick(
      Actor actor,
      long caseId,
      int version,
      String key,
      LocalDate date,
      String choice,
      java.util.function.Consumer<Repositories> alsoInTransaction) {
    changeChecklist(
        actor,
        caseId,
        version,
        key,
        (r, settings, w, ticks, entry, now) -> {
          Checklist.TickFacts facts =
              new Checklist.TickFacts(
                  now.atZone(settings.zone()).toLocalDate(),
                  w.received(),
                  clockDue(w, DeadlineRules.STATUTORY),
                  w.lawEnforcementNotified(),
                  clockDue(w, DeadlineRules.EARLIEST_CUSTOMER_NOTICE),
                  w.escalated());
          Checklist.checkTick(entry.item(), date, choice, facts)
              .ifPresent(
                  refusal -> {
                    throw new RefusedException(refusal);
                  });
          if (entry.item() == ChecklistItem.RESPONSE_SENT) {
            // the answer is built from the register of the year before receipt: without it no
            // answer can have been sent, and the letter could not be written later either
            int year = w.received().getYear() - 1;
            if (r.letters().register(year).isEmpty()) {
              throw new RefusedException(Refusal.of("tick.noRegister", year));
            }
          }
          CaseRecords.recordTick(r, actor, caseId, key, ticks.get(key), date, choice, now);
          if (entry.item() == ChecklistItem.LAW_ENFORCEMENT_NOTIFIED) {
            setLawEnforcementNotice(r, settings, actor, w, date, now);
          }
          alsoInTransaction.accept(r);
        });
  }

  /** Marks a ticked item as not done again. */
  public void untick(Actor actor, long caseId, int version, String key) {
    changeChecklist(
        actor,
        caseId,
        version,
        key,
        (r, settings, w, ticks, entry, now) -> {
          if (!r.cases().deleteTick(caseId, key)) {
            throw new RefusedException(Refusal.of("tick.notTicked"));
          }
          r.audit()
              .append(
                  actor.audit(
                      now,
                      "CHECKLIST_UNTICK",
                      "CASE",
                      caseId,
                      key + ": " + CaseRecords.describe(ticks.get(key)) + " -> open"));
          if (entry.item() == ChecklistItem.LAW_ENFORCEMENT_NOTIFIED) {
            setLawEnforcementNotice(r, settings, actor, w, null, now);
          }
        });
  }

  /** One change of a checklist line, run inside the transaction once the lock is taken. */
  @FunctionalInterface
  private interface ChecklistChange {
    void apply(
        Repositories r,
        CompanySettings settings,
        WorkState w,
        Map<String, Tick> ticks,
        Checklist.Entry entry,
        Instant now);
  }

  private void changeChecklist(
      Actor actor, long caseId, int version, String key, ChecklistChange change) {
    actor.require(Permission.WORK_CASE);
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          WorkState w = state(r, caseId);
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          CompanySettings settings = CompanySettings.load(r.settings());
          Map<String, Tick> ticks = r.cases().ticks(caseId);
          change.apply(r, settings, w, ticks, entry(r, settings, w, ticks, key), now);
          return null;
        });
  }

  private static Checklist.Entry entry(
      Repositories r, CompanySettings settings, WorkState w, Map<String, Tick> ticks, String key) {
    if (!Lifecycle.WORK_STATES.contains(w.status())) {
      throw new RefusedException(Refusal.of("tick.notWorkState", w.status().name()));
    }
    return checklist(r, settings, w, ticks).stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new RefusedException(Refusal.of("tick.unknownItem", key)));
  }

  private void setLawEnforcementNotice(
      Repositories r,
      CompanySettings settings,
      Actor actor,
      WorkState w,
      LocalDate notifiedOn,
      Instant now) {
    r.cases().updateLawEnforcementNotified(w.id(), notifiedOn);
    // the determination date is the case's start date: the other clocks do not move
    List<CaseClock> clocks =
        settings
            .rules()
            .clocks(
                new DeadlineRequest(
                    CaseType.CPNI_BREACH, w.received(), true, Optional.ofNullable(notifiedOn)));
    r.cases().replaceClocks(w.id(), clocks, clocks.getFirst().ruleVersion());
    auditFieldChange(
        r,
        actor,
        now,
        w.id(),
        "lawEnforcementNotifiedOn",
        orNone(w.lawEnforcementNotified().map(LocalDate::toString).orElse(null)),
        orNone(notifiedOn == null ? null : notifiedOn.toString())
            + "; clocks "
            + clocks.stream().map(c -> c.name() + "=" + c.due()).collect(Collectors.joining(",")));
  }

  /** Audits one changed field of a case: "field: before -> after". */
  private static void auditFieldChange(
      Repositories r,
      Actor actor,
      Instant now,
      long caseId,
      String field,
      String before,
      String after) {
    r.audit()
        .append(
            actor.audit(
                now, "FIELD_CHANGE", "CASE", caseId, field + ": " + before + " -> " + after));
  }

  /**
   * Adds a note. Text that looks like an SSN, a card number or a date of birth is refused, saying
   * which; the audit entry records the note's number and length, never its text.
   */
  public long addNote(Actor actor, long caseId, int version, String text) {
    return addNote(actor, caseId, version, text, false);
  }

  /**
   * Adds a note, internal (the default) or part of the correspondence with the customer ({@code
   * correspondence}); checked as {@link #addNote(Actor, long, int, String)}.
   */
  public long addNote(Actor actor, long caseId, int version, String text, boolean correspondence) {
    String body = noteText(actor, text);
    return tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          requireOpenForNotes(r, caseId);
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          return insertNote(
              r,
              actor,
              caseId,
              now,
              body,
              body.length() + " characters" + (correspondence ? "; correspondence" : ""),
              correspondence);
        });
  }

  /**
   * Corrects a note: only its author, only while the case is open, only within the settings'
   * correction window from when the note was first written, never a redacted one. The new text is
   * checked like a new note; the earlier text is kept as a version of the note (sealed with the
   * case), and the audit entry names both versions by number and length, never their text.
   */
  public void correctNote(Actor actor, long caseId, int version, long noteId, String text) {
    String body = noteText(actor, text);
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          requireOpenForNotes(r, caseId);
          com.privacydesk.app.port.CaseRepository.Note note =
              r.cases().notes(caseId).stream()
                  .filter(n -> n.id() == noteId)
                  .findFirst()
                  .orElseThrow(() -> new RefusedException(Refusal.of("note.missing")));
          int minutes = CompanySettings.load(r.settings()).noteCorrectionMinutes();
          if (note.authorId() != actor.userId()) {
            throw new RefusedException(Refusal.of("note.notAuthor"));
          }
          if (!correctable(note, actor.userId(), minutes, now)) {
            throw new RefusedException(Refusal.of("note.tooLate", minutes));
          }
          if (note.body().equals(body)) {
            return null; // nothing to correct
          }
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          long kept =
              r.cases().correctNote(noteId, caseId, note.body(), note.writtenAt(), body, now);
          r.audit()
              .append(
                  actor.audit(
                      now,
                      "NOTE_CORRECT",
                      "CASE",
                      caseId,
                      "note "
                          + noteId
                          + " corrected: "
                          + note.body().length()
                          + " characters kept as earlier version "
                          + kept
                          + ", now "
                          + body.length()
                          + " characters"));
          return null;
        });
  }

  /** A note's text as stored (stripped), once the actor may write notes and the text passes. */
  private static String noteText(Actor actor, String text) {
    actor.require(Permission.WORK_CASE);
    String body = text == null ? "" : text.strip();
    checkNote(body);
    return body;
  }

  /**
   * Refuses notes on an ended case: an ended COPPA case has had its notes redacted, and nothing may
   * be added or changed after that.
   */
  private static void requireOpenForNotes(Repositories r, long caseId) {
    WorkState w = state(r, caseId);
    if (!w.status().isOpen()) {
      throw new RefusedException(Refusal.of("note.ended", w.status().name()));
    }
  }

  /**
   * Whether user {@code userId} may still correct a note {@code now}: their own, not redacted,
   * within {@code minutes} of when it was first written (corrections do not extend the window).
   * Whether the case is open is the caller's to check.
   */
  public static boolean correctable(
      com.privacydesk.app.port.CaseRepository.Note note, long userId, int minutes, Instant now) {
    return note.authorId() == userId
        && !note.redacted()
        && minutes > 0
        && !now.isAfter(note.at().plus(java.time.Duration.ofMinutes(minutes)));
  }

  /**
   * Stores a note of case {@code caseId} by {@code actor} and its audit entry, which says what the
   * note is ({@code about}: its length, why it was written), never its text. Returns its id.
   */
  static long insertNote(
      Repositories r, Actor actor, long caseId, Instant now, String body, String about) {
    return insertNote(r, actor, caseId, now, body, about, false);
  }

  private static long insertNote(
      Repositories r,
      Actor actor,
      long caseId,
      Instant now,
      String body,
      String about,
      boolean correspondence) {
    long id = r.cases().insertNote(caseId, actor.userId(), now, body, correspondence);
    r.audit()
        .append(actor.audit(now, "NOTE_ADD", "CASE", caseId, "note " + id + " (" + about + ")"));
    return id;
  }

  /** How a reviewer's comment on an approval starts, as a note of the case. */
  public static final String REVIEW_APPROVED = "Approved: ";

  /** How a reviewer's comment on a send-back starts, as a note of the case. */
  public static final String REVIEW_SENT_BACK = "Sent back: ";

  /** The field of a note in validation errors. */
  public static final String NOTE = "note";

  static void checkNote(String body) {
    List<FieldError> errors = IntakeValidation.validateFreeText(NOTE, body, NOTE_MAX);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Whether the account reference and reply contact of a {@code type} case can be corrected. */
  public static boolean contactEditable(CaseType type) {
    return type == CaseType.CA_DISCLOSURE
        || type == CaseType.CHILD_DATA_DELETION
        || type == CaseType.PASSWORD_COMPROMISE;
  }

  /**
   * Corrects the account reference and reply contact of an open case. Each changed field is audited
   * with before and after; the reply contact (personal data) only in masked form, so the hash chain
   * never holds it.
   */
  public void editContact(
      Actor actor, long caseId, int version, String accountRef, String replyContact) {
    actor.require(Permission.WORK_CASE);
    String account = accountRef == null ? "" : accountRef.strip();
    String contact = replyContact == null ? "" : replyContact.strip();
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          WorkState w = state(r, caseId);
          if (!contactEditable(w.type()) || !w.status().isOpen()) {
            throw new RefusedException(Refusal.of("edit.notAllowed", w.status().name()));
          }
          boolean contactRequired =
              w.type() == CaseType.CA_DISCLOSURE
                  || (w.type() == CaseType.CHILD_DATA_DELETION && w.replyContact() != null);
          List<FieldError> errors =
              IntakeValidation.validateContactEdit(account, contact, contactRequired);
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          String newContact = contact.isEmpty() ? null : contact;
          r.cases()
              .updateContact(
                  caseId, account, newContact, DuplicateFinder.normalizedContact(newContact));
          if (!account.equals(w.accountRef())) {
            auditFieldChange(
                r, actor, now, caseId, "accountRef", mask(w.accountRef()), mask(account));
          }
          if (!java.util.Objects.equals(newContact, w.replyContact())) {
            auditFieldChange(
                r, actor, now, caseId, "replyContact", mask(w.replyContact()), mask(newContact));
          }
          return null;
        });
  }

  private static String orNone(String s) {
    return s == null ? "(none)" : s;
  }

  /** Links case {@code caseId} to {@code otherId} ({@code DUPLICATE_OF} or {@code RELATED_TO}). */
  public void link(Actor actor, long caseId, int version, long otherId, String kind) {
    actor.require(Permission.WORK_CASE);
    if (!LINK_KINDS.contains(kind)) {
      throw new RefusedException(Refusal.of("link.kind", kind));
    }
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          state(r, caseId);
          if (otherId == caseId) {
            throw new RefusedException(Refusal.of("link.self"));
          }
          if (r.cases().find(otherId).isEmpty()) {
            throw new RefusedException(Refusal.of("link.noSuchCase", otherId));
          }
          if (r.cases().linked(caseId, otherId)) {
            throw new RefusedException(Refusal.of("link.exists", otherId));
          }
          CaseLock.claim(r, caseId, version, actor.userId(), now);
          CaseRecords.insertLink(r, actor, caseId, otherId, kind, now);
          return null;
        });
  }

  /** Stores a link and audits it on both cases (each case's timeline shows it). */
  private static WorkState state(Repositories r, long caseId) {
    return r.cases().workState(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
  }

  private static Optional<LocalDate> clockDue(WorkState w, String name) {
    return w.clocks().stream().filter(c -> c.name().equals(name)).map(CaseClock::due).findFirst();
  }
}
