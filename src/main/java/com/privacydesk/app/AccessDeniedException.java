package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;

/** The acting user's role does not allow the requested action. */
public final class AccessDeniedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;
  private final Role role;
  private final Permission permission;

  public AccessDeniedException(Role role, Permission permission) {
    super(
        "A user with role "
            + role
            + " may not "
            + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ".");
    this.role = role;
    this.permission = permission;
  }

  @Override
  public String messageKey() {
    return "error.accessDenied";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {role, permission};
  }

  /** The permission that was missing. */
  public Permission permission() {
    return permission;
  }
}
