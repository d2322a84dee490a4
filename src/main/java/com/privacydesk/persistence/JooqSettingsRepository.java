package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_SETTING;

import com.privacydesk.app.port.SettingsRepository;
import java.util.Optional;
import org.jooq.DSLContext;

/** Settings in APP_SETTING. */
final class JooqSettingsRepository implements SettingsRepository {
  private final DSLContext dsl;

  JooqSettingsRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<String> get(String key) {
    return dsl.select(APP_SETTING.SETTING_VALUE)
        .from(APP_SETTING)
        .where(APP_SETTING.SETTING_KEY.eq(key))
        .fetchOptional(APP_SETTING.SETTING_VALUE);
  }

  @Override
  public void put(String key, String value) {
    dsl.mergeInto(APP_SETTING)
        .using(dsl.selectOne())
        .on(APP_SETTING.SETTING_KEY.eq(key))
        .whenMatchedThenUpdate()
        .set(APP_SETTING.SETTING_VALUE, value)
        .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
        .values(key, value)
        .execute();
  }
}
