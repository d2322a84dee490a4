package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;

/**
 * Somebody else changed the case since it was read (optimistic locking); nothing was saved and the
 * caller must reload. Says who changed it and when (company-local time).
 */
public final class ConcurrentEditException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final long caseId;
  private final String changedBy;
  private final String changedAt;

  public ConcurrentEditException(long caseId, String changedBy, String changedAt) {
    super("Case " + caseId + " was changed by " + changedBy + " at " + changedAt + "; reload it.");
    this.caseId = caseId;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  @Override
  public String messageKey() {
    return "error.concurrentEdit";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {caseId, changedBy, changedAt};
  }
}
