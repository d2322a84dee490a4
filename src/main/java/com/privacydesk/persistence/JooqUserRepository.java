package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.SIGN_IN_FAILURE;

import com.privacydesk.app.port.UserRepository;
import com.privacydesk.domain.audit.ChainKey;
import com.privacydesk.domain.user.Role;
import com.privacydesk.persistence.generated.tables.records.AppUserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Users in table APP_USER. */
final class JooqUserRepository implements UserRepository {
  /** What the keyed digest of a name tried at sign-in is for. */
  private static final String SIGN_IN_NAME = "sign-in name";

  private final DSLContext dsl;
  private final ChainKey key;

  JooqUserRepository(DSLContext dsl, ChainKey key) {
    this.dsl = dsl;
    this.key = key;
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
    dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(id)).execute();
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
        .where(APP_USER.ID.eq(id))
        .execute();
  }

  @Override
  public int signInFailures(String username) {
    return failures(key.digest(SIGN_IN_NAME, username));
  }

  /** The failures counted under the name digest {@code digest}; 0 when none. */
  private int failures(String digest) {
    return dsl.select(SIGN_IN_FAILURE.FAILURES)
        .from(SIGN_IN_FAILURE)
        .where(SIGN_IN_FAILURE.NAME_DIGEST.eq(digest))
        .fetchOptional(SIGN_IN_FAILURE.FAILURES)
        .orElse(0);
  }

  @Override
  public int recordSignInFailure(String username, Instant at) {
    String digest = key.digest(SIGN_IN_NAME, username);
    dsl.insertInto(SIGN_IN_FAILURE)
        .set(SIGN_IN_FAILURE.NAME_DIGEST, digest)
        .set(SIGN_IN_FAILURE.FAILURES, 1)
        .set(SIGN_IN_FAILURE.LAST_FAILED_AT, Timestamps.toDb(at))
        .onConflict(SIGN_IN_FAILURE.NAME_DIGEST)
        .doUpdate()
        .set(SIGN_IN_FAILURE.FAILURES, SIGN_IN_FAILURE.FAILURES.plus(1))
        .set(SIGN_IN_FAILURE.LAST_FAILED_AT, Timestamps.toDb(at))
        .execute();
    return failures(digest);
  }

  @Override
  public void clearSignInFailures(String username) {
    dsl.deleteFrom(SIGN_IN_FAILURE)
        .where(SIGN_IN_FAILURE.NAME_DIGEST.eq(key.digest(SIGN_IN_NAME, username)))
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

  @Override
  public void matchServerLogin(
      String username,
      Role role,
      char @org.jspecify.annotations.Nullable [] password,
      boolean maySignIn) {
    if (!ServerLogins.onServer(dsl)) {
      return;
    }
    dsl.fetch(
        "select privacydesk_set_login(?, ?, ?, ?)",
        username,
        role.name(),
        password == null ? null : ServerLogins.verifier(password),
        maySignIn);
  }

  @Override
  public void changeOwnServerPassword(String username, Role role, char[] password) {
    if (!ServerLogins.onServer(dsl)) {
      return;
    }
    if (com.privacydesk.app.DatabaseServer.loginOf(username)
        .equals(dsl.fetchValue("select session_user", String.class))) {
      // a user's own account may change its own password: no administrator's function needed
      dsl.execute(
          "alter role current_user password {0}", DSL.inline(ServerLogins.verifier(password)));
    } else {
      // the schema's owner (a shared account): through the function, as for an administrator
      matchServerLogin(username, role, password, true);
    }
  }
}
