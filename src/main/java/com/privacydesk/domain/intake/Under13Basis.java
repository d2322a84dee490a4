package com.privacydesk.domain.intake;

/** How it was established that the child is under 13: the method, never the birth date. */
public enum Under13Basis {
  PARENT_STATEMENT,
  AGE_SCREEN_RECORD,
  SERVICE_RECORD
}
