package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CASE_CHECKLIST;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOSURE;
import static com.privacydesk.persistence.generated.Tables.CASE_LINK;
import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CHILD_DELETION_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.PASSWORD_COMPROMISE_REPORT;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.BulkCaseWriter;
import com.privacydesk.app.port.CaseRepository.NewCase;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.workflow.ClosureFacts;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Batched inserts, one JDBC batch per table, for loading many cases into an idle database. */
final class JooqBulkCaseWriter implements BulkCaseWriter {
  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;

  JooqBulkCaseWriter(DSLContext dsl, ContactSearchIndex searchIndex) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
  }

  @Override
  public long nextCaseId() {
    Long max = dsl.select(DSL.max(PRIVACY_CASE.ID)).from(PRIVACY_CASE).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(List<LoadedCase> cases) {
    Batch c =
        new Batch(
            PRIVACY_CASE,
            PRIVACY_CASE.ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.STATUS,
            PRIVACY_CASE.CHANNEL,
            PRIVACY_CASE.RECEIVED_AT,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.DUE_DATE,
            PRIVACY_CASE.ASSIGNEE_ID,
            PRIVACY_CASE.CREATED_BY,
            PRIVACY_CASE.CREATED_AT,
            PRIVACY_CASE.VERSION,
            PRIVACY_CASE.REQUESTER_KIND,
            PRIVACY_CASE.ACCOUNT_REF,
            PRIVACY_CASE.REPLY_CONTACT,
            PRIVACY_CASE.RULE_VERSION,
            PRIVACY_CASE.OUTCOME,
            PRIVACY_CASE.PENDING_OUTCOME,
            PRIVACY_CASE.CLOSED_AT,
            PRIVACY_CASE.UPDATED_BY,
            PRIVACY_CASE.UPDATED_AT,
            PRIVACY_CASE.CONTACT_NORMALIZED);
    Batch closures =
        new Batch(
            CASE_CLOSURE,
            CASE_CLOSURE.CASE_ID,
            CASE_CLOSURE.CLOSED_AT,
            CASE_CLOSURE.STATUS,
            CASE_CLOSURE.OUTCOME,
            CASE_CLOSURE.STATUTORY_DUE,
            CASE_CLOSURE.INTERNAL_DUE,
            CASE_CLOSURE.CHANGE_NOTICE_ON,
            CASE_CLOSURE.IDENTIFIERS_PURGED,
            CASE_CLOSURE.LAST_SUPPRESSED_ON);
    Batch clocks =
        new Batch(
            CASE_CLOCK,
            CASE_CLOCK.CASE_ID,
            CASE_CLOCK.NAME,
            CASE_CLOCK.DUE_DATE,
            CASE_CLOCK.DAY_TYPE,
            CASE_CLOCK.DAYS,
            CASE_CLOCK.RULE_VERSION,
            CASE_CLOCK.EXPLANATION);
    Batch optOut =
        new Batch(
            OPT_OUT_REQUEST,
            OPT_OUT_REQUEST.CASE_ID,
            OPT_OUT_REQUEST.EMAIL,
            OPT_OUT_REQUEST.EMAIL_NORMALIZED,
            OPT_OUT_REQUEST.SCOPE,
            OPT_OUT_REQUEST.CATEGORIES);
    Batch ca =
        new Batch(
            CA_DISCLOSURE_REQUEST,
            CA_DISCLOSURE_REQUEST.CASE_ID,
            CA_DISCLOSURE_REQUEST.DESIGNATED,
            CA_DISCLOSURE_REQUEST.RESIDENCY_BASIS,
            CA_DISCLOSURE_REQUEST.PERSONAL_RELATIONSHIP,
            CA_DISCLOSURE_REQUEST.AGENT_AUTHORITY);
    Batch child =
        new Batch(
            CHILD_DELETION_REQUEST,
            CHILD_DELETION_REQUEST.CASE_ID,
            CHILD_DELETION_REQUEST.COPPA_TRIGGER,
            CHILD_DELETION_REQUEST.UNDER13_BASIS,
            CHILD_DELETION_REQUEST.PARENT_VERIFICATION);
    Batch password =
        new Batch(
            PASSWORD_COMPROMISE_REPORT,
            PASSWORD_COMPROMISE_REPORT.CASE_ID,
            PASSWORD_COMPROMISE_REPORT.AUTHENTICATION);
    Batch breach =
        new Batch(
            CPNI_BREACH,
            CPNI_BREACH.CASE_ID,
            CPNI_BREACH.DETERMINED_ON,
            CPNI_BREACH.DETERMINED_BY,
            CPNI_BREACH.DESCRIPTION,
            CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON);
    Batch ticks =
        new Batch(
            CASE_CHECKLIST,
            CASE_CHECKLIST.CASE_ID,
            CASE_CHECKLIST.ITEM_KEY,
            CASE_CHECKLIST.DONE_ON,
            CASE_CHECKLIST.CHOICE,
            CASE_CHECKLIST.TICKED_BY,
            CASE_CHECKLIST.TICKED_AT);
    Batch links =
        new Batch(
            CASE_LINK,
            CASE_LINK.FROM_CASE_ID,
            CASE_LINK.TO_CASE_ID,
            CASE_LINK.KIND,
            CASE_LINK.CREATED_AT);
    Map<com.privacydesk.domain.CaseType, List<FactsMapper.Stored>> typed =
        new java.util.EnumMap<>(com.privacydesk.domain.CaseType.class);
    for (LoadedCase lc : cases) {
      NewCase n = lc.common();
      c.add(
          lc.id(),
          n.type().name(),
          lc.status().name(),
          n.channel().name(),
          db(n.receivedAt()),
          n.receivedDate(),
          n.dueDate(),
          lc.assigneeId(),
          n.createdBy(),
          db(n.createdAt()),
          lc.version(),
          n.requesterKind(),
          n.accountRef(),
          n.replyContact(),
          n.ruleVersion(),
          lc.outcome() == null ? null : lc.outcome().name(),
          lc.pendingOutcome() == null ? null : lc.pendingOutcome().name(),
          db(lc.closedAt()),
          lc.updatedBy(),
          db(lc.updatedAt()),
          n.contactNormalized());
      for (CaseClock k : lc.clocks()) {
        clocks.add(
            lc.id(),
            k.name(),
            k.due(),
            k.dayType().name(),
            k.days(),
            k.ruleVersion(),
            String.join("\n", k.explanation()));
      }
      switch (lc.facts()) {
        case OptOutFacts f ->
            optOut.add(lc.id(), f.email(), f.emailNormalized(), f.scope(), f.categories());
        case CaFacts f ->
            ca.add(
                lc.id(),
                f.designated(),
                f.residencyBasis(),
                f.personalRelationship(),
                f.authority());
        case ChildFacts f ->
            child.add(lc.id(), f.trigger(), f.under13Basis(), f.parentVerification());
        case PasswordFacts f -> password.add(lc.id(), f.authentication());
        case BreachFacts f ->
            breach.add(
                lc.id(), f.determinedOn(), f.determinedBy(), f.description(), f.notifiedOn());
        case TypedFacts f ->
            typed
                .computeIfAbsent(f.facts().type(), t -> new ArrayList<>())
                .add(new FactsMapper.Stored(lc.id(), f.facts()));
      }
      if (lc.closedAt() != null && lc.outcome() != null) {
        ClosureFacts f = closureFacts(lc);
        closures.add(
            lc.id(),
            db(lc.closedAt()),
            lc.status().name(),
            lc.outcome().name(),
            f.statutoryDue(),
            f.internalDue(),
            f.changeNoticeOn(),
            f.identifiersPurged(),
            f.lastSuppressedOn());
      }
      for (LoadedTick t : lc.ticks()) {
        ticks.add(lc.id(), t.key(), t.doneOn(), t.choice(), t.tickedBy(), db(t.at()));
      }
      if (lc.escalatedFrom() != null) {
        links.add(lc.escalatedFrom(), lc.id(), "ESCALATED_TO", db(n.createdAt()));
      }
    }
    for (Batch b :
        List.of(c, clocks, optOut, ca, child, password, breach, ticks, links, closures)) {
      b.execute();
    }
    typed.forEach((type, rows) -> FactsMappers.of(type).insert(dsl, rows));
    searchIndex.invalidate();
  }

  /** The facts a closure of {@code lc} is judged by, from its clocks and ticks in memory. */
  private static ClosureFacts closureFacts(LoadedCase lc) {
    Map<String, java.time.LocalDate> due = new HashMap<>();
    lc.clocks().forEach(k -> due.put(k.name(), k.due()));
    Map<String, java.time.LocalDate> done = new HashMap<>();
    lc.ticks().forEach(t -> done.put(t.key(), t.doneOn()));
    return ClosureFacts.of(due, done);
  }

  @Override
  public void finish() {
    dsl.execute("ALTER TABLE PRIVACY_CASE ALTER COLUMN ID RESTART WITH " + nextCaseId());
    ServerStatistics.refresh(dsl);
    searchIndex.invalidate();
  }

  private static OffsetDateTime db(Instant at) {
    return at == null ? null : Timestamps.toDb(at);
  }

  /** The rows of one table, sent as one JDBC batch. */
  private final class Batch {
    private final Table<?> table;
    private final Field<?>[] fields;
    private final List<Object[]> rows = new ArrayList<>();

    Batch(Table<?> table, Field<?>... fields) {
      this.table = table;
      this.fields = fields;
    }

    void add(Object... values) {
      rows.add(values);
    }

    void execute() {
      if (rows.isEmpty()) {
        return;
      }
      // plain JDBC batch: at this volume jOOQ's per-row binding costs as much as H2's writing
      String sql =
          dsl.insertInto(table)
              .columns(fields)
              .values(Collections.nCopies(fields.length, null))
              .getSQL();
      dsl.connection(
          connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
              for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                  ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
              }
              ps.executeBatch();
            }
          });
      rows.clear();
    }
  }
}
