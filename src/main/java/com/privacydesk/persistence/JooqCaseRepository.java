package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.calendar.CaseClock;
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

  private SelectOnConditionStep<Record> summaries() {
    return dsl.select(PRIVACY_CASE.fields())
        .select(APP_USER.USERNAME)
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
        r.get(PRIVACY_CASE.VERSION));
  }
}
