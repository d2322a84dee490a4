package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home screen's figures (issue 21): an agent's day and, for supervisors, the team's. Every
 * count is the count of a queue view ({@link ViewSpec}), so the cases a click opens are exactly the
 * cases counted.
 */
public final class HomeService {
  /**
   * Most cases listed by name (newly assigned, pending approvals); the count says how many more.
   */
  public static final int LISTED = 10;

  private static final Set<CaseStatus> ON_ME =
      Set.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED);

  private static final Set<CaseStatus> ON_CUSTOMER = Set.of(CaseStatus.AWAITING_VERIFICATION);

  private final TransactionRunner tx;
  private final CaseQueries queries;

  public HomeService(TransactionRunner tx, CaseQueries queries) {
    this.tx = tx;
    this.queries = queries;
  }

  /** An agent's figures, in the order My day shows them. */
  public enum MyDayFigure {
    /** A statutory clock has passed: the law's date. */
    LAW_OVERDUE(due(ViewSpec.Due.LAW_OVERDUE, 0)),
    /** Only an internal target has passed. */
    INTERNAL_OVERDUE(due(ViewSpec.Due.INTERNAL_OVERDUE, 0)),
    DUE_TODAY(due(ViewSpec.Due.TODAY, 0)),
    /** After today, within {@link BuiltInView#DUE_SOON_BUSINESS_DAYS} business days. */
    DUE_SOON(due(ViewSpec.Due.NEXT, BuiltInView.DUE_SOON_BUSINESS_DAYS)),
    /** My open cases whose next step is mine (new, in progress, reopened). */
    WAITING_ON_ME(statuses(ON_ME)),
    /** My open cases waiting for the customer (verification). */
    WAITING_ON_CUSTOMER(statuses(ON_CUSTOMER));

    @SuppressWarnings("ImmutableEnumChecker") // a record of unmodifiable sets and values
    private final ViewSpec spec;

    MyDayFigure(ViewSpec spec) {
      this.spec = spec;
    }

    /** The view of the signed-in user's cases this figure counts. */
    public ViewSpec spec() {
      return spec;
    }

    private static ViewSpec due(ViewSpec.Due due, int days) {
      return ViewSpec.openCases(ViewSpec.Assignee.ME, null, Set.of(), due, days);
    }

    private static ViewSpec statuses(Set<CaseStatus> statuses) {
      return ViewSpec.openCases(ViewSpec.Assignee.ME, null, statuses, ViewSpec.Due.ANY, 0);
    }
  }

  /**
   * An agent's day.
   *
   * @param counts each figure's count
   * @param newlyAssigned open cases a colleague assigned to the user since their previous sign-in,
   *     newest first (at most {@link #LISTED})
   * @param moreAssigned how many more there are than listed
   * @param since the previous sign-in, or null at the first
   */
  public record MyDay(
      Map<MyDayFigure, Long> counts,
      List<CaseSummary> newlyAssigned,
      int moreAssigned,
      Instant since) {}

  /** The signed-in user's day on {@code today} (company date). */
  public MyDay myDay(Actor actor, LocalDate today) {
    actor.require(Permission.VIEW_QUEUE);
    Map<String, ViewSpec> specs = new LinkedHashMap<>();
    for (MyDayFigure f : MyDayFigure.values()) {
      specs.put(f.name(), f.spec());
    }
    Map<String, Long> byName = queries.counts(actor, specs, today);
    Map<MyDayFigure, Long> counts = new EnumMap<>(MyDayFigure.class);
    byName.forEach((k, v) -> counts.put(MyDayFigure.valueOf(k), v));
    return tx.inTransaction(
        actor,
        r -> {
          List<Long> signIns = r.audit().newestAbout("USER", actor.userId(), "SIGN_IN", 2);
          Instant since = null;
          List<CaseSummary> assigned = new ArrayList<>();
          if (signIns.size() < 2) {
            // the first sign-in: every open case of theirs that a colleague gave them
            for (long id : r.cases().assignedSince(actor.userId(), Instant.EPOCH)) {
              if (byColleague(r.audit(), id, actor.userId())) {
                r.cases().find(id).ifPresent(assigned::add);
              }
            }
          } else {
            long previous = signIns.get(1);
            since =
                r.audit().after(previous - 1, Set.of("SIGN_IN"), 1).getFirst().entry().occurredAt();
            assigned.addAll(assignedByColleagues(r, actor.userId(), previous));
          }
          int listed = Math.min(LISTED, assigned.size());
          return new MyDay(
              counts, List.copyOf(assigned.subList(0, listed)), assigned.size() - listed, since);
        });
  }

  /** Most assignments (of anyone's cases) read since the previous sign-in. */
  static final int ASSIGNMENTS_READ = 5_000;

  /**
   * The open cases whose latest assignment, after audit entry {@code afterSeq}, gave them to the
   * user and was made by someone else, newest first: read from the audit trail's assignments since
   * then (a range of its primary key), not from the user's cases.
   */
  private static List<CaseSummary> assignedByColleagues(
      com.privacydesk.app.port.Repositories r, long userId, long afterSeq) {
    List<AuditTrail.Stored> assignments =
        r.audit().after(afterSeq, Set.of("CASE_ASSIGN"), ASSIGNMENTS_READ);
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<CaseSummary> found = new ArrayList<>();
    for (AuditTrail.Stored s : assignments.reversed()) {
      AuditEntry e = s.entry();
      if (e.entityId() == null || !seen.add(e.entityId())) {
        continue; // only a case's latest assignment counts
      }
      boolean toThem = e.detail().endsWith("-> " + userId);
      boolean byOther = e.actorId() == null || e.actorId() != userId;
      if (toThem && byOther) {
        r.cases()
            .find(e.entityId())
            .filter(c -> c.status().isOpen() && Long.valueOf(userId).equals(c.assigneeId()))
            .ifPresent(found::add);
      }
    }
    return found;
  }

  /** Whether the case's latest assignment was made by someone other than {@code userId}. */
  private static boolean byColleague(AuditTrail audit, long caseId, long userId) {
    AuditEntry last = null;
    for (AuditEntry e : audit.about("CASE", caseId)) {
      if ("CASE_ASSIGN".equals(e.action())) {
        last = e;
      }
    }
    return last == null || last.actorId() == null || last.actorId() != userId;
  }

  /** One agent's workload: each a count of a view of their cases. */
  public record Workload(UserSummary user, long open, long overdue, long dueThisWeek) {}

  /**
   * The team: cases waiting for approval (the oldest request first), and every enabled user's
   * workload (those with no open case left out).
   *
   * @param pendingTotal how many cases wait for approval in all
   */
  public record Team(List<CaseSummary> pending, long pendingTotal, List<Workload> workload) {}

  /** The team's figures on {@code today}; for those who assign and review work. */
  public Team team(Actor actor, LocalDate today) {
    actor.require(Permission.ASSIGN_CASE);
    List<UserSummary> users =
        tx.inTransaction(
            actor,
            r ->
                r.users().listEnabled().stream()
                    .map(u -> new UserSummary(u.id(), u.username(), u.role()))
                    .toList());
    Map<String, ViewSpec> specs = new LinkedHashMap<>();
    specs.put("pending", BuiltInView.PENDING_REVIEW.spec());
    for (UserSummary u : users) {
      specs.put("open:" + u.id(), workload(u.id(), ViewSpec.Due.ANY));
      specs.put("overdue:" + u.id(), workload(u.id(), ViewSpec.Due.OVERDUE));
      specs.put("week:" + u.id(), workload(u.id(), ViewSpec.Due.THIS_WEEK));
    }
    Map<String, Long> counts = queries.counts(actor, specs, today);
    List<Workload> workload = new ArrayList<>();
    for (UserSummary u : users) {
      long open = counts.get("open:" + u.id());
      if (open > 0 || u.role() == Role.AGENT) {
        workload.add(
            new Workload(u, open, counts.get("overdue:" + u.id()), counts.get("week:" + u.id())));
      }
    }
    List<CaseSummary> pending =
        queries
            .page(
                actor,
                queries.filterFor(actor, BuiltInView.PENDING_REVIEW.spec(), today),
                CaseSort.RECEIVED_OLDEST,
                0,
                LISTED)
            .rows();
    return new Team(pending, counts.get("pending"), List.copyOf(workload));
  }

  /** One user's open cases in a due window: what a workload figure counts and opens. */
  public static ViewSpec workload(long userId, ViewSpec.Due due) {
    return ViewSpec.openCases(ViewSpec.Assignee.USER, userId, Set.of(), due, 0);
  }
}
