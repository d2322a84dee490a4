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

  /** Enables or disables an account; enabling also lifts a lock-out. */
  void setEnabled(long id, boolean enabled);

  /** Changes an account's role. */
  void setRole(long id, Role role);

  /** Replaces the password hash; lifts a lock-out and forgets failed attempts. */
  void setPassword(long id, String passwordHash, Instant changedAt);

  /**
   * Records the failed attempts in a row and, once over the limit, until when the account is
   * locked.
   */
  void setFailures(long id, int failedLogins, Instant lockedUntil);

  /**
   * A user account as stored, including its password hash.
   *
   * @param failedLogins failed sign-ins in a row since the last success or lock
   * @param lockedUntil until when sign-in is refused, or null
   */
  record StoredUser(
      long id,
      String username,
      Role role,
      String passwordHash,
      boolean enabled,
      int failedLogins,
      Instant lockedUntil,
      Instant createdAt) {
    /** Whether sign-in is refused at {@code now} because of failed attempts. */
    public boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }
}
