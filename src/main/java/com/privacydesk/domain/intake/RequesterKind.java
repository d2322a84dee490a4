package com.privacydesk.domain.intake;

/** Who makes the request. */
public enum RequesterKind {
  SELF,
  PARENT,
  AUTHORIZED_AGENT
}
