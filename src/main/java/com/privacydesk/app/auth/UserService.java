package com.privacydesk.app.auth;

import com.privacydesk.app.Actor;
import com.privacydesk.app.LockoutPolicy;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.RecordTamperedException;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.PasswordRules;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.user.Username;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accounts: the first administrator, managing users, passwords, signing in and lock-out. */
public final class UserService {
  private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

  public static final String FIELD_USERNAME = "username";
  public static final String FIELD_PASSWORD = "password";
  public static final String FIELD_ROLE = "role";
  public static final String FIELD_CURRENT_PASSWORD = "currentPassword";

  private final TransactionRunner tx;
  private final PasswordHasher hasher;
  private final Clock clock;

  /** Failed sign-ins in a row in this process (this workstation's window or command). */
  private final java.util.concurrent.atomic.AtomicInteger workstationFailures =
      new java.util.concurrent.atomic.AtomicInteger();

  private volatile Waiter waiter = UserService::sleep;

  public UserService(TransactionRunner tx, PasswordHasher hasher, Clock clock) {
    this.tx = tx;
    this.hasher = hasher;
    this.clock = clock;
  }

  /** True on a fresh database: the first start must create an administrator. */
  public boolean needsFirstAdmin() {
    return tx.inTransaction(r -> r.users().count() == 0);
  }

  /**
   * Creates the first account, an administrator, on an empty database. Refused once any account
   * exists, so it cannot be used to get around sign-in later.
   */
  public Actor createFirstAdmin(String username, char[] password) {
    List<FieldError> errors = validate(username, Role.ADMIN, password);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    String hash = hasher.hash(password);
    return tx.inTransaction(
        r -> {
          if (r.users().count() > 0) {
            throw new IllegalStateException("An administrator already exists; sign in instead.");
          }
          return insert(r, null, Username.normalize(username), Role.ADMIN, hash, password);
        });
  }

  /** Adds an account; administrators only. Returns the new user's id. */
  public long addUser(Actor actor, String username, Role role, char[] password) {
    actor.require(Permission.MANAGE_USERS);
    List<FieldError> errors = validate(username, role, password);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    String hash = hasher.hash(password);
    return tx.inTransaction(
            actor, r -> insert(r, actor, Username.normalize(username), role, hash, password))
        .userId();
  }

  /**
   * Checks a name and password; returns the signed-in user.
   *
   * <p>Every failure (an unknown name, a wrong password, a disabled account) gets the same answer,
   * {@link AuthenticationException}, after the same work: one password hash, one count of failures
   * with that name and one audit entry. Nobody can lock an account: the right password always signs
   * in. Instead, once a name has failed {@link LockoutPolicy#attempts()} times in a row (on any
   * workstation, whether an account has that name or not), or this workstation has, each further
   * failure is answered only after a delay that doubles from 1 second up to the policy's longest
   * ({@link #delayAfter}). The first failure past the limit is audited as SIGN_IN_THROTTLED, and
   * administrators see the count in the accounts list.
   */
  public Actor authenticate(String username, char[] password) {
    String name = Username.normalize(username);
    // a name no account can have is not looked up (PostgreSQL refuses some, e.g. with NUL,
    // outright), but it is counted like any other
    boolean possible = Username.validate("username", name).isEmpty();
    SignInState state =
        tx.inTransaction(
            r ->
                new SignInState(
                    possible ? r.users().findByUsername(name).orElse(null) : null,
                    LockoutPolicy.load(r.settings())));
    StoredUser user = state.user();
    boolean passwordOk;
    if (user == null) {
      // hash anyway so a wrong name takes as long as a wrong password
      hasher.hash(password);
      passwordOk = false;
    } else {
      passwordOk = hasher.verify(password, user.passwordHash());
    }
    Instant now = clock.instant();
    if (user == null || !passwordOk || !user.enabled()) {
      int failures = tx.inTransaction(r -> recordFailure(r, name, user, state.policy(), now));
      int here = workstationFailures.incrementAndGet();
      Duration delay = delayAfter(state.policy(), Math.max(failures, here));
      LOG.info(
          "Sign-in refused ({}); answered after {} ms",
          user == null ? "unknown name" : "user " + user.id(),
          delay.toMillis());
      waiter.waitFor(delay);
      throw new AuthenticationException();
    }
    workstationFailures.set(0);
    Actor actor = new Actor(user.id(), user.username(), user.role());
    try {
      tx.inTransaction(
          actor,
          r -> {
            r.users().clearSignInFailures(user.username());
            r.audit().append(actor.audit(now, "SIGN_IN", "USER", actor.userId(), ""));
            return null;
          });
    } catch (RecordTamperedException e) {
      // a role or password written into the file grants nothing: the account's record no longer
      // matches its seal; said in the trail (not about the USER: that would seal the forgery)
      tx.inTransaction(
          r -> {
            r.audit()
                .append(
                    new AuditEntry(
                        now,
                        null,
                        "PrivacyDesk",
                        "SIGN_IN_REFUSED",
                        "SECURITY",
                        user.id(),
                        "seal"));
            return null;
          });
      LOG.warn(
          "Sign-in refused for user {}: the account was changed outside PrivacyDesk", user.id());
      throw new AccountTamperedException();
    }
    LOG.info("User {} signed in ({})", actor.userId(), actor.role());
    return actor;
  }

  /** Ends {@code actor}'s session in the window (audited), so that someone else can sign in. */
  public void signOut(Actor actor) {
    Instant now = clock.instant();
    // not checked against the account: a session whose account was disabled may still end
    tx.inTransaction(
        r -> {
          r.audit().append(actor.audit(now, "SIGN_OUT", "USER", actor.userId(), ""));
          return null;
        });
    // each session's end is anchored outside the database (the witness file, when set)
    tx.inTransaction(r -> r.audit().checkpoint(now, "sign-out"));
    LOG.info("User {} signed out", actor.userId());
  }

  /**
   * Counts a failed sign-in with {@code name} and audits it (naming the account when one has that
   * name); returns the failures in a row with that name.
   */
  private static int recordFailure(
      Repositories r, String name, StoredUser user, LockoutPolicy policy, Instant now) {
    int failures = r.users().recordSignInFailure(name, now);
    AuditEntry entry =
        user == null
            ? new AuditEntry(
                now, null, "PrivacyDesk", "SIGN_IN_FAILED", "SECURITY", null, "unknown name")
            : new AuditEntry(
                now,
                user.id(),
                user.username(),
                failures == policy.attempts() + 1 ? "SIGN_IN_THROTTLED" : "SIGN_IN_FAILED",
                // about SECURITY, not the USER: an entry about the account would check and renew
                // its seal, work (and, for an account changed outside PrivacyDesk, a refusal) that
                // an unknown name does not cause, and so tell the two apart
                "SECURITY",
                user.id(),
                "failures=" + failures);
    r.audit().append(entry);
    return failures;
  }

  /**
   * How long the answer to a failed sign-in waits after {@code failures} in a row: nothing up to
   * the policy's attempts, then 1 second, doubling with each further failure, up to its longest
   * delay.
   */
  public static Duration delayAfter(LockoutPolicy policy, int failures) {
    int over = failures - policy.attempts();
    if (over <= 0) {
      return Duration.ZERO;
    }
    Duration longest = policy.duration();
    Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 30));
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  /** Where the sign-in's answer waits; the tests replace it to see the delays without waiting. */
  @FunctionalInterface
  public interface Waiter {
    /** Waits {@code delay}. */
    void waitFor(Duration delay);
  }

  /** Makes sign-in wait with {@code waiter}; for tests. */
  public void waitWith(Waiter waiter) {
    this.waiter = waiter;
  }

  private static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record SignInState(StoredUser user, LockoutPolicy policy) {}

  /** Enabled users (for assignment lists); any signed-in user may see names. */
  public List<UserSummary> listEnabled(Actor actor) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r ->
            r.users().listEnabled().stream()
                .map(u -> new UserSummary(u.id(), u.username(), u.role()))
                .toList());
  }

  /** Every account with its state, for the administrators' screen. */
  public List<Account> listAccounts(Actor actor) {
    actor.require(Permission.MANAGE_USERS);
    return tx.inTransaction(
        actor,
        r ->
            r.users().listAll().stream()
                .map(
                    u ->
                        new Account(
                            u.id(),
                            u.username(),
                            u.role(),
                            u.enabled(),
                            r.users().signInFailures(u.username()),
                            u.createdAt()))
                .toList());
  }

  /**
   * Disables or re-enables an account; administrators only. An administrator cannot disable
   * themselves, nor the last enabled administrator. Re-enabling lifts a lock-out.
   */
  public void setEnabled(Actor actor, long userId, boolean enabled) {
    actor.require(Permission.MANAGE_USERS);
    tx.inTransaction(
        actor,
        r -> {
          StoredUser user = existing(r, userId);
          if (!enabled && userId == actor.userId()) {
            throw new RefusedException(Refusal.of("users.self"));
          }
          if (!enabled && user.role() == Role.ADMIN && user.enabled() && enabledAdmins(r) <= 1) {
            throw new RefusedException(Refusal.of("users.lastAdmin"));
          }
          if (user.enabled() != enabled) {
            r.users().setEnabled(userId, enabled);
            r.users().matchServerLogin(user.username(), user.role(), null, enabled);
            r.audit()
                .append(
                    actor.audit(
                        clock.instant(),
                        enabled ? "USER_ENABLE" : "USER_DISABLE",
                        "USER",
                        userId,
                        ""));
          }
          return null;
        });
  }

  /** Changes an account's role; the last enabled administrator keeps theirs. */
  public void changeRole(Actor actor, long userId, Role role) {
    actor.require(Permission.MANAGE_USERS);
    tx.inTransaction(
        actor,
        r -> {
          StoredUser user = existing(r, userId);
          if (user.role() == role) {
            return null;
          }
          if (user.role() == Role.ADMIN && user.enabled() && enabledAdmins(r) <= 1) {
            throw new RefusedException(Refusal.of("users.lastAdmin"));
          }
          r.users().setRole(userId, role);
          r.users().matchServerLogin(user.username(), role, null, user.enabled());
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "USER_ROLE",
                      "USER",
                      userId,
                      "role=" + user.role() + " -> " + role));
          return null;
        });
  }

  /**
   * Forgets an account's failed sign-ins, so that its answers are no longer delayed; administrators
   * only.
   */
  public void unlock(Actor actor, long userId) {
    actor.require(Permission.MANAGE_USERS);
    tx.inTransaction(
        actor,
        r -> {
          r.users().clearSignInFailures(existing(r, userId).username());
          r.audit().append(actor.audit(clock.instant(), "USER_UNLOCK", "USER", userId, ""));
          return null;
        });
  }

  /** Sets another user's password (they forgot theirs); administrators only. */
  public void resetPassword(Actor actor, long userId, char[] newPassword) {
    actor.require(Permission.MANAGE_USERS);
    PasswordRules.validate(FIELD_PASSWORD, newPassword).ifPresent(e -> throwValidation(List.of(e)));
    String hash = hasher.hash(newPassword);
    tx.inTransaction(
        actor,
        r -> {
          StoredUser user = existing(r, userId);
          r.users().clearSignInFailures(user.username());
          r.users().setPassword(userId, hash, clock.instant());
          r.users().matchServerLogin(user.username(), user.role(), newPassword, user.enabled());
          r.audit().append(actor.audit(clock.instant(), "PASSWORD_RESET", "USER", userId, ""));
          return null;
        });
  }

  /** Changes the signed-in user's own password; the current one must be given. */
  public void changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
    StoredUser user =
        tx.inTransaction(actor, r -> r.users().findById(actor.userId())).orElseThrow();
    if (!hasher.verify(currentPassword, user.passwordHash())) {
      throwValidation(List.of(new FieldError(FIELD_CURRENT_PASSWORD, "password.current")));
    }
    PasswordRules.validate(FIELD_PASSWORD, newPassword).ifPresent(e -> throwValidation(List.of(e)));
    String hash = hasher.hash(newPassword);
    tx.inTransaction(
        actor,
        r -> {
          r.users().setPassword(actor.userId(), hash, clock.instant());
          r.users().changeOwnServerPassword(user.username(), user.role(), newPassword);
          r.audit()
              .append(actor.audit(clock.instant(), "PASSWORD_CHANGE", "USER", actor.userId(), ""));
          return null;
        });
  }

  private static void throwValidation(List<FieldError> errors) {
    throw new ValidationException(errors);
  }

  private static StoredUser existing(Repositories r, long userId) {
    return r.users().findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
  }

  private static long enabledAdmins(Repositories r) {
    return r.users().listEnabled().stream().filter(u -> u.role() == Role.ADMIN).count();
  }

  private Actor insert(
      Repositories r, Actor by, String name, Role role, String hash, char[] password) {
    if (r.users().findByUsername(name).isPresent()) {
      throw new ValidationException(List.of(new FieldError(FIELD_USERNAME, "username.taken")));
    }
    long id = r.users().insert(name, role, hash, clock.instant());
    r.users().matchServerLogin(name, role, password, true);
    Long byId = by == null ? id : by.userId();
    String byName = by == null ? name : by.username();
    r.audit()
        .append(
            new AuditEntry(
                clock.instant(), byId, byName, "USER_CREATE", "USER", id, "role=" + role));
    return new Actor(id, name, role);
  }

  private static List<FieldError> validate(String username, Role role, char[] password) {
    List<FieldError> errors = new ArrayList<>();
    Username.validate(FIELD_USERNAME, username).ifPresent(errors::add);
    if (role == null) {
      errors.add(new FieldError(FIELD_ROLE, "required"));
    }
    PasswordRules.validate(FIELD_PASSWORD, password).ifPresent(errors::add);
    return errors;
  }

  /** A user as other users may see it: no credentials. */
  public record UserSummary(long id, String username, Role role) {}

  /**
   * An account as administrators see it.
   *
   * @param failedSignIns failed sign-ins with its name in a row (answers are delayed once over the
   *     lock-out policy's attempts)
   */
  public record Account(
      long id, String username, Role role, boolean enabled, int failedSignIns, Instant created) {}
}
