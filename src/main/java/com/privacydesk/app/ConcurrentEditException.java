package com.privacydesk.app;

/** Somebody else changed the record since it was read; the caller must reload. */
public final class ConcurrentEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(long caseId) {
    super("Case " + caseId + " was changed by someone else. Reload it and try again.");
  }
}
