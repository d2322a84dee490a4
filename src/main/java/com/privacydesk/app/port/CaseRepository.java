package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.workflow.DuplicateRules;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Tick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored cases. */
public interface CaseRepository {
  /** Inserts the common case row and returns the new id. */
  default long insertCase(NewCase c) {
    return insertCases(List.of(c)).getFirst();
  }

  /** Inserts many common case rows in one statement; returns their ids in the order given. */
  List<Long> insertCases(List<NewCase> cases);

  /** Stores the opt-out details of case {@code caseId}. */
  default void insertOptOut(
      long caseId, String email, String emailNormalized, OptOutScope scope, String categories) {
    insertOptOuts(List.of(new OptOutRow(caseId, email, emailNormalized, scope, categories)));
  }

  /** The opt-out details of one case. */
  record OptOutRow(
      long caseId, String email, String emailNormalized, OptOutScope scope, String categories) {}

  /** Stores the opt-out details of many cases in one statement. */
  void insertOptOuts(List<OptOutRow> rows);

  /** Stores the facts of a case of a type whose intake is built from its spec. */
  void insertTypeFacts(long caseId, TypeFacts facts);

  /**
   * What identifies case {@code caseId}'s requester: its normalised email address and account
   * reference (either may be absent, or purged) and the hashes of its do-not-call numbers.
   */
  record RequesterKeys(
      @org.jspecify.annotations.Nullable String email,
      @org.jspecify.annotations.Nullable String accountRef,
      List<String> phoneHashes) {
    public RequesterKeys {
      phoneHashes = List.copyOf(phoneHashes);
    }
  }

  /** The requester keys of case {@code caseId}. */
  RequesterKeys requesterKeys(long caseId);

  /**
   * Up to {@code limit} other cases sharing one of {@code keys} with case {@code caseId}, any type,
   * newest first: the same address, the same account reference, or a phone number with the same
   * hash (kept after a purge, so purged cases are found too).
   */
  List<RelatedCase> sharing(long caseId, RequesterKeys keys, int limit);

  /** Case {@code id} as a related case sharing {@code shared}, if it exists. */
  java.util.Optional<RelatedCase> related(long id, RelatedCase.Shared shared);

  /**
   * The cases of {@code type} holding duplicate key {@code keyHash} (a {@code KeyHash} of one of
   * the spec's duplicate keys), purged ones included.
   */
  List<Long> casesWithKey(CaseType type, String keyHash);

  /** Stores the CA disclosure facts of case {@code caseId}. */
  void insertCaDisclosure(
      long caseId,
      boolean designated,
      String residencyBasis,
      boolean personalRelationship,
      String agentAuthority);

  /** Stores the COPPA facts of case {@code caseId}. */
  void insertChildDeletion(
      long caseId, String trigger, String under13Basis, String parentVerification);

  /** Stores the password-compromise facts of case {@code caseId}. */
  void insertPasswordCompromise(long caseId, String authentication);

  /** Stores the CPNI breach facts of case {@code caseId}. */
  void insertCpniBreach(
      long caseId,
      LocalDate determinedOn,
      String determinedBy,
      String description,
      LocalDate notifiedOn);

  /** Links two cases ({@code from} → {@code to}, e.g. ESCALATED_TO). */
  void insertLink(long fromCaseId, long toCaseId, String kind, Instant at);

  /** Everything about one case for the detail view. */
  Optional<CaseDetail> detail(long caseId);

  /**
   * What the clocks of a case were computed from: its type, start date, channel, and for CPNI the
   * law-enforcement notice date.
   */
  Optional<ClockInputs> clockInputs(long caseId);

  /** Replaces a case's clocks and rule version, and refreshes its nearest due date. */
  void replaceClocks(long caseId, List<CaseClock> clocks, String ruleVersion);

  /**
   * Sets the queue's due date of a case: its nearest clock while the case is open, none once it is
   * closed, rejected or withdrawn.
   */
  void refreshDueDate(long caseId);

  /**
   * Optimistic lock: if the case still has {@code expectedVersion}, bumps the version and records
   * who changed it when; false when someone else changed it meanwhile.
   */
  boolean claim(long caseId, int expectedVersion, long userId, Instant at);

  /** Who changed a case last and when. */
  Optional<LastChange> lastChange(long caseId);

  /** The last change of a case. */
  record LastChange(String username, Instant at) {}

  /** What the workflow needs to know about a case. */
  Optional<WorkState> workState(long caseId);

  /**
   * A case's workflow state.
   *
   * @param escalated whether the case has a linked CPNI breach opened from it
   * @param duplicateOf the cases this one is linked to as a duplicate
   */
  record WorkState(
      long id,
      CaseType type,
      CaseStatus status,
      Outcome outcome,
      Outcome pendingOutcome,
      int version,
      LocalDate received,
      String requesterKind,
      String accountRef,
      String replyContact,
      boolean escalated,
      List<Long> duplicateOf,
      Optional<LocalDate> lawEnforcementNotified,
      List<CaseClock> clocks) {}

  /** Corrects the account reference and reply contact (and its duplicate-check key). */
  void updateContact(long caseId, String accountRef, String replyContact, String contactNormalized);

  /** Sets the state, outcome, outcome under review and closing time of a case. */
  void updateState(
      long caseId, CaseStatus status, Outcome outcome, Outcome pendingOutcome, Instant closedAt);

  /** Keeps one closure of a case in its closure history (the monthly report reads it). */
  void recordClosure(long caseId, Instant closedAt, CaseStatus status, Outcome outcome);

  /** Marks the case's latest closure as reopened at {@code at}. */
  void markReopened(long caseId, Instant at);

  /** The done checklist items of a case by key. */
  Map<String, Tick> ticks(long caseId);

  /** Records a done checklist item (replacing an earlier tick of the same key). */
  void putTick(long caseId, String key, LocalDate doneOn, String choice, long userId, Instant at);

  /** Removes a tick; false if the item was not ticked. */
  boolean deleteTick(long caseId, String key);

  /** Sets (or with null clears) the law-enforcement notice date of a CPNI breach. */
  void updateLawEnforcementNotified(long caseId, LocalDate notifiedOn);

  /** Adds a note (internal, or part of the correspondence with the customer); returns its id. */
  long insertNote(long caseId, long authorId, Instant at, String body, boolean correspondence);

  /**
   * Replaces the text of note {@code noteId} with {@code body}, keeping what it said before ({@code
   * before}, written at {@code writtenAt}) as an earlier version replaced at {@code at}; returns
   * that version's id.
   */
  long correctNote(
      long noteId, long caseId, String before, Instant writtenAt, String body, Instant at);

  /** The notes of a case, oldest first, each with its earlier versions. */
  List<Note> notes(long caseId);

  /**
   * A note on a case; {@code body} is the redaction text once redacted. {@code earlier}: what it
   * said before its author corrected it, oldest first.
   */
  record Note(
      long id,
      long authorId,
      String author,
      Instant at,
      String body,
      boolean redacted,
      boolean correspondence,
      List<Earlier> earlier) {
    public Note {
      earlier = List.copyOf(earlier);
    }

    /** When the text shown now was written: the last correction, or the note itself. */
    public Instant writtenAt() {
      return earlier.isEmpty() ? at : earlier.getLast().replacedAt();
    }
  }

  /** An earlier text of a corrected note. */
  record Earlier(String body, Instant writtenAt, Instant replacedAt, boolean redacted) {}

  /**
   * Replaces the text of every note of a case, and of their earlier versions, with {@code
   * replacement}; returns how many notes.
   */
  int redactNotes(long caseId, String replacement);

  /** Whether the two cases are linked either way. */
  boolean linked(long a, long b);

  /**
   * Stored cases sharing the account reference (case-insensitive) or the normalised email, newest
   * first, at most 50.
   */
  List<DuplicateRules.Candidate> duplicateCandidates(String accountRef, String emailNormalized);

  /** Updates the stored "received at a designated address" of a CA case. */
  void updateDesignated(long caseId, boolean designated);

  /** The inputs of a case's clocks. */
  record ClockInputs(
      CaseType type,
      LocalDate start,
      Channel channel,
      Optional<LocalDate> lawEnforcementNotified,
      String ruleVersion,
      int version) {}

  /** Stores the computed clocks of a case. */
  default void insertClocks(long caseId, List<CaseClock> clocks) {
    insertClocks(Map.of(caseId, clocks));
  }

  /** Stores the computed clocks of many cases in one statement. */
  void insertClocks(Map<Long, List<CaseClock>> clocksByCase);

  /** One case's queue row. */
  Optional<CaseSummary> find(long caseId);

  /**
   * Open cases assigned to {@code userId} now whose assignment to them was made after {@code
   * since}, the newest assignment first (at most 200).
   */
  List<Long> assignedSince(long userId, java.time.Instant since);

  /** A page of the queue: open cases first by nearest due date, then closed ones. */
  List<CaseSummary> queuePage(CaseFilter filter, CaseSort sort, int offset, int limit);

  /** How many cases the queue holds. */
  long count(CaseFilter filter);

  /** Up to {@code limit} ids of cases {@code filter} selects above {@code afterId}, ascending. */
  List<Long> ids(CaseFilter filter, long afterId, int limit);

  /**
   * Sets (or with null clears) the assignee from {@code at} on, keeping the history a finished
   * month's report reads who held the case from; the caller has claimed the case.
   */
  void setAssignee(
      long caseId, @org.jspecify.annotations.Nullable Long assigneeId, java.time.Instant at);

  /** The fields common to every case, as inserted. */
  record NewCase(
      CaseType type,
      CaseStatus status,
      Channel channel,
      Instant receivedAt,
      LocalDate receivedDate,
      LocalDate dueDate,
      long createdBy,
      Instant createdAt,
      String requesterKind,
      String accountRef,
      String replyContact,
      String contactNormalized,
      String ruleVersion) {}
}
