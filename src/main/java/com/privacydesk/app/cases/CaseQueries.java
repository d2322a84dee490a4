package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import java.util.List;

/** Read side of the work queue. */
public final class CaseQueries {
  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE = 1_000;

  private final TransactionRunner tx;

  public CaseQueries(TransactionRunner tx) {
    this.tx = tx;
  }

  /** A page of the queue (open cases by nearest due date first) plus the total count. */
  public QueuePage page(Actor actor, int offset, int limit) {
    actor.require(Permission.VIEW_QUEUE);
    int size = Math.clamp(limit, 1, MAX_PAGE);
    int from = Math.max(0, offset);
    return tx.inTransaction(
        r -> new QueuePage(r.cases().queuePage(from, size), r.cases().countAll(), from));
  }

  /** Everything about one case for the detail view. */
  public CaseDetail detail(Actor actor, long caseId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(r -> r.cases().detail(caseId))
        .orElseThrow(() -> new NotFoundException("Case " + caseId));
  }

  /** Rows {@code offset..offset+rows.size()} of {@code total}. */
  public record QueuePage(List<CaseSummary> rows, long total, int offset) {}
}
