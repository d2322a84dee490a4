package com.privacydesk.app;

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

  /** Throws {@link AccessDeniedException} unless this user may perform {@code permission}. */
  public void require(Permission permission) {
    if (!can(permission)) {
      throw new AccessDeniedException(role, permission);
    }
  }
}
