package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CASE_LINK;
import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CHILD_DELETION_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.PASSWORD_COMPROMISE_REPORT;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseDetail.Fact;
import com.privacydesk.app.port.CaseDetail.Link;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DayType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/** Cases in PRIVACY_CASE and their detail tables. */
final class JooqCaseRepository implements CaseRepository {
  private final DSLContext dsl;

  JooqCaseRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long insertCase(NewCase c) {
    return dsl.insertInto(PRIVACY_CASE)
        .set(PRIVACY_CASE.CASE_TYPE, c.type().name())
        .set(PRIVACY_CASE.STATUS, c.status().name())
        .set(PRIVACY_CASE.CHANNEL, c.channel().name())
        .set(PRIVACY_CASE.RECEIVED_AT, Timestamps.toDb(c.receivedAt()))
        .set(PRIVACY_CASE.RECEIVED_DATE, c.receivedDate())
        .set(PRIVACY_CASE.DUE_DATE, c.dueDate())
        .set(PRIVACY_CASE.CREATED_BY, c.createdBy())
        .set(PRIVACY_CASE.CREATED_AT, Timestamps.toDb(c.createdAt()))
        .set(PRIVACY_CASE.VERSION, 0)
        .set(PRIVACY_CASE.REQUESTER_KIND, c.requesterKind())
        .set(PRIVACY_CASE.ACCOUNT_REF, c.accountRef())
        .set(PRIVACY_CASE.REPLY_CONTACT, c.replyContact())
        .set(PRIVACY_CASE.RULE_VERSION, c.ruleVersion())
        .returning(PRIVACY_CASE.ID)
        .fetchSingle()
        .getId();
  }

  @Override
  public void insertOptOut(
      long caseId, String email, String emailNormalized, OptOutScope scope, String categories) {
    dsl.insertInto(OPT_OUT_REQUEST)
        .set(OPT_OUT_REQUEST.CASE_ID, caseId)
        .set(OPT_OUT_REQUEST.EMAIL, email)
        .set(OPT_OUT_REQUEST.EMAIL_NORMALIZED, emailNormalized)
        .set(OPT_OUT_REQUEST.SCOPE, scope.name())
        .set(OPT_OUT_REQUEST.CATEGORIES, categories)
        .execute();
  }

  @Override
  public void insertCaDisclosure(
      long caseId,
      boolean designated,
      String residencyBasis,
      boolean personalRelationship,
      String agentAuthority) {
    dsl.insertInto(CA_DISCLOSURE_REQUEST)
        .set(CA_DISCLOSURE_REQUEST.CASE_ID, caseId)
        .set(CA_DISCLOSURE_REQUEST.DESIGNATED, designated)
        .set(CA_DISCLOSURE_REQUEST.RESIDENCY_BASIS, residencyBasis)
        .set(CA_DISCLOSURE_REQUEST.PERSONAL_RELATIONSHIP, personalRelationship)
        .set(CA_DISCLOSURE_REQUEST.AGENT_AUTHORITY, agentAuthority)
        .execute();
  }

  @Override
  public void insertChildDeletion(
      long caseId, String trigger, String under13Basis, String parentVerification) {
    dsl.insertInto(CHILD_DELETION_REQUEST)
        .set(CHILD_DELETION_REQUEST.CASE_ID, caseId)
        .set(CHILD_DELETION_REQUEST.COPPA_TRIGGER, trigger)
        .set(CHILD_DELETION_REQUEST.UNDER13_BASIS, under13Basis)
        .set(CHILD_DELETION_REQUEST.PARENT_VERIFICATION, parentVerification)
        .execute();
  }

  @Override
  public void insertPasswordCompromise(long caseId, String authentication) {
    dsl.insertInto(PASSWORD_COMPROMISE_REPORT)
        .set(PASSWORD_COMPROMISE_REPORT.CASE_ID, caseId)
        .set(PASSWORD_COMPROMISE_REPORT.AUTHENTICATION, authentication)
        .execute();
  }

  @Override
  public void insertCpniBreach(
      long caseId,
      LocalDate determinedOn,
      String determinedBy,
      String description,
      LocalDate notifiedOn) {
    dsl.insertInto(CPNI_BREACH)
        .set(CPNI_BREACH.CASE_ID, caseId)
        .set(CPNI_BREACH.DETERMINED_ON, determinedOn)
        .set(CPNI_BREACH.DETERMINED_BY, determinedBy)
        .set(CPNI_BREACH.DESCRIPTION, description)
        .set(CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON, notifiedOn)
        .execute();
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
    Optional<CaseSummary> summary = find(caseId);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    var common =
        dsl.select(
                PRIVACY_CASE.REQUESTER_KIND,
                PRIVACY_CASE.ACCOUNT_REF,
                PRIVACY_CASE.REPLY_CONTACT,
                PRIVACY_CASE.RULE_VERSION,
                PRIVACY_CASE.RECEIVED_AT)
            .from(PRIVACY_CASE)
            .where(PRIVACY_CASE.ID.eq(caseId))
            .fetchSingle();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("channel", summary.get().channel().name()));
    addFact(facts, "requesterKind", common.value1());
    addFact(facts, "accountRef", common.value2());
    addFact(facts, "replyContact", common.value3());
    facts.addAll(typeFacts(summary.get().type(), caseId));
    List<CaseClock> clocks =
        dsl.selectFrom(CASE_CLOCK)
            .where(CASE_CLOCK.CASE_ID.eq(caseId))
            .orderBy(CASE_CLOCK.DUE_DATE, CASE_CLOCK.NAME.desc())
            .fetch(
                k ->
                    new CaseClock(
                        k.getName(),
                        k.getDueDate(),
                        DayType.valueOf(k.getDayType()),
                        k.getDays(),
                        List.of(k.getExplanation().split("\n")),
                        k.getRuleVersion()));
    List<Link> links = new ArrayList<>();
    dsl.selectFrom(CASE_LINK)
        .where(CASE_LINK.FROM_CASE_ID.eq(caseId))
        .forEach(l -> links.add(new Link(l.getKind(), l.getToCaseId())));
    dsl.selectFrom(CASE_LINK)
        .where(CASE_LINK.TO_CASE_ID.eq(caseId))
        .forEach(l -> links.add(new Link(reverse(l.getKind()), l.getFromCaseId())));
    return Optional.of(new CaseDetail(summary.get(), facts, clocks, common.value4(), links));
  }

  private List<Fact> typeFacts(CaseType type, long caseId) {
    List<Fact> facts = new ArrayList<>();
    switch (type) {
      case EMAIL_OPT_OUT ->
          dsl.selectFrom(OPT_OUT_REQUEST)
              .where(OPT_OUT_REQUEST.CASE_ID.eq(caseId))
              .fetchOptional()
              .ifPresent(
                  o -> {
                    addFact(facts, "email", o.getEmail());
                    addFact(facts, "scope", o.getScope());
                    addFact(facts, "categories", o.getCategories());
                  });
      case CA_DISCLOSURE ->
          dsl.selectFrom(CA_DISCLOSURE_REQUEST)
              .where(CA_DISCLOSURE_REQUEST.CASE_ID.eq(caseId))
              .fetchOptional()
              .ifPresent(
                  o -> {
                    addFact(facts, "designated", o.getDesignated().toString());
                    addFact(facts, "residencyBasis", o.getResidencyBasis());
                    addFact(facts, "personalRelationship", o.getPersonalRelationship().toString());
                    addFact(facts, "agentAuthority", o.getAgentAuthority());
                  });
      case CHILD_DATA_DELETION ->
          dsl.selectFrom(CHILD_DELETION_REQUEST)
              .where(CHILD_DELETION_REQUEST.CASE_ID.eq(caseId))
              .fetchOptional()
              .ifPresent(
                  o -> {
                    addFact(facts, "trigger", o.getCoppaTrigger());
                    addFact(facts, "under13Basis", o.getUnder13Basis());
                    addFact(facts, "parentVerification", o.getParentVerification());
                  });
      case PASSWORD_COMPROMISE ->
          dsl.selectFrom(PASSWORD_COMPROMISE_REPORT)
              .where(PASSWORD_COMPROMISE_REPORT.CASE_ID.eq(caseId))
              .fetchOptional()
              .ifPresent(o -> addFact(facts, "authentication", o.getAuthentication()));
      case CPNI_BREACH ->
          dsl.selectFrom(CPNI_BREACH)
              .where(CPNI_BREACH.CASE_ID.eq(caseId))
              .fetchOptional()
              .ifPresent(
                  o -> {
                    addFact(facts, "determinedOn", o.getDeterminedOn().toString());
                    addFact(facts, "determinedBy", o.getDeterminedBy());
                    addFact(facts, "description", o.getDescription());
                    addFact(
                        facts,
                        "lawEnforcementNotifiedOn",
                        o.getLawEnforcementNotifiedOn() == null
                            ? null
                            : o.getLawEnforcementNotifiedOn().toString());
                  });
    }
    return facts;
  }

  private static void addFact(List<Fact> facts, String field, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(field, value));
    }
  }

  private static String reverse(String kind) {
    return kind.endsWith("_TO") ? kind.substring(0, kind.length() - 3) + "_FROM" : kind;
  }

  @Override
  public Optional<ClockInputs> clockInputs(long caseId) {
    return dsl.select(
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.CHANNEL,
            CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON,
            PRIVACY_CASE.RULE_VERSION,
            PRIVACY_CASE.VERSION)
        .from(PRIVACY_CASE)
        .leftJoin(CPNI_BREACH)
        .on(CPNI_BREACH.CASE_ID.eq(PRIVACY_CASE.ID))
        .where(PRIVACY_CASE.ID.eq(caseId))
        .fetchOptional(
            r ->
                new ClockInputs(
                    CaseType.valueOf(r.value1()),
                    r.value2(),
                    Channel.valueOf(r.value3()),
                    Optional.ofNullable(r.value4()),
                    r.value5(),
                    r.value6()));
  }

  @Override
  public boolean replaceClocks(
      long caseId,
      List<CaseClock> clocks,
      LocalDate nearestDue,
      String ruleVersion,
      int expectedVersion) {
    int updated =
        dsl.update(PRIVACY_CASE)
            .set(PRIVACY_CASE.DUE_DATE, nearestDue)
            .set(PRIVACY_CASE.RULE_VERSION, ruleVersion)
            .set(PRIVACY_CASE.VERSION, PRIVACY_CASE.VERSION.plus(1))
            .where(PRIVACY_CASE.ID.eq(caseId))
            .and(PRIVACY_CASE.VERSION.eq(expectedVersion))
            .execute();
    if (updated != 1) {
      return false;
    }
    dsl.deleteFrom(CASE_CLOCK).where(CASE_CLOCK.CASE_ID.eq(caseId)).execute();
    insertClocks(caseId, clocks);
    return true;
  }

  @Override
  public void updateDesignated(long caseId, boolean designated) {
    dsl.update(CA_DISCLOSURE_REQUEST)
        .set(CA_DISCLOSURE_REQUEST.DESIGNATED, designated)
        .where(CA_DISCLOSURE_REQUEST.CASE_ID.eq(caseId))
        .execute();
  }

  @Override
  public void insertClocks(long caseId, List<CaseClock> clocks) {
    var insert =
        dsl.insertInto(
            CASE_CLOCK,
            CASE_CLOCK.CASE_ID,
            CASE_CLOCK.NAME,
            CASE_CLOCK.DUE_DATE,
            CASE_CLOCK.DAY_TYPE,
            CASE_CLOCK.DAYS,
            CASE_CLOCK.RULE_VERSION,
            CASE_CLOCK.EXPLANATION);
    for (CaseClock c : clocks) {
      insert =
          insert.values(
              caseId,
              c.name(),
              c.due(),
              c.dayType().name(),
              c.days(),
              c.ruleVersion(),
              String.join("\n", c.explanation()));
    }
    insert.execute();
  }

  @Override
  public Optional<CaseSummary> find(long caseId) {
    return summaries().where(PRIVACY_CASE.ID.eq(caseId)).fetchOptional(JooqCaseRepository::map);
  }

  @Override
  public List<CaseSummary> queuePage(int offset, int limit) {
    return summaries()
        .orderBy(PRIVACY_CASE.DUE_DATE.asc().nullsLast(), PRIVACY_CASE.ID.asc())
        .offset(offset)
        .limit(limit)
        .fetch(JooqCaseRepository::map);
  }

  @Override
  public long countAll() {
    return dsl.fetchCount(PRIVACY_CASE);
  }

  @Override
  public boolean assign(long caseId, Long assigneeId, int expectedVersion) {
    return dsl.update(PRIVACY_CASE)
            .set(PRIVACY_CASE.ASSIGNEE_ID, assigneeId)
            .set(PRIVACY_CASE.VERSION, PRIVACY_CASE.VERSION.plus(1))
            .where(PRIVACY_CASE.ID.eq(caseId))
            .and(PRIVACY_CASE.VERSION.eq(expectedVersion))
            .execute()
        == 1;
  }

  private static final org.jooq.Field<String> DUE_EXPLANATION =
      org.jooq
          .impl
          .DSL
          .field(
              org.jooq
                  .impl
                  .DSL
                  .select(CASE_CLOCK.EXPLANATION)
                  .from(CASE_CLOCK)
                  .where(CASE_CLOCK.CASE_ID.eq(PRIVACY_CASE.ID))
                  .orderBy(CASE_CLOCK.DUE_DATE, CASE_CLOCK.NAME.desc())
                  .limit(1))
          .as("due_explanation");

  private SelectOnConditionStep<Record> summaries() {
    return dsl.select(PRIVACY_CASE.fields())
        .select(APP_USER.USERNAME, DUE_EXPLANATION)
        .from(PRIVACY_CASE)
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(PRIVACY_CASE.ASSIGNEE_ID));
  }

  private static CaseSummary map(Record r) {
    return new CaseSummary(
        r.get(PRIVACY_CASE.ID),
        CaseType.valueOf(r.get(PRIVACY_CASE.CASE_TYPE)),
        CaseStatus.valueOf(r.get(PRIVACY_CASE.STATUS)),
        Channel.valueOf(r.get(PRIVACY_CASE.CHANNEL)),
        r.get(PRIVACY_CASE.RECEIVED_DATE),
        r.get(PRIVACY_CASE.DUE_DATE),
        r.get(PRIVACY_CASE.ASSIGNEE_ID),
        r.get(APP_USER.USERNAME),
        r.get(PRIVACY_CASE.VERSION),
        r.get(DUE_EXPLANATION));
  }
}
