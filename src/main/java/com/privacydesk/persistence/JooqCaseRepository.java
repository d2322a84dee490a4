package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_ASSIGNMENT;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOSURE;
import static com.privacydesk.persistence.generated.Tables.CASE_LINK;
import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.DNC_NUMBER;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.RelatedCase;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.workflow.ClosureFacts;
import com.privacydesk.domain.workflow.DuplicateRules;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Tick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Cases in PRIVACY_CASE and their detail tables. */
final class JooqCaseRepository implements CaseRepository {
  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;
  private final JooqQueueQueries queue;
  private final JooqCaseDetails details;
  private final JooqCaseClocks clocks;
  private final JooqChecklistAndNotes checklistAndNotes;

  JooqCaseRepository(DSLContext dsl, ContactSearchIndex searchIndex) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
    this.queue = new JooqQueueQueries(dsl, searchIndex);
    this.details = new JooqCaseDetails(dsl);
    this.clocks = new JooqCaseClocks(dsl);
    this.checklistAndNotes = new JooqChecklistAndNotes(dsl);
  }

  @Override
  public List<Long> insertCases(List<NewCase> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    var insert =
        dsl.insertInto(
            PRIVACY_CASE,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.STATUS,
            PRIVACY_CASE.CHANNEL,
            PRIVACY_CASE.RECEIVED_AT,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.DUE_DATE,
            PRIVACY_CASE.CREATED_BY,
            PRIVACY_CASE.CREATED_AT,
            PRIVACY_CASE.VERSION,
            PRIVACY_CASE.REQUESTER_KIND,
            PRIVACY_CASE.ACCOUNT_REF,
            PRIVACY_CASE.REPLY_CONTACT,
            PRIVACY_CASE.RULE_VERSION,
            PRIVACY_CASE.CONTACT_NORMALIZED,
            PRIVACY_CASE.UPDATED_BY,
            PRIVACY_CASE.UPDATED_AT);
    for (NewCase c : cases) {
      insert =
          insert.values(
              c.type(),
              c.status(),
              c.channel(),
              Timestamps.toDb(c.receivedAt()),
              c.receivedDate(),
              c.dueDate(),
              c.createdBy(),
              Timestamps.toDb(c.createdAt()),
              0,
              c.requesterKind(),
              c.accountRef(),
              c.replyContact(),
              c.ruleVersion(),
              c.contactNormalized(),
              c.createdBy(),
              Timestamps.toDb(c.createdAt()));
    }
    // One statement: the identity hands out ascending ids in row order.
    List<Long> ids =
        insert.returning(PRIVACY_CASE.ID).fetch(PRIVACY_CASE.ID).stream().sorted().toList();
    if (ids.size() != cases.size()) {
      throw new IllegalStateException("inserted " + cases.size() + " cases, got " + ids.size());
    }
    for (int i = 0; i < ids.size(); i++) {
      searchIndex.noteChange(
          ids.get(i), cases.get(i).contactNormalized(), cases.get(i).accountRef());
    }
    return ids;
  }

  @Override
  public void insertOptOuts(List<OptOutRow> rows) {
    BuiltInFactsWrites.optOuts(dsl, rows);
  }

  @Override
  public void insertCaDisclosure(
      long caseId,
      boolean designated,
      String residencyBasis,
      boolean personalRelationship,
      String agentAuthority) {
    BuiltInFactsWrites.caDisclosure(
        dsl, caseId, designated, residencyBasis, personalRelationship, agentAuthority);
  }

  @Override
  public void insertChildDeletion(
      long caseId, String trigger, String under13Basis, String parentVerification) {
    BuiltInFactsWrites.childDeletion(dsl, caseId, trigger, under13Basis, parentVerification);
  }

  @Override
  public void insertPasswordCompromise(long caseId, String authentication) {
    BuiltInFactsWrites.passwordCompromise(dsl, caseId, authentication);
  }

  @Override
  public void insertCpniBreach(
      long caseId,
      LocalDate determinedOn,
      String determinedBy,
      String description,
      LocalDate notifiedOn) {
    BuiltInFactsWrites.cpniBreach(dsl, caseId, determinedOn, determinedBy, description, notifiedOn);
  }

  @Override
  public void insertLink(long fromCaseId, long toCaseId, String kind, Instant at) {
    dsl.insertInto(CASE_LINK)
        .set(CASE_LINK.FROM_CASE_ID, fromCaseId)
        .set(CASE_LINK.TO_CASE_ID, toCaseId)
        .set(CASE_LINK.KIND, kind)
        .set(CASE_LINK.CREATED_AT, Timestamps.toDb(at))
        .execute();
  }

  @Override
  public Optional<CaseDetail> detail(long caseId) {
    return find(caseId).map(summary -> details.detail(summary));
  }

  @Override
  public Map<String, Tick> ticks(long caseId) {
    return checklistAndNotes.ticks(caseId);
  }

  @Override
  public void putTick(
      long caseId, String key, LocalDate doneOn, String choice, long userId, Instant at) {
    checklistAndNotes.putTick(caseId, key, doneOn, choice, userId, at);
  }

  @Override
  public boolean deleteTick(long caseId, String key) {
    return checklistAndNotes.deleteTick(caseId, key);
  }

  @Override
  public long insertNote(
      long caseId, long authorId, Instant at, String body, boolean correspondence) {
    return checklistAndNotes.insertNote(caseId, authorId, at, body, correspondence);
  }

  @Override
  public long correctNote(
      long noteId, long caseId, String before, Instant writtenAt, String body, Instant at) {
    return checklistAndNotes.correctNote(noteId, caseId, before, writtenAt, body, at);
  }

  @Override
  public List<Note> notes(long caseId) {
    return checklistAndNotes.notes(caseId);
  }

  @Override
  public int redactNotes(long caseId, String replacement) {
    return checklistAndNotes.redactNotes(caseId, replacement);
  }

  @Override
  public void insertTypeFacts(long caseId, TypeFacts facts) {
    FactsMappers.of(facts.type()).insert(dsl, List.of(new FactsMapper.Stored(caseId, facts)));
  }

  @Override
  public List<Long> casesWithKey(CaseType type, String keyHash) {
    return FactsMappers.of(type).casesWithKey(dsl, keyHash);
  }

  @Override
  public Optional<ClockInputs> clockInputs(long caseId) {
    return clocks.inputs(caseId);
  }

  @Override
  public void replaceClocks(long caseId, List<CaseClock> clocks, String ruleVersion) {
    dsl.update(PRIVACY_CASE)
        .set(PRIVACY_CASE.RULE_VERSION, ruleVersion)
        .where(PRIVACY_CASE.ID.eq(caseId))
        .execute();
    dsl.deleteFrom(CASE_CLOCK).where(CASE_CLOCK.CASE_ID.eq(caseId)).execute();
    insertClocks(caseId, clocks);
    refreshDueDate(caseId);
  }

  @Override
  public void refreshDueDate(long caseId) {
    var nearest =
        DSL.field(
            DSL.select(DSL.min(CASE_CLOCK.DUE_DATE))
                .from(CASE_CLOCK)
                .where(CASE_CLOCK.CASE_ID.eq(PRIVACY_CASE.ID)));
    dsl.update(PRIVACY_CASE)
        .set(
            PRIVACY_CASE.DUE_DATE,
            DSL.when(PRIVACY_CASE.STATUS.in(ENDED), DSL.inline((LocalDate) null))
                .otherwise(nearest))
        .where(PRIVACY_CASE.ID.eq(caseId))
        .execute();
  }

  private static final List<CaseStatus> ENDED =
      java.util.Arrays.stream(CaseStatus.values()).filter(st -> !st.isOpen()).toList();

  @Override
  public boolean claim(long caseId, int expectedVersion, long userId, Instant at) {
    return dsl.update(PRIVACY_CASE)
            .set(PRIVACY_CASE.VERSION, PRIVACY_CASE.VERSION.plus(1))
            .set(PRIVACY_CASE.UPDATED_BY, userId)
            .set(PRIVACY_CASE.UPDATED_AT, Timestamps.toDb(at))
            .where(PRIVACY_CASE.ID.eq(caseId))
            .and(PRIVACY_CASE.VERSION.eq(expectedVersion))
            .execute()
        == 1;
  }

  @Override
  public Optional<LastChange> lastChange(long caseId) {
    return dsl.select(APP_USER.USERNAME, PRIVACY_CASE.UPDATED_AT)
        .from(PRIVACY_CASE)
        .join(APP_USER)
        .on(APP_USER.ID.eq(PRIVACY_CASE.UPDATED_BY))
        .where(PRIVACY_CASE.ID.eq(caseId))
        .fetchOptional(r -> new LastChange(r.value1(), Timestamps.fromDb(r.value2())));
  }

  @Override
  public Optional<WorkState> workState(long caseId) {
    var row =
        dsl.select(
                PRIVACY_CASE.CASE_TYPE,
                PRIVACY_CASE.STATUS,
                PRIVACY_CASE.OUTCOME,
                PRIVACY_CASE.PENDING_OUTCOME,
                PRIVACY_CASE.VERSION,
                PRIVACY_CASE.RECEIVED_DATE,
                PRIVACY_CASE.REQUESTER_KIND,
                CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON,
                PRIVACY_CASE.ACCOUNT_REF,
                PRIVACY_CASE.REPLY_CONTACT)
            .from(PRIVACY_CASE)
            .leftJoin(CPNI_BREACH)
            .on(CPNI_BREACH.CASE_ID.eq(PRIVACY_CASE.ID))
            .where(PRIVACY_CASE.ID.eq(caseId))
            .fetchOptional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    var r = row.get();
    boolean escalated =
        dsl.fetchExists(
            CASE_LINK, CASE_LINK.FROM_CASE_ID.eq(caseId).and(CASE_LINK.KIND.eq(ESCALATED_TO)));
    List<Long> duplicateOf =
        dsl.select(CASE_LINK.TO_CASE_ID)
            .from(CASE_LINK)
            .where(CASE_LINK.FROM_CASE_ID.eq(caseId))
            .and(CASE_LINK.KIND.eq(DUPLICATE_OF))
            .fetch(CASE_LINK.TO_CASE_ID);
    return Optional.of(
        new WorkState(
            caseId,
            r.value1(),
            r.value2(),
            r.value3(),
            r.value4(),
            r.value5(),
            r.value6(),
            r.value7(),
            r.value9(),
            r.value10(),
            escalated,
            duplicateOf,
            Optional.ofNullable(r.value8()),
            details.clocks(caseId)));
  }

  private static final String ESCALATED_TO = "ESCALATED_TO";
  private static final String DUPLICATE_OF = "DUPLICATE_OF";

  @Override
  public void updateContact(
      long caseId, String accountRef, String replyContact, String contactNormalized) {
    searchIndex.noteChange(caseId, contactNormalized, accountRef);
    dsl.update(PRIVACY_CASE)
        .set(PRIVACY_CASE.ACCOUNT_REF, accountRef)
        .set(PRIVACY_CASE.REPLY_CONTACT, replyContact)
        .set(PRIVACY_CASE.CONTACT_NORMALIZED, contactNormalized)
        .where(PRIVACY_CASE.ID.eq(caseId))
        .execute();
  }

  @Override
  public void updateState(
      long caseId, CaseStatus status, Outcome outcome, Outcome pendingOutcome, Instant closedAt) {
    dsl.update(PRIVACY_CASE)
        .set(PRIVACY_CASE.STATUS, status)
        .set(PRIVACY_CASE.OUTCOME, outcome)
        .set(PRIVACY_CASE.PENDING_OUTCOME, pendingOutcome)
        .set(PRIVACY_CASE.CLOSED_AT, closedAt == null ? null : Timestamps.toDb(closedAt))
        .where(PRIVACY_CASE.ID.eq(caseId))
        .execute();
    refreshDueDate(caseId);
  }

  @Override
  public void recordClosure(long caseId, Instant closedAt, CaseStatus status, Outcome outcome) {
    // the report's facts as they stand at closing: clocks and the dated checklist items
    Map<String, LocalDate> due = new HashMap<>();
    dsl.select(CASE_CLOCK.NAME, CASE_CLOCK.DUE_DATE)
        .from(CASE_CLOCK)
        .where(CASE_CLOCK.CASE_ID.eq(caseId))
        .forEach(r -> due.put(r.value1(), r.value2()));
    Map<String, LocalDate> done = new HashMap<>();
    ticks(caseId).forEach((key, tick) -> done.put(key, tick.doneOn()));
    ClosureFacts facts = ClosureFacts.of(due, done);
    dsl.insertInto(CASE_CLOSURE)
        .set(CASE_CLOSURE.CASE_ID, caseId)
        .set(CASE_CLOSURE.CLOSED_AT, Timestamps.toDb(closedAt))
        .set(CASE_CLOSURE.STATUS, status)
        .set(CASE_CLOSURE.OUTCOME, outcome)
        .set(CASE_CLOSURE.STATUTORY_DUE, facts.statutoryDue())
        .set(CASE_CLOSURE.INTERNAL_DUE, facts.internalDue())
        .set(CASE_CLOSURE.CHANGE_NOTICE_ON, facts.changeNoticeOn())
        .set(CASE_CLOSURE.IDENTIFIERS_PURGED, facts.identifiersPurged())
        .set(CASE_CLOSURE.LAST_SUPPRESSED_ON, facts.lastSuppressedOn())
        .execute();
  }

  @Override
  public void markReopened(long caseId, Instant at) {
    dsl.update(CASE_CLOSURE)
        .set(CASE_CLOSURE.REOPENED_AT, Timestamps.toDb(at))
        .where(CASE_CLOSURE.CASE_ID.eq(caseId))
        .and(CASE_CLOSURE.REOPENED_AT.isNull())
        .execute();
  }

  @Override
  public void updateLawEnforcementNotified(long caseId, LocalDate notifiedOn) {
    dsl.update(CPNI_BREACH)
        .set(CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON, notifiedOn)
        .where(CPNI_BREACH.CASE_ID.eq(caseId))
        .execute();
  }

  @Override
  public boolean linked(long a, long b) {
    return dsl.fetchExists(
        CASE_LINK,
        CASE_LINK
            .FROM_CASE_ID
            .eq(a)
            .and(CASE_LINK.TO_CASE_ID.eq(b))
            .or(CASE_LINK.FROM_CASE_ID.eq(b).and(CASE_LINK.TO_CASE_ID.eq(a))));
  }

  @Override
  public RequesterKeys requesterKeys(long caseId) {
    var row =
        dsl.select(PRIVACY_CASE.CONTACT_NORMALIZED, PRIVACY_CASE.ACCOUNT_REF)
            .from(PRIVACY_CASE)
            .where(PRIVACY_CASE.ID.eq(caseId))
            .fetchOptional();
    List<String> phones =
        dsl.selectDistinct(DNC_NUMBER.NUMBER_HASH)
            .from(DNC_NUMBER)
            .where(DNC_NUMBER.CASE_ID.eq(caseId))
            .fetch(DNC_NUMBER.NUMBER_HASH);
    return new RequesterKeys(
        row.map(r -> r.value1()).orElse(null), row.map(r -> r.value2()).orElse(null), phones);
  }

  @Override
  public List<RelatedCase> sharing(long caseId, RequesterKeys keys, int limit) {
    var found = new java.util.LinkedHashMap<Long, RelatedCase>();
    // each through its own index: ix_case_contact, ix_case_account, the numbers' hash
    if (keys.email() != null) {
      addRelated(
          found,
          PRIVACY_CASE.CONTACT_NORMALIZED.eq(keys.email()),
          caseId,
          limit,
          RelatedCase.Shared.EMAIL);
    }
    if (keys.accountRef() != null) {
      addRelated(
          found,
          PRIVACY_CASE.ACCOUNT_REF.eq(keys.accountRef()),
          caseId,
          limit,
          RelatedCase.Shared.ACCOUNT);
    }
    if (!keys.phoneHashes().isEmpty()) {
      addRelated(
          found,
          PRIVACY_CASE.ID.in(
              DSL.select(DNC_NUMBER.CASE_ID)
                  .from(DNC_NUMBER)
                  .where(DNC_NUMBER.NUMBER_HASH.in(keys.phoneHashes()))),
          caseId,
          limit,
          RelatedCase.Shared.PHONE);
    }
    return found.values().stream().sorted(RelatedCase.NEWEST_FIRST).limit(limit).toList();
  }

  private void addRelated(
      java.util.Map<Long, RelatedCase> found,
      org.jooq.Condition sharing,
      long caseId,
      int limit,
      RelatedCase.Shared shared) {
    for (var c : relatedCases(sharing.and(PRIVACY_CASE.ID.ne(caseId)), limit, shared)) {
      found.merge(c.id(), c, (a, b) -> a.alsoSharing(b.shared()));
    }
  }

  private List<RelatedCase> relatedCases(
      org.jooq.Condition where, int limit, RelatedCase.Shared shared) {
    return dsl.select(
            PRIVACY_CASE.ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.STATUS,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.PURGED_AT)
        .from(PRIVACY_CASE)
        .where(where)
        .orderBy(PRIVACY_CASE.ID.desc())
        .limit(limit)
        .fetch(
            r ->
                new RelatedCase(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5() != null,
                    java.util.Set.of(shared)));
  }

  @Override
  public Optional<RelatedCase> related(long id, RelatedCase.Shared shared) {
    return relatedCases(PRIVACY_CASE.ID.eq(id), 1, shared).stream().findFirst();
  }

  @Override
  public List<DuplicateRules.Candidate> duplicateCandidates(
      String accountRef, String emailNormalized) {
    org.jooq.Condition match = DSL.falseCondition();
    if (accountRef != null) {
      match = match.or(DSL.upper(PRIVACY_CASE.ACCOUNT_REF).eq(accountRef.toUpperCase(Locale.ROOT)));
    }
    if (emailNormalized != null) {
      match = match.or(PRIVACY_CASE.CONTACT_NORMALIZED.eq(emailNormalized));
    }
    return dsl.select(
            PRIVACY_CASE.ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.STATUS,
            PRIVACY_CASE.OUTCOME,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.ACCOUNT_REF,
            PRIVACY_CASE.CONTACT_NORMALIZED)
        .from(PRIVACY_CASE)
        .where(match)
        .orderBy(PRIVACY_CASE.RECEIVED_DATE.desc(), PRIVACY_CASE.ID.desc())
        .limit(50)
        .fetch(
            c ->
                new DuplicateRules.Candidate(
                    c.value1(),
                    c.value2(),
                    c.value3(),
                    c.value4(),
                    c.value5(),
                    c.value6(),
                    c.value7()));
  }

  @Override
  public void updateDesignated(long caseId, boolean designated) {
    dsl.update(CA_DISCLOSURE_REQUEST)
        .set(CA_DISCLOSURE_REQUEST.DESIGNATED, designated)
        .where(CA_DISCLOSURE_REQUEST.CASE_ID.eq(caseId))
        .execute();
  }

  @Override
  public void insertClocks(Map<Long, List<CaseClock>> clocksByCase) {
    clocks.insert(clocksByCase);
  }

  @Override
  public List<Long> assignedSince(long userId, java.time.Instant since) {
    // the user's open cases (open = has a due date, ADR 0011: a short range of ix_case_assignee),
    // each with its latest assignment to them (the primary key of case_assignment starts with the
    // case): never a walk over everyone's assignments
    var latest =
        DSL.field(
                DSL.select(DSL.max(CASE_ASSIGNMENT.ASSIGNED_AT))
                    .from(CASE_ASSIGNMENT)
                    .where(CASE_ASSIGNMENT.CASE_ID.eq(PRIVACY_CASE.ID))
                    .and(CASE_ASSIGNMENT.ASSIGNEE_ID.eq(userId)))
            .as("latest");
    var after = Timestamps.toDb(since);
    record Assigned(long id, java.time.OffsetDateTime at) {}
    return dsl
        .select(PRIVACY_CASE.ID, latest)
        .from(IndexHints.privacyCase(dsl, "IX_CASE_ASSIGNEE"))
        .where(PRIVACY_CASE.ASSIGNEE_ID.eq(userId))
        .and(PRIVACY_CASE.DUE_DATE.ge(JooqQueueQueries.OPEN_FLOOR))
        .fetch(r -> new Assigned(r.value1(), r.value2()))
        .stream()
        .filter(a -> a.at() != null && a.at().isAfter(after))
        .sorted(
            java.util.Comparator.comparing(Assigned::at).thenComparingLong(Assigned::id).reversed())
        .limit(200)
        .map(Assigned::id)
        .toList();
  }

  @Override
  public void setAssignee(
      long caseId, @org.jspecify.annotations.Nullable Long assigneeId, java.time.Instant at) {
    var atDb = Timestamps.toDb(at);
    if (!dsl.fetchExists(CASE_ASSIGNMENT, CASE_ASSIGNMENT.CASE_ID.eq(caseId))) {
      // the first change: who held it until now, from its creation
      var before =
          dsl.select(PRIVACY_CASE.CREATED_AT, PRIVACY_CASE.ASSIGNEE_ID)
              .from(PRIVACY_CASE)
              .where(PRIVACY_CASE.ID.eq(caseId))
              .fetchSingle();
      if (before.value1().isBefore(atDb)) {
        dsl.insertInto(CASE_ASSIGNMENT)
            .set(CASE_ASSIGNMENT.CASE_ID, caseId)
            .set(CASE_ASSIGNMENT.ASSIGNED_AT, before.value1())
            .set(CASE_ASSIGNMENT.ASSIGNEE_ID, before.value2())
            .execute();
      }
    }
    // two changes in the same instant: the later one stands
    dsl.deleteFrom(CASE_ASSIGNMENT)
        .where(CASE_ASSIGNMENT.CASE_ID.eq(caseId))
        .and(CASE_ASSIGNMENT.ASSIGNED_AT.eq(atDb))
        .execute();
    dsl.insertInto(CASE_ASSIGNMENT)
        .set(CASE_ASSIGNMENT.CASE_ID, caseId)
        .set(CASE_ASSIGNMENT.ASSIGNED_AT, atDb)
        .set(CASE_ASSIGNMENT.ASSIGNEE_ID, assigneeId)
        .execute();
    dsl.update(PRIVACY_CASE)
        .set(PRIVACY_CASE.ASSIGNEE_ID, assigneeId)
        .where(PRIVACY_CASE.ID.eq(caseId))
        .execute();
  }

  @Override
  public Optional<CaseSummary> find(long caseId) {
    return queue.find(caseId);
  }

  @Override
  public List<CaseSummary> queuePage(CaseFilter filter, CaseSort sort, int offset, int limit) {
    return queue.page(filter, sort, offset, limit);
  }

  @Override
  public List<Long> ids(CaseFilter filter, long afterId, int limit) {
    return queue.ids(filter, afterId, limit);
  }

  @Override
  public long count(CaseFilter filter) {
    return queue.count(filter);
  }
}
