package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.time.LocalDate;
import java.util.Set;

/**
 * Another case from the same requester: it shares an email address, a phone number or an account
 * reference with the case in view. No personal data: the number, type, status and date only.
 *
 * @param purged whether its personal data was purged (found through a hash kept of its address or
 *     number)
 * @param shared what it shares with the case in view
 */
public record RelatedCase(
    long id,
    CaseType type,
    CaseStatus status,
    LocalDate received,
    boolean purged,
    Set<Shared> shared) {
  public RelatedCase {
    shared = Set.copyOf(shared);
  }

  /** Newest received first, the higher case number first on one day. */
  public static final java.util.Comparator<RelatedCase> NEWEST_FIRST =
      java.util.Comparator.comparing(RelatedCase::received)
          .thenComparingLong(RelatedCase::id)
          .reversed();

  /** What identifies the requester in both cases. */
  public enum Shared {
    EMAIL,
    PHONE,
    ACCOUNT
  }

  /** This case, sharing {@code more} too. */
  public RelatedCase alsoSharing(Set<Shared> more) {
    java.util.EnumSet<Shared> all = java.util.EnumSet.noneOf(Shared.class);
    all.addAll(shared);
    all.addAll(more);
    return new RelatedCase(id, type, status, received, purged, all);
  }
}
