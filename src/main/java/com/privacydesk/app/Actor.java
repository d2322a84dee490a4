package com.privacydesk.app;

import com.privacydesk.app.port.UserRepository;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;
import java.time.Instant;

/** The signed-in user on whose behalf a service call runs; every use case takes one. */
public record Actor(long userId, String username, Role role) {
  /** Whether this user may perform {@code permission}. */
  public boolean can(Permission permission) {
    return permission.grantedTo(role);
  }

  /** An audit entry of something this user did at {@code at}. */
  public AuditEntry audit(Instant at, String action, String entity, Long entityId, String detail) {
    return new AuditEntry(at, userId, username, action, entity, entityId, detail);
  }

  /**
   * Throws {@link AccountChangedException} unless this account, as stored now, is enabled and has
   * the role it signed in with: an administrator's demotion or disabling takes effect at the
   * session's next call, not at its next sign-in. Run inside the call's transaction.
   */
  public void requireCurrent(UserRepository users) {
    UserRepository.StoredUser now = users.findById(userId).orElse(null);
    if (now == null || !now.enabled()) {
      throw new AccountChangedException(role, null);
    }
    if (now.role() != role) {
      throw new AccountChangedException(role, now.role());
    }
  }

  /** Throws {@link AccessDeniedException} unless this user may perform {@code permission}. */
  public void require(Permission permission) {
    if (!can(permission)) {
      throw new AccessDeniedException(role, permission);
    }
  }
}
