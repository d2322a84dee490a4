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

  /** Enabled accounts, by name. */
  List<StoredUser> listEnabled();

  /** Creates an account and returns its id. */
  long insert(String username, Role role, String passwordHash, Instant createdAt);

  /** A user account as stored, including its password hash. */
  record StoredUser(long id, String username, Role role, String passwordHash, boolean enabled) {}
}
