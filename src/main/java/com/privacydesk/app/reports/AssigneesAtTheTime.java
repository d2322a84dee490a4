package com.privacydesk.app.reports;

import com.privacydesk.app.port.ReportData;
import com.privacydesk.app.port.ReportData.Assignment;
import com.privacydesk.app.port.ReportData.ClosureRow;
import com.privacydesk.app.port.ReportData.OpenRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report's rows with each case's assignee at the time (domain.md §6: per-agent figures are
 * frozen at month end): a closure counts for whoever held the case when it closed, an open case for
 * whoever held it when the backlog was measured. A case never reassigned since the history began
 * (version 13) has had its current assignee throughout.
 */
record AssigneesAtTheTime(List<ClosureRow> closures, List<OpenRow> open) {
  static AssigneesAtTheTime of(
      ReportData data, List<ClosureRow> closures, List<OpenRow> open, Instant measuredAt) {
    List<Long> ids = new ArrayList<>(closures.size() + open.size());
    closures.forEach(c -> ids.add(c.caseId()));
    open.forEach(o -> ids.add(o.caseId()));
    Map<Long, List<Assignment>> history = data.assignments(ids);
    if (history.isEmpty()) {
      return new AssigneesAtTheTime(closures, open);
    }
    List<ClosureRow> c = new ArrayList<>(closures.size());
    for (ClosureRow r : closures) {
      List<Assignment> h = history.get(r.caseId());
      c.add(
          h == null
              ? r
              : new ClosureRow(
                  r.caseId(),
                  r.type(),
                  r.received(),
                  at(h, r.closedAt()),
                  r.closedAt(),
                  r.status(),
                  r.outcome(),
                  r.statutoryDue(),
                  r.internalDue(),
                  r.changeNoticeOn(),
                  r.identifiersPurged(),
                  r.lastSuppressedOn()));
    }
    List<OpenRow> o = new ArrayList<>(open.size());
    for (OpenRow r : open) {
      List<Assignment> h = history.get(r.caseId());
      o.add(
          h == null
              ? r
              : new OpenRow(
                  r.caseId(),
                  r.type(),
                  r.received(),
                  at(h, measuredAt),
                  r.statutoryDue(),
                  r.internalDue(),
                  r.noticeDue(),
                  r.noticeOn()));
    }
    return new AssigneesAtTheTime(c, o);
  }

  /**
   * Who held the case at {@code at}: the latest change at or before it, or (a case entered after
   * it, with a received date before) the first.
   */
  static @Nullable String at(List<Assignment> history, Instant at) {
    Assignment held = history.getFirst();
    for (Assignment a : history) {
      if (a.at().isAfter(at)) {
        break;
      }
      held = a;
    }
    return held.assignee();
  }
}
