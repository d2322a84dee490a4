package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;

/** Who works a case: supervisors assign anyone; everyone may take a case for themselves. */
public final class AssignmentService {
  private final TransactionRunner tx;
  private final Clock clock;

  public AssignmentService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** Assigns (or with {@code null}, unassigns) a case; supervisors and admins only. */
  public void assign(Actor actor, long caseId, Long assigneeId, int expectedVersion) {
    actor.require(Permission.ASSIGN_CASE);
    tx.inTransaction(actor, r -> change(r, actor, caseId, assigneeId, expectedVersion));
  }

  /** "Assign to me". */
  public void take(Actor actor, long caseId, int expectedVersion) {
    actor.require(Permission.TAKE_CASE);
    tx.inTransaction(actor, r -> change(r, actor, caseId, actor.userId(), expectedVersion));
  }

  private Void change(Repositories r, Actor actor, long caseId, Long assigneeId, int version) {
    CaseSummary before =
        r.cases().find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    Instant now = clock.instant();
    CaseLock.claim(r, caseId, version, actor.userId(), now);
    r.cases().setAssignee(caseId, assigneeId, now);
    r.audit()
        .append(
            actor.audit(
                now,
                "CASE_ASSIGN",
                "CASE",
                caseId,
                "assignee: " + before.assigneeId() + " -> " + assigneeId));
    return null;
  }
}
