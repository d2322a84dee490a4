package com.privacydesk.app;

import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;

/** The signed-in user on whose behalf a service call runs; every use case takes one. */
public record Actor(long userId, String username, Role role) {
  /** Whether this user may perform {@code permission}. */
  public boolean can(Permission permission) {
    return permission.grantedTo(role);
  }

  /** Throws {@link AccessDeniedException} unless this user may perform {@code permission}. */
  public void require(Permission permission) {
    if (!can(permission)) {
      throw new AccessDeniedException(role, permission);
    }
  }
}
