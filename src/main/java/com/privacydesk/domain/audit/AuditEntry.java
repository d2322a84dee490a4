package com.privacydesk.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happened, to what, by whom and when. {@code detail} names fields and codes, never personal
 * data: an audit line must be safe to show to any supervisor and to keep forever.
 */
public record AuditEntry(
    Instant occurredAt,
    Long actorId,
    String actorName,
    String action,
    String entity,
    Long entityId,
    String detail) {
  public AuditEntry {
    // Stored as a microsecond timestamp: hash exactly what the database can give back.
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actorName, "actorName");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entity, "entity");
    detail = detail == null ? "" : detail;
  }
}
