package com.privacydesk.app.auth;

import com.privacydesk.app.Actor;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.PasswordRules;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.user.Username;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Accounts: the first administrator, adding users, and signing in. */
public final class UserService {
  public static final String FIELD_USERNAME = "username";
  public static final String FIELD_PASSWORD = "password";
  public static final String FIELD_ROLE = "role";

  private final TransactionRunner tx;
  private final PasswordHasher hasher;
  private final Clock clock;

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
          return insert(r, null, Username.normalize(username), Role.ADMIN, hash);
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
    return tx.inTransaction(r -> insert(r, actor, Username.normalize(username), role, hash))
        .userId();
  }

  /** Checks a name and password; returns the signed-in user. */
  public Actor authenticate(String username, char[] password) {
    String name = Username.normalize(username);
    StoredUser user = tx.inTransaction(r -> r.users().findByUsername(name)).orElse(null);
    if (user == null) {
      // Hash anyway so a wrong name takes as long as a wrong password.
      hasher.hash(password);
      throw new AuthenticationException();
    }
    if (!hasher.verify(password, user.passwordHash()) || !user.enabled()) {
      throw new AuthenticationException();
    }
    Actor actor = new Actor(user.id(), user.username(), user.role());
    tx.inTransaction(
        r -> {
          r.audit().append(actor.audit(clock.instant(), "SIGN_IN", "USER", actor.userId(), ""));
          return null;
        });
    return actor;
  }

  /** Enabled users (for assignment lists); any signed-in user may see names. */
  public List<UserSummary> listEnabled(Actor actor) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        r ->
            r.users().listEnabled().stream()
                .map(u -> new UserSummary(u.id(), u.username(), u.role()))
                .toList());
  }

  private Actor insert(Repositories r, Actor by, String name, Role role, String hash) {
    if (r.users().findByUsername(name).isPresent()) {
      throw new ValidationException(List.of(new FieldError(FIELD_USERNAME, "username.taken")));
    }
    long id = r.users().insert(name, role, hash, clock.instant());
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
}
