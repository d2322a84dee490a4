package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;

import com.privacydesk.app.port.UserRepository;
import com.privacydesk.domain.user.Role;
import com.privacydesk.persistence.generated.tables.records.AppUserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Users in table APP_USER. */
final class JooqUserRepository implements UserRepository {
  private final DSLContext dsl;

  JooqUserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long count() {
    return dsl.fetchCount(APP_USER);
  }

  @Override
  public Optional<StoredUser> findByUsername(String username) {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.USERNAME.eq(username))
        .fetchOptional()
        .map(JooqUserRepository::map);
  }

  @Override
  public Optional<StoredUser> findById(long id) {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.ID.eq(id))
        .fetchOptional()
        .map(JooqUserRepository::map);
  }

  @Override
  public List<StoredUser> listAll() {
    return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(JooqUserRepository::map);
  }

  @Override
  public void setEnabled(long id, boolean enabled) {
    var update = dsl.update(APP_USER).set(APP_USER.ENABLED, enabled);
    if (enabled) {
      update = update.set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL);
    }
    update.where(APP_USER.ID.eq(id)).execute();
  }

  @Override
  public void setRole(long id, Role role) {
    dsl.update(APP_USER).set(APP_USER.ROLE, role).where(APP_USER.ID.eq(id)).execute();
  }

  @Override
  public void setPassword(long id, String passwordHash, Instant changedAt) {
    dsl.update(APP_USER)
        .set(APP_USER.PASSWORD_HASH, passwordHash)
        .set(APP_USER.PASSWORD_CHANGED_AT, Timestamps.toDb(changedAt))
        .set(APP_USER.FAILED_LOGINS, 0)
        .setNull(APP_USER.LOCKED_UNTIL)
        .where(APP_USER.ID.eq(id))
        .execute();
  }

  @Override
  public void setFailures(long id, int failedLogins, Instant lockedUntil) {
    dsl.update(APP_USER)
        .set(APP_USER.FAILED_LOGINS, failedLogins)
        .set(APP_USER.LOCKED_UNTIL, lockedUntil == null ? null : Timestamps.toDb(lockedUntil))
        .where(APP_USER.ID.eq(id))
        .execute();
  }

  @Override
  public List<StoredUser> listEnabled() {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.ENABLED.isTrue())
        .orderBy(APP_USER.USERNAME)
        .fetch(JooqUserRepository::map);
  }

  @Override
  public long insert(String username, Role role, String passwordHash, Instant createdAt) {
    return dsl.insertInto(APP_USER)
        .set(APP_USER.USERNAME, username)
        .set(APP_USER.ROLE, role)
        .set(APP_USER.PASSWORD_HASH, passwordHash)
        .set(APP_USER.ENABLED, true)
        .set(APP_USER.CREATED_AT, Timestamps.toDb(createdAt))
        .set(APP_USER.PASSWORD_CHANGED_AT, Timestamps.toDb(createdAt))
        .returning(APP_USER.ID)
        .fetchSingle()
        .getId();
  }

  private static StoredUser map(AppUserRecord r) {
    return new StoredUser(
        r.getId(),
        r.getUsername(),
        r.getRole(),
        r.getPasswordHash(),
        r.getEnabled(),
        r.getFailedLogins(),
        r.getLockedUntil() == null ? null : Timestamps.fromDb(r.getLockedUntil()),
        Timestamps.fromDb(r.getCreatedAt()));
  }
}
