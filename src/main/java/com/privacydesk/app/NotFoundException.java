package com.privacydesk.app;

/** A case or user named by id does not exist (any more). */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
