package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_PRESENCE;

import com.privacydesk.app.port.PresenceRepository;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** CASE_PRESENCE, timed by the database server's clock. */
final class JooqPresenceRepository implements PresenceRepository {
  private final DSLContext dsl;

  JooqPresenceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void beat(long userId, Collection<Long> caseIds) {
    var mine = CASE_PRESENCE.USER_ID.eq(userId);
    dsl.deleteFrom(CASE_PRESENCE)
        .where(
            caseIds.isEmpty()
                ? mine
                : mine.and(CASE_PRESENCE.CASE_ID.notIn(SealedTables.literal(caseIds))))
        .execute();
    for (long caseId : caseIds) {
      dsl.insertInto(CASE_PRESENCE)
          .set(CASE_PRESENCE.CASE_ID, caseId)
          .set(CASE_PRESENCE.USER_ID, userId)
          .set(CASE_PRESENCE.SEEN_AT, DSL.currentOffsetDateTime())
          .onDuplicateKeyUpdate()
          .set(CASE_PRESENCE.SEEN_AT, DSL.currentOffsetDateTime())
          .execute();
    }
  }

  @Override
  public void clear(long userId) {
    dsl.deleteFrom(CASE_PRESENCE).where(CASE_PRESENCE.USER_ID.eq(userId)).execute();
  }

  @Override
  public Map<Long, List<String>> others(long userId, Collection<Long> caseIds, Duration fresh) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    OffsetDateTime now = dsl.select(DSL.currentOffsetDateTime()).fetchOne(0, OffsetDateTime.class);
    Map<Long, List<String>> out = new TreeMap<>();
    dsl.select(CASE_PRESENCE.CASE_ID, APP_USER.USERNAME)
        .from(CASE_PRESENCE)
        .join(APP_USER)
        .on(APP_USER.ID.eq(CASE_PRESENCE.USER_ID))
        .where(CASE_PRESENCE.CASE_ID.in(SealedTables.literal(caseIds)))
        .and(CASE_PRESENCE.USER_ID.ne(userId))
        .and(CASE_PRESENCE.SEEN_AT.gt(now.minus(fresh)))
        .orderBy(CASE_PRESENCE.CASE_ID, APP_USER.USERNAME)
        .forEach(
            r -> out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
    return out;
  }
}
