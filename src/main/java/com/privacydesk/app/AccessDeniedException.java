package com.privacydesk.app;

import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;

/** The acting user's role does not allow the requested action. */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Permission permission;

  public AccessDeniedException(Role role, Permission permission) {
    super(
        "A user with role "
            + role
            + " may not "
            + permission.name().toLowerCase().replace('_', ' ')
            + ".");
    this.permission = permission;
  }

  /** The permission that was missing. */
  public Permission permission() {
    return permission;
  }
}
