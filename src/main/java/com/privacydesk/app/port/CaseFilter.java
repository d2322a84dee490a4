package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which cases the queue shows; applied in the database. Empty sets and nulls mean "any".
 *
 * @param assigneeId only cases assigned to this user
 * @param unassignedOnly only cases nobody has
 * @param openOnly only cases not closed, rejected or withdrawn
 * @param receivedFrom only cases received on or after this date
 * @param receivedTo only cases received on or before this date
 * @param dueOnOrBefore only open cases whose nearest clock is due on or before this date
 * @param search a case number, or a fragment of an email address or account reference
 * @param dueFrom only open cases whose nearest clock is due on or after this date
 * @param lawPassedBefore only open cases with a statutory clock due before this date
 * @param lawNotPassedBefore only cases with no statutory clock due before this date
 */
public record CaseFilter(
    Set<CaseType> types,
    Set<CaseStatus> statuses,
    Set<Channel> channels,
    Long assigneeId,
    boolean unassignedOnly,
    boolean openOnly,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    LocalDate dueOnOrBefore,
    String search,
    LocalDate dueFrom,
    LocalDate lawPassedBefore,
    LocalDate lawNotPassedBefore) {
  /** Every case. */
  public static final CaseFilter ALL =
      new CaseFilter(
          Set.of(), Set.of(), Set.of(), null, false, false, null, null, null, null, null, null,
          null);

  /** Only {@code types}, {@code statuses}, open or not: the rest any (tests, bulk steps). */
  public static CaseFilter of(Set<CaseType> types, Set<CaseStatus> statuses, boolean openOnly) {
    return new CaseFilter(
        types, statuses, Set.of(), null, false, openOnly, null, null, null, null, null, null, null);
  }

  public CaseFilter {
    types = Set.copyOf(types);
    statuses = Set.copyOf(statuses);
    channels = Set.copyOf(channels);
    search = search == null || search.isBlank() ? null : search.strip();
  }

  /** This filter with {@code text} as the search. */
  public CaseFilter withSearch(String text) {
    return new CaseFilter(
        types,
        statuses,
        channels,
        assigneeId,
        unassignedOnly,
        openOnly,
        receivedFrom,
        receivedTo,
        dueOnOrBefore,
        text,
        dueFrom,
        lawPassedBefore,
        lawNotPassedBefore);
  }
}
