package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_ASSIGNMENT;
import static com.privacydesk.persistence.generated.Tables.CASE_CHECKLIST;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOSURE;
import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.MONTH_REPORT;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.ReportData;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.persistence.generated.tables.CaseChecklist;
import com.privacydesk.persistence.generated.tables.CaseClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The report's SQL. Each query is built by a static method so the benchmark can run the very same
 * text over plain JDBC ({@link JdbcRawQueries}).
 */
final class JooqReportData implements ReportData {
  private static final CaseClock STATUTORY = CASE_CLOCK.as("stat");
  private static final CaseClock INTERNAL = CASE_CLOCK.as("intl");
  private static final CaseClock NOTICE = CASE_CLOCK.as("le");
  private static final CaseClock EARLIEST = CASE_CLOCK.as("ecn");
  private static final CaseChecklist CATEGORY = CASE_CHECKLIST.as("cat");
  private static final CaseChecklist CUSTOMERS = CASE_CHECKLIST.as("cust");

  /** An upper bound too: without it H2 walks the ended cases' NULL due dates as well. */
  private static final LocalDate OPEN_CEILING = LocalDate.of(9999, 12, 31);

  private final DSLContext dsl;

  JooqReportData(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<ReceivedCount> received(LocalDate from, LocalDate to) {
    return receivedQuery(dsl, from, to)
        .fetch(r -> new ReceivedCount(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  static ResultQuery<org.jooq.Record4<CaseType, Channel, Boolean, Long>> receivedQuery(
      DSLContext dsl, LocalDate from, LocalDate to) {
    return dsl.select(
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.CHANNEL,
            CA_DISCLOSURE_REQUEST.DESIGNATED,
            DSL.count().cast(Long.class))
        .from(IndexHints.privacyCase(dsl, "IX_CASE_RECEIVED"))
        .leftJoin(CA_DISCLOSURE_REQUEST)
        .on(CA_DISCLOSURE_REQUEST.CASE_ID.eq(PRIVACY_CASE.ID))
        .where(PRIVACY_CASE.RECEIVED_DATE.between(from, to))
        .groupBy(PRIVACY_CASE.CASE_TYPE, PRIVACY_CASE.CHANNEL, CA_DISCLOSURE_REQUEST.DESIGNATED);
  }

  @Override
  public List<ClosureRow> closures(Instant from, Instant to) {
    return closuresQuery(dsl, from, to)
        .fetch(
            r ->
                new ClosureRow(
                    r.get(CASE_CLOSURE.CASE_ID),
                    r.get(PRIVACY_CASE.CASE_TYPE),
                    r.get(PRIVACY_CASE.RECEIVED_DATE),
                    r.get(APP_USER.USERNAME),
                    Timestamps.fromDb(r.get(CASE_CLOSURE.CLOSED_AT)),
                    r.get(CASE_CLOSURE.STATUS),
                    r.get(CASE_CLOSURE.OUTCOME),
                    r.get(CASE_CLOSURE.STATUTORY_DUE),
                    r.get(CASE_CLOSURE.INTERNAL_DUE),
                    r.get(CASE_CLOSURE.CHANGE_NOTICE_ON),
                    r.get(CASE_CLOSURE.IDENTIFIERS_PURGED),
                    r.get(CASE_CLOSURE.LAST_SUPPRESSED_ON)));
  }

  static ResultQuery<? extends org.jooq.Record> closuresQuery(
      DSLContext dsl, Instant from, Instant to) {
    return dsl.select(
            CASE_CLOSURE.CASE_ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.RECEIVED_DATE,
            APP_USER.USERNAME,
            CASE_CLOSURE.CLOSED_AT,
            CASE_CLOSURE.STATUS,
            CASE_CLOSURE.OUTCOME,
            CASE_CLOSURE.STATUTORY_DUE,
            CASE_CLOSURE.INTERNAL_DUE,
            CASE_CLOSURE.CHANGE_NOTICE_ON,
            CASE_CLOSURE.IDENTIFIERS_PURGED,
            CASE_CLOSURE.LAST_SUPPRESSED_ON)
        .from(CASE_CLOSURE)
        .join(PRIVACY_CASE)
        .on(PRIVACY_CASE.ID.eq(CASE_CLOSURE.CASE_ID))
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(PRIVACY_CASE.ASSIGNEE_ID))
        .where(CASE_CLOSURE.CLOSED_AT.ge(Timestamps.toDb(from)))
        .and(CASE_CLOSURE.CLOSED_AT.lt(Timestamps.toDb(to)))
        .and(notReopenedBefore(to))
        .orderBy(CASE_CLOSURE.CLOSED_AT, CASE_CLOSURE.CASE_ID);
  }

  private static org.jooq.Condition notReopenedBefore(Instant at) {
    return CASE_CLOSURE.REOPENED_AT.isNull().or(CASE_CLOSURE.REOPENED_AT.ge(Timestamps.toDb(at)));
  }

  private static org.jooq.Condition clock(
      CaseClock alias, org.jooq.Field<Long> caseId, String name) {
    return alias.CASE_ID.eq(caseId).and(alias.NAME.eq(name));
  }

  private static org.jooq.Condition item(
      CaseChecklist alias, org.jooq.Field<Long> caseId, ChecklistItem item) {
    return alias.CASE_ID.eq(caseId).and(alias.ITEM_KEY.eq(item.name()));
  }

  @Override
  public List<OpenRow> openAt(Instant at, LocalDate lastDay) {
    return openQuery(dsl, at, lastDay)
        .fetch(
            r ->
                new OpenRow(
                    r.get(PRIVACY_CASE.ID),
                    r.get(PRIVACY_CASE.CASE_TYPE),
                    r.get(PRIVACY_CASE.RECEIVED_DATE),
                    r.get(APP_USER.USERNAME),
                    r.get(STATUTORY.DUE_DATE),
                    r.get(INTERNAL.DUE_DATE),
                    r.get(NOTICE.DUE_DATE),
                    r.get(CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON)));
  }

  /**
   * Open at {@code at}: received by {@code lastDay}, with no closure in force at {@code at}, among
   * the cases open now (an open case always has a due date) and the ended ones whose latest closure
   * is at or after {@code at}. Two disjoint selects, each read through its own index.
   */
  static ResultQuery<? extends org.jooq.Record> openQuery(
      DSLContext dsl, Instant at, LocalDate lastDay) {
    return openAmong(
            dsl,
            at,
            lastDay,
            IndexHints.privacyCase(dsl, "IX_CASE_DUE"),
            PRIVACY_CASE.DUE_DATE.between(JooqQueueQueries.OPEN_FLOOR, OPEN_CEILING))
        .unionAll(
            openAmong(
                dsl,
                at,
                lastDay,
                IndexHints.privacyCase(dsl, "IX_CASE_CLOSED"),
                PRIVACY_CASE.CLOSED_AT.ge(Timestamps.toDb(at)).and(PRIVACY_CASE.DUE_DATE.isNull())))
        .orderBy(DSL.field(DSL.name(PRIVACY_CASE.ID.getName())));
  }

  private static org.jooq.SelectConditionStep<
          org.jooq.Record8<
              Long, CaseType, LocalDate, String, LocalDate, LocalDate, LocalDate, LocalDate>>
      openAmong(
          DSLContext dsl,
          Instant at,
          LocalDate lastDay,
          org.jooq.Table<?> cases,
          org.jooq.Condition candidates) {
    return dsl.select(
            PRIVACY_CASE.ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.RECEIVED_DATE,
            APP_USER.USERNAME,
            STATUTORY.DUE_DATE,
            INTERNAL.DUE_DATE,
            NOTICE.DUE_DATE,
            CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON)
        .from(cases)
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(PRIVACY_CASE.ASSIGNEE_ID))
        .leftJoin(STATUTORY)
        .on(clock(STATUTORY, PRIVACY_CASE.ID, DeadlineRules.STATUTORY))
        .leftJoin(INTERNAL)
        .on(clock(INTERNAL, PRIVACY_CASE.ID, DeadlineRules.INTERNAL))
        .leftJoin(NOTICE)
        .on(clock(NOTICE, PRIVACY_CASE.ID, DeadlineRules.LAW_ENFORCEMENT_NOTICE))
        .leftJoin(CPNI_BREACH)
        .on(CPNI_BREACH.CASE_ID.eq(PRIVACY_CASE.ID))
        .where(candidates)
        .and(PRIVACY_CASE.RECEIVED_DATE.le(lastDay))
        .andNotExists(
            DSL.selectOne()
                .from(CASE_CLOSURE)
                .where(CASE_CLOSURE.CASE_ID.eq(PRIVACY_CASE.ID))
                .and(CASE_CLOSURE.CLOSED_AT.lt(Timestamps.toDb(at)))
                .and(notReopenedBefore(at)));
  }

  @Override
  public Map<String, Long> complaintCategories(LocalDate from, LocalDate to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    complaintsQuery(dsl, from, to).forEach(r -> counts.put(r.value1(), r.value2()));
    return counts;
  }

  static ResultQuery<org.jooq.Record2<String, Long>> complaintsQuery(
      DSLContext dsl, LocalDate from, LocalDate to) {
    return dsl.select(CATEGORY.CHOICE, DSL.count().cast(Long.class))
        .from(IndexHints.privacyCase(dsl, "IX_CASE_RECEIVED"))
        .leftJoin(CATEGORY)
        .on(item(CATEGORY, PRIVACY_CASE.ID, ChecklistItem.COMPLAINT_CATEGORY))
        .where(PRIVACY_CASE.RECEIVED_DATE.between(from, to))
        .and(PRIVACY_CASE.CASE_TYPE.eq(CaseType.PASSWORD_COMPROMISE))
        .groupBy(CATEGORY.CHOICE);
  }

  @Override
  public List<BreachRow> breaches(LocalDate from, LocalDate to) {
    return breachQuery(dsl, from, to)
        .fetch(
            r ->
                new BreachRow(
                    r.get(CPNI_BREACH.CASE_ID),
                    r.get(PRIVACY_CASE.STATUS),
                    r.get(CPNI_BREACH.DETERMINED_ON),
                    r.get(NOTICE.DUE_DATE),
                    r.get(CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON),
                    r.get(EARLIEST.DUE_DATE),
                    r.get(CUSTOMERS.DONE_ON),
                    r.get(CUSTOMERS.CHOICE)));
  }

  static ResultQuery<? extends org.jooq.Record> breachQuery(
      DSLContext dsl, LocalDate from, LocalDate to) {
    return dsl.select(
            CPNI_BREACH.CASE_ID,
            PRIVACY_CASE.STATUS,
            CPNI_BREACH.DETERMINED_ON,
            NOTICE.DUE_DATE,
            CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON,
            EARLIEST.DUE_DATE,
            CUSTOMERS.DONE_ON,
            CUSTOMERS.CHOICE)
        .from(CPNI_BREACH)
        .join(PRIVACY_CASE)
        .on(PRIVACY_CASE.ID.eq(CPNI_BREACH.CASE_ID))
        .leftJoin(NOTICE)
        .on(clock(NOTICE, CPNI_BREACH.CASE_ID, DeadlineRules.LAW_ENFORCEMENT_NOTICE))
        .leftJoin(EARLIEST)
        .on(clock(EARLIEST, CPNI_BREACH.CASE_ID, DeadlineRules.EARLIEST_CUSTOMER_NOTICE))
        .leftJoin(CUSTOMERS)
        .on(item(CUSTOMERS, CPNI_BREACH.CASE_ID, ChecklistItem.CUSTOMERS_NOTIFIED))
        .where(CPNI_BREACH.DETERMINED_ON.between(from, to))
        .orderBy(CPNI_BREACH.DETERMINED_ON, CPNI_BREACH.CASE_ID);
  }

  @Override
  public long endedBefore(CaseType type, Instant cutoff, Instant asOf) {
    return endedBeforeQuery(dsl, type, cutoff, asOf).fetchOne(0, Long.class);
  }

  /**
   * The closure in force at {@code asOf} (not reopened by then) older than {@code cutoff}, of a
   * case not purged by then: a reopening, a new closure or a purge made later leaves the count of a
   * finished month as it was.
   */
  static ResultQuery<org.jooq.Record1<Long>> endedBeforeQuery(
      DSLContext dsl, CaseType type, Instant cutoff, Instant asOf) {
    // the closures older than the cutoff through their index, each case looked up by its key (a
    // join lets H2 walk every case of the type first)
    return dsl.select(DSL.count().cast(Long.class))
        .from(
            dsl.family() == org.jooq.SQLDialect.H2
                ? CASE_CLOSURE.useIndex("IX_CLOSURE_CLOSED")
                : CASE_CLOSURE)
        .where(CASE_CLOSURE.CLOSED_AT.lt(Timestamps.toDb(cutoff)))
        .and(notReopenedBefore(asOf))
        .andExists(
            DSL.selectOne()
                .from(PRIVACY_CASE)
                .where(PRIVACY_CASE.ID.eq(CASE_CLOSURE.CASE_ID))
                .and(PRIVACY_CASE.CASE_TYPE.eq(type))
                .and(
                    PRIVACY_CASE
                        .PURGED_AT
                        .isNull()
                        .or(PRIVACY_CASE.PURGED_AT.gt(Timestamps.toDb(asOf)))));
  }

  @Override
  public Map<Long, List<Assignment>> assignments(java.util.Collection<Long> caseIds) {
    Map<Long, List<Assignment>> out = new java.util.HashMap<>();
    List<Long> ids = List.copyOf(caseIds);
    for (int from = 0; from < ids.size(); from += 1_000) {
      dsl.select(CASE_ASSIGNMENT.CASE_ID, CASE_ASSIGNMENT.ASSIGNED_AT, APP_USER.USERNAME)
          .from(CASE_ASSIGNMENT)
          .leftJoin(APP_USER)
          .on(APP_USER.ID.eq(CASE_ASSIGNMENT.ASSIGNEE_ID))
          .where(
              CASE_ASSIGNMENT.CASE_ID.in(
                  SealedTables.literal(ids.subList(from, Math.min(ids.size(), from + 1_000)))))
          .orderBy(CASE_ASSIGNMENT.CASE_ID, CASE_ASSIGNMENT.ASSIGNED_AT)
          .forEach(
              r ->
                  out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                      .add(new Assignment(Timestamps.fromDb(r.value2()), r.value3())));
    }
    return out;
  }

  @Override
  public java.util.Optional<FrozenMonth> frozen(java.time.YearMonth month) {
    return dsl.selectFrom(MONTH_REPORT)
        .where(MONTH_REPORT.REPORT_MONTH.eq(ReportData.monthRecordId(month)))
        .fetchOptional(
            r ->
                new FrozenMonth(
                    month,
                    Timestamps.fromDb(r.getFrozenAt()),
                    r.getFrozenBy(),
                    r.getCalendar(),
                    r.getMeasured(),
                    r.getReportTables()));
  }

  @Override
  public void freeze(FrozenMonth month) {
    dsl.insertInto(MONTH_REPORT)
        .set(MONTH_REPORT.REPORT_MONTH, ReportData.monthRecordId(month.month()))
        .set(MONTH_REPORT.FROZEN_AT, Timestamps.toDb(month.frozenAt()))
        .set(MONTH_REPORT.FROZEN_BY, month.frozenBy())
        .set(MONTH_REPORT.CALENDAR, month.calendar())
        .set(MONTH_REPORT.MEASURED, month.measured())
        .set(MONTH_REPORT.REPORT_TABLES, month.tables())
        .execute();
  }

  /** Every statement of one month's report, values inlined: the benchmark's raw yardstick. */
  static List<Query> monthQueries(
      DSLContext dsl,
      LocalDate first,
      LocalDate last,
      Instant from,
      Instant to,
      Map<CaseType, Instant> retentionCutoffs) {
    var queries = new java.util.ArrayList<Query>();
    queries.add(receivedQuery(dsl, first, last));
    queries.add(closuresQuery(dsl, from, to));
    queries.add(openQuery(dsl, to, last));
    queries.add(complaintsQuery(dsl, first, last));
    queries.add(breachQuery(dsl, first, last));
    retentionCutoffs.forEach(
        (type, cutoff) -> queries.add(endedBeforeQuery(dsl, type, cutoff, to)));
    return queries;
  }
}
