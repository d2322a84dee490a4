package com.privacydesk.app.privacy;

import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.domain.CaseType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a purge at {@code asOf} removes.
 *
 * @param cutoffs per type, the closure time before which a case is purged
 * @param counts per type, the cases purged (every type present, zero included)
 * @param closedFrom the earliest closure among them, null when none
 * @param closedTo the latest closure among them, null when none
 */
public record PurgePreview(
    Instant asOf,
    ZoneId zone,
    RetentionPolicy policy,
    Map<CaseType, Instant> cutoffs,
    Map<CaseType, Long> counts,
    Instant closedFrom,
    Instant closedTo) {
  public PurgePreview {
    cutoffs = Map.copyOf(new EnumMap<>(cutoffs));
    counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /** Cases purged, all types. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
