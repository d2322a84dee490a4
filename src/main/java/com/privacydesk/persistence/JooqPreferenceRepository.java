package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.SAVED_VIEW;
import static com.privacydesk.persistence.generated.Tables.USER_PREFERENCE;

import com.privacydesk.app.port.PreferenceRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SAVED_VIEW and USER_PREFERENCE. */
final class JooqPreferenceRepository implements PreferenceRepository {
  private final DSLContext dsl;

  JooqPreferenceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<StoredView> views(long ownerId) {
    return dsl.select(SAVED_VIEW.ID, SAVED_VIEW.NAME, SAVED_VIEW.FILTER)
        .from(SAVED_VIEW)
        .where(SAVED_VIEW.OWNER_ID.eq(ownerId))
        .orderBy(DSL.lower(SAVED_VIEW.NAME), SAVED_VIEW.ID)
        .fetch(r -> new StoredView(r.value1(), r.value2(), r.value3()));
  }

  @Override
  public Optional<StoredView> viewNamed(long ownerId, String name) {
    return dsl.select(SAVED_VIEW.ID, SAVED_VIEW.NAME, SAVED_VIEW.FILTER)
        .from(SAVED_VIEW)
        .where(SAVED_VIEW.OWNER_ID.eq(ownerId))
        .and(DSL.lower(SAVED_VIEW.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)))
        .fetchOptional(r -> new StoredView(r.value1(), r.value2(), r.value3()));
  }

  @Override
  public long insertView(long ownerId, String name, String filter, Instant at) {
    return dsl.insertInto(SAVED_VIEW)
        .set(SAVED_VIEW.OWNER_ID, ownerId)
        .set(SAVED_VIEW.NAME, name)
        .set(SAVED_VIEW.FILTER, filter)
        .set(SAVED_VIEW.CREATED_AT, Timestamps.toDb(at))
        .returning(SAVED_VIEW.ID)
        .fetchSingle()
        .getId();
  }

  @Override
  public boolean updateView(long ownerId, long viewId, String filter) {
    return dsl.update(SAVED_VIEW)
            .set(SAVED_VIEW.FILTER, filter)
            .where(SAVED_VIEW.ID.eq(viewId))
            .and(SAVED_VIEW.OWNER_ID.eq(ownerId))
            .execute()
        == 1;
  }

  @Override
  public boolean deleteView(long ownerId, long viewId) {
    return dsl.deleteFrom(SAVED_VIEW)
            .where(SAVED_VIEW.ID.eq(viewId))
            .and(SAVED_VIEW.OWNER_ID.eq(ownerId))
            .execute()
        == 1;
  }

  @Override
  public Map<String, String> preferences(long userId) {
    Map<String, String> out = new LinkedHashMap<>();
    dsl.select(USER_PREFERENCE.PREF_KEY, USER_PREFERENCE.PREF_VALUE)
        .from(USER_PREFERENCE)
        .where(USER_PREFERENCE.USER_ID.eq(userId))
        .orderBy(USER_PREFERENCE.PREF_KEY)
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  @Override
  public void putPreference(long userId, String key, String value) {
    dsl.mergeInto(USER_PREFERENCE)
        .using(DSL.selectOne())
        .on(USER_PREFERENCE.USER_ID.eq(userId).and(USER_PREFERENCE.PREF_KEY.eq(key)))
        .whenMatchedThenUpdate()
        .set(USER_PREFERENCE.PREF_VALUE, value)
        .whenNotMatchedThenInsert(
            USER_PREFERENCE.USER_ID, USER_PREFERENCE.PREF_KEY, USER_PREFERENCE.PREF_VALUE)
        .values(userId, key, value)
        .execute();
  }
}
