package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseRepository.ClockInputs;
import com.privacydesk.domain.calendar.CaseClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** A case's clocks: what they are computed from, and storing them. */
final class JooqCaseClocks {
  private final DSLContext dsl;

  JooqCaseClocks(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** What a case's clocks are computed from: type, received date, channel, notice date. */
  Optional<ClockInputs> inputs(long caseId) {
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
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    Optional.ofNullable(r.value4()),
                    r.value5(),
                    r.value6()));
  }

  /** Stores the clocks of each case, in one statement. */
  void insert(Map<Long, List<CaseClock>> clocksByCase) {
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
    boolean any = false;
    for (var e : clocksByCase.entrySet()) {
      for (CaseClock c : e.getValue()) {
        any = true;
        insert =
            insert.values(
                e.getKey(),
                c.name(),
                c.due(),
                c.dayType(),
                c.days(),
                c.ruleVersion(),
                String.join("\n", c.explanation()));
      }
    }
    if (any) {
      insert.execute();
    }
  }
}
