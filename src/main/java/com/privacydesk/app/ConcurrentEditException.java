package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;

/** Somebody else changed the record since it was read; the caller must reload. */
public final class ConcurrentEditException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final long caseId;

  public ConcurrentEditException(long caseId) {
    super("Case " + caseId + " was changed by someone else. Reload it and try again.");
    this.caseId = caseId;
  }

  @Override
  public String messageKey() {
    return "error.concurrentEdit";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {caseId};
  }
}
