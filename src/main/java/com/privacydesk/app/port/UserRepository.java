package com.privacydesk.app.port;

import com.privacydesk.domain.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored user accounts. */
public interface UserRepository {
  /** How many accounts exist (enabled or not). */
  long count();

  /** The account with this (normalised) name. */
  Optional<StoredUser> findByUsername(String username);

  /** The account with this id. */
  Optional<StoredUser> findById(long id);

  /** Enabled accounts, by name. */
  List<StoredUser> listEnabled();

  /** Every account, enabled or not, by name. */
  List<StoredUser> listAll();

  /** Creates an account and returns its id. */
  long insert(String username, Role role, String passwordHash, Instant createdAt);

  /** Enables or disables an account. */
  void setEnabled(long id, boolean enabled);

  /** Changes an account's role. */
  void setRole(long id, Role role);

  /** Replaces the password hash. */
  void setPassword(long id, String passwordHash, Instant changedAt);

  /**
   * Failed sign-ins in a row with the (normalised) name {@code username}, whether an account has
   * that name or not.
   */
  int signInFailures(String username);

  /** Counts one more failed sign-in with {@code username} at {@code at}; returns the new count. */
  int recordSignInFailure(String username, Instant at);

  /** Forgets the failed sign-ins with {@code username} (a success, or an administrator). */
  void clearSignInFailures(String username);

  /**
   * Team mode: makes the user's own account on the database server match their PrivacyDesk account
   * (ADR 0026): created when missing, in the group of {@code role}, with {@code password} (null:
   * unchanged), allowed to sign in or not. Nothing to do on the embedded file.
   */
  void matchServerLogin(
      String username,
      Role role,
      char @org.jspecify.annotations.Nullable [] password,
      boolean maySignIn);

  /**
   * Team mode: changes the signed-in user's own password on the database server too (their own
   * account changes its own password; no administrator's right is needed). Nothing to do on the
   * embedded file.
   */
  void changeOwnServerPassword(String username, Role role, char[] password);

  /**
   * A user account as stored, including its password hash.
   *
   * @param failedLogins kept from versions before 16 (which locked accounts); not used
   * @param lockedUntil kept from versions before 16; not used
   */
  record StoredUser(
      long id,
      String username,
      Role role,
      String passwordHash,
      boolean enabled,
      int failedLogins,
      Instant lockedUntil,
      Instant createdAt) {}
}
