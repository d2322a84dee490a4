package com.privacydesk.app.port;

import com.privacydesk.domain.audit.AuditEntry;

/** Append-only, hash-chained record of every change. */
public interface AuditTrail {
  /** Appends {@code entry} to the chain, in the caller's transaction. */
  void append(AuditEntry entry);
}
