package com.privacydesk.app.demo;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.port.BulkCaseWriter.BreachFacts;
import com.privacydesk.app.port.BulkCaseWriter.ChildFacts;
import com.privacydesk.app.port.BulkCaseWriter.Facts;
import com.privacydesk.app.port.BulkCaseWriter.LoadedCase;
import com.privacydesk.app.port.BulkCaseWriter.LoadedTick;
import com.privacydesk.app.port.BulkCaseWriter.OptOutFacts;
import com.privacydesk.app.port.CaseRepository.NewCase;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Lifecycle;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** One seeding run: the random stream, the team and the audit entries not yet written. */
final class DemoRun {
  /** An audit entry waiting for its moment, so the chain is written in time order. */
  private record Pending(Instant at, long order, AuditEntry entry) {}

  /** One seeding run: the random stream, the team and the audit entries not yet written. */
  private final DemoSeeder.Team team;

  private final SplittableRandom rnd;
  private final Instant now;
  private final ZoneId zone;
  private final LocalDate today;
  private final Instant start;
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
  private long order;
  private final DemoRequests requests;

  DemoRun(DemoSeeder.Team team, SplittableRandom rnd, Instant now) {
    this.team = team;
    this.rnd = rnd;
    this.now = now;
    this.zone = team.settings().zone();
    this.today = LocalDate.ofInstant(now, zone);
    this.start = today.minusMonths(DemoSeeder.MONTHS).atStartOfDay(zone).toInstant();
    this.requests = new DemoRequests(rnd, team.settings(), today, team.leads());
  }

  /** Received moments rise evenly from 24 months ago to an hour ago, in office hours. */
  Instant receivedAt(int index, int total) {
    Instant end = now.minus(Duration.ofHours(1));
    long span = Duration.between(start, end).toSeconds();
    Instant t = start.plusSeconds((long) (span * (index / (double) total)));
    LocalDateTime local = LocalDateTime.ofInstant(t, zone);
    double dayFraction = local.toLocalTime().toSecondOfDay() / 86_400.0;
    LocalDateTime office =
        local.toLocalDate().atTime(8, 0).plusSeconds((long) (dayFraction * 10 * 3600));
    Instant at = office.atZone(zone).toInstant();
    return at.isAfter(end) ? end : at;
  }

  /** The entries due by {@code until}, oldest first. */
  List<AuditEntry> eventsUntil(Instant until) {
    List<AuditEntry> out = new ArrayList<>();
    while (!pending.isEmpty() && !pending.peek().at().isAfter(until)) {
      out.add(pending.poll().entry());
    }
    return out;
  }

  private void event(Instant at, StoredUser by, String action, long caseId, String detail) {
    pending.add(
        new Pending(
            at,
            order++,
            new AuditEntry(at, by.id(), by.username(), action, "CASE", caseId, detail)));
  }

  /** The next case (and, for an escalated password compromise, its CPNI breach too). */
  List<LoadedCase> next(long id, Instant received, int room) {
    double p = rnd.nextDouble();
    CaseType type =
        p < 0.5
            ? CaseType.EMAIL_OPT_OUT
            : p < 0.7
                ? CaseType.CA_DISCLOSURE
                : p < 0.75
                    ? CaseType.CHILD_DATA_DELETION
                    : p < 0.9 ? CaseType.PASSWORD_COMPROMISE : requests.formType();
    boolean escalate = type == CaseType.PASSWORD_COMPROMISE && room >= 2 && rnd.nextDouble() < 0.15;
    LoadedCase first = make(id, type, received, escalate ? id + 1 : null, null);
    if (!escalate) {
      return List.of(first);
    }
    LocalDate determined = LocalDate.ofInstant(received, zone).plusDays(1 + rnd.nextInt(3));
    if (determined.isAfter(today)) {
      determined = today;
    }
    Instant at = determined.atTime(11, 0).atZone(zone).toInstant();
    if (at.isAfter(now)) {
      at = now;
    }
    return List.of(first, make(id + 1, CaseType.CPNI_BREACH, at, null, id));
  }

  private LoadedCase make(
      long id, CaseType type, Instant received, Long escalatedTo, Long escalatedFrom) {
    CompanySettings s = team.settings();
    LocalDate receivedDate = LocalDate.ofInstant(received, zone);
    StoredUser creator = requests.pick(team.agents());
    StoredUser lead = requests.pick(team.leads());
    StoredUser worker = rnd.nextBoolean() ? creator : requests.pick(team.agents());
    Channel channel = requests.channel(type);
    Facts facts;
    String requesterKind = null;
    String accountRef = null;
    String replyContact = null;
    String contactNormalized = null;
    DeadlineRequest request;
    String createDetail;
    if (type == CaseType.EMAIL_OPT_OUT) {
      String email = requests.email();
      // a scope the intake form can record (demo data once wrote "CATEGORIES", which no
      // screen could name)
      com.privacydesk.domain.OptOutScope scopeValue =
          rnd.nextDouble() < 0.8
              ? com.privacydesk.domain.OptOutScope.ALL_COMMERCIAL
              : com.privacydesk.domain.OptOutScope.SELECTED_CATEGORIES;
      String scope = scopeValue.name();
      facts =
          new OptOutFacts(
              email,
              email.toLowerCase(Locale.ROOT),
              scope,
              scopeValue == com.privacydesk.domain.OptOutScope.SELECTED_CATEGORIES
                  ? "Newsletters, partner offers"
                  : null);
      contactNormalized = email.toLowerCase(Locale.ROOT);
      request = DeadlineRequest.of(type, receivedDate);
      createDetail = "scope=" + scope;
    } else {
      if (type != CaseType.CPNI_BREACH) {
        requesterKind =
            type == CaseType.CHILD_DATA_DELETION
                ? "PARENT"
                : type == CaseType.CA_DISCLOSURE && rnd.nextDouble() < 0.1
                    ? "AUTHORIZED_AGENT"
                    : "SELF";
        accountRef =
            rnd.nextDouble() < 0.8 ? String.format("A%08d", rnd.nextInt(100_000_000)) : null;
        if (rnd.nextDouble() < 0.7) {
          replyContact = requests.email();
          contactNormalized = replyContact.toLowerCase(Locale.ROOT);
        } else {
          replyContact = String.format("+1 555 01%02d %04d", rnd.nextInt(100), rnd.nextInt(10_000));
        }
      }
      DemoRequests.Made made =
          requests.made(type, channel, received, receivedDate, requesterKind, escalatedFrom);
      facts = made.facts();
      request = made.request();
      createDetail = made.createDetail();
    }
    List<CaseClock> clocks = s.rules().clocks(request);
    LocalDate target =
        clocks.stream()
            .filter(c -> c.name().equals(DeadlineRules.STATUTORY))
            .map(CaseClock::due)
            .findFirst()
            .orElseGet(
                () -> clocks.stream().map(CaseClock::due).max(Comparator.naturalOrder()).get());
    LocalDate nearest = clocks.stream().map(CaseClock::due).min(Comparator.naturalOrder()).get();
    Instant created = received.plus(Duration.ofMinutes(2 + rnd.nextInt(30)));
    if (created.isAfter(now)) {
      created = now;
    }
    String dates =
        clocks.stream().map(c -> c.name() + "=" + c.due()).collect(Collectors.joining(","));
    event(
        created,
        creator,
        "CASE_CREATE",
        id,
        "type=" + type + "; " + createDetail + "; clocks=" + dates);
    if (escalatedFrom != null) {
      // as intake writes an escalation: a link entry on each side (each case's seal covers it)
      event(created, creator, "CASE_LINK", escalatedFrom, "ESCALATED_TO " + id);
      event(created, creator, "CASE_LINK", id, "linked from " + escalatedFrom);
    }
    int version = 0;
    Instant updated = created;
    long updatedBy = creator.id();
    Long assignee = null;
    Instant assignedAt = created.plus(Duration.ofMinutes(5));
    boolean assign = rnd.nextDouble() < 0.85 && !assignedAt.isAfter(now);
    if (assign) {
      assignee = worker.id();
      event(assignedAt, lead, "CASE_ASSIGN", id, "assignee: null -> " + assignee);
      version++;
      updated = assignedAt;
      updatedBy = lead.id();
    }
    StoredUser actor = assign ? worker : creator;
    Outcome outcome = requests.outcome(type, escalatedTo != null);
    LocalDate done = doneOn(type, outcome, receivedDate, target, nearest, clocks);
    Instant doneAt = done.atTime(10 + rnd.nextInt(6), rnd.nextInt(60)).atZone(zone).toInstant();
    boolean review = Lifecycle.needsReview(s.reviewTypes(), type, outcome);
    Instant approvedAt = review ? doneAt.plus(Duration.ofHours(20)) : doneAt;
    CaseStatus status;
    Outcome finalOutcome = null;
    Outcome pendingOutcome = null;
    Instant closedAt = null;
    List<LoadedTick> ticks = List.of();
    boolean ended = !approvedAt.isAfter(now) && !doneAt.isBefore(created);
    String kindOfRequester = requesterKind;
    java.util.function.BiFunction<LocalDate, Instant, List<LoadedTick>> ticksOn =
        (day, at) ->
            ticks(
                type,
                outcome,
                facts,
                kindOfRequester,
                day,
                at,
                actor,
                receivedDate,
                clocks,
                escalatedTo);
    if (ended) {
      ticks = ticksOn.apply(done, doneAt);
      if (!ticks.isEmpty()) {
        event(doneAt, actor, "CHECKLIST_TICK", id, describe(ticks));
        version++;
      }
      CaseStatus to = outcome.kind().target();
      if (review) {
        event(
            doneAt.plusSeconds(60),
            actor,
            "CASE_TRANSITION",
            id,
            transition(
                CaseStatus.NEW, CaseStatus.PENDING_REVIEW, CaseAction.SUBMIT_FOR_REVIEW, outcome));
        event(
            approvedAt,
            lead,
            "CASE_TRANSITION",
            id,
            transition(CaseStatus.PENDING_REVIEW, to, CaseAction.APPROVE, outcome));
        version += 2;
        updatedBy = lead.id();
      } else {
        event(
            doneAt.plusSeconds(60),
            actor,
            "CASE_TRANSITION",
            id,
            transition(CaseStatus.NEW, to, CaseAction.CLOSE, outcome));
        version++;
        updatedBy = actor.id();
      }
      status = to;
      finalOutcome = outcome;
      closedAt = review ? approvedAt : doneAt.plusSeconds(60);
      updated = closedAt;
    } else {
      status = openStatus(type, review, facts, outcome);
      Instant movedAt = created.plus(Duration.ofHours(3));
      if (movedAt.isAfter(now)) {
        movedAt = now;
      }
      if (status == CaseStatus.PENDING_REVIEW) {
        LocalDate tickDay = LocalDate.ofInstant(movedAt, zone);
        ticks = ticksOn.apply(tickDay, movedAt);
        event(movedAt, actor, "CHECKLIST_TICK", id, describe(ticks));
        event(
            movedAt,
            actor,
            "CASE_TRANSITION",
            id,
            transition(CaseStatus.NEW, status, CaseAction.SUBMIT_FOR_REVIEW, outcome));
        version += 2;
        pendingOutcome = outcome;
        updated = movedAt;
        updatedBy = actor.id();
      } else if (status != CaseStatus.NEW) {
        CaseAction action =
            switch (status) {
              case AWAITING_VERIFICATION -> CaseAction.REQUEST_VERIFICATION;
              case ON_HOLD -> CaseAction.PUT_ON_HOLD;
              default -> CaseAction.START_WORK;
            };
        CaseStatus from = status == CaseStatus.ON_HOLD ? CaseStatus.IN_PROGRESS : CaseStatus.NEW;
        if (status == CaseStatus.ON_HOLD) {
          event(
              movedAt,
              actor,
              "CASE_TRANSITION",
              id,
              transition(CaseStatus.NEW, from, CaseAction.START_WORK, null));
          version++;
        }
        event(movedAt, actor, "CASE_TRANSITION", id, transition(from, status, action, null));
        version++;
        updated = movedAt;
        updatedBy = actor.id();
      }
    }
    NewCase common =
        new NewCase(
            type,
            CaseStatus.NEW,
            channel,
            received,
            receivedDate,
            status.isOpen() ? nearest : null,
            creator.id(),
            created,
            requesterKind,
            accountRef,
            replyContact,
            contactNormalized,
            clocks.getFirst().ruleVersion());
    return new LoadedCase(
        id,
        common,
        status,
        finalOutcome,
        pendingOutcome,
        closedAt,
        assignee,
        version,
        updatedBy,
        updated,
        clocks,
        facts,
        ticks,
        escalatedFrom);
  }

  private static String transition(CaseStatus from, CaseStatus to, CaseAction action, Outcome o) {
    return "status: "
        + from
        + " -> "
        + to
        + "; action="
        + action
        + (o == null ? "" : "; outcome=" + o);
  }

  private static String describe(List<LoadedTick> ticks) {
    return ticks.stream()
        .map(
            t ->
                t.key()
                    + ": - -> done"
                    + (t.doneOn() == null ? "" : " " + t.doneOn())
                    + (t.choice() == null ? "" : " " + t.choice()))
        .collect(Collectors.joining("; "));
  }

  /** The status of a case still being worked. */
  private CaseStatus openStatus(CaseType type, boolean review, Facts facts, Outcome outcome) {
    double p = rnd.nextDouble();
    if (type == CaseType.CPNI_BREACH) {
      return facts instanceof BreachFacts b && b.notifiedOn() != null && p < 0.6
          ? CaseStatus.ON_HOLD
          : p < 0.8 ? CaseStatus.IN_PROGRESS : CaseStatus.NEW;
    }
    boolean verifies = type != CaseType.EMAIL_OPT_OUT;
    if (p < 0.3) {
      return CaseStatus.NEW;
    }
    if (verifies && p < 0.45) {
      return CaseStatus.AWAITING_VERIFICATION;
    }
    if (review && outcome.kind() != Outcome.Kind.WITHDRAWN && p > 0.85) {
      return CaseStatus.PENDING_REVIEW;
    }
    return CaseStatus.IN_PROGRESS;
  }

  private LocalDate doneOn(
      CaseType type,
      Outcome outcome,
      LocalDate received,
      LocalDate target,
      LocalDate nearest,
      List<CaseClock> clocks) {
    if (type == CaseType.CPNI_BREACH && outcome == Outcome.CUSTOMERS_NOTIFIED) {
      LocalDate earliest =
          clocks.stream()
              .filter(c -> c.name().equals(DeadlineRules.EARLIEST_CUSTOMER_NOTICE))
              .map(CaseClock::due)
              .findFirst()
              .orElse(target);
      return earliest.plusDays(rnd.nextInt(3));
    }
    if (type == CaseType.EMAIL_OPT_OUT && outcome != Outcome.WITHDRAWN) {
      return target.plusDays(rnd.nextInt(3));
    }
    // teams work to the nearest clock (often an internal target before the legal one)
    long window = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(received, nearest));
    if (rnd.nextDouble() < 0.05) {
      return nearest.plusDays(1 + rnd.nextInt(10));
    }
    return received.plusDays(1 + rnd.nextLong(window));
  }

  /** The ticks {@code outcome} needs, dated {@code done}; each checked like a real tick. */
  private List<LoadedTick> ticks(
      CaseType type,
      Outcome outcome,
      Facts facts,
      String requesterKind,
      LocalDate done,
      Instant at,
      StoredUser by,
      LocalDate received,
      List<CaseClock> clocks,
      Long escalatedTo) {
    List<Checklist.Entry> entries =
        Checklist.entries(
            new Checklist.Context(
                type, "AUTHORIZED_AGENT".equals(requesterKind), team.settings().systemsFor(type)),
            Map.of());
    Optional<LocalDate> le =
        facts instanceof BreachFacts b ? Optional.ofNullable(b.notifiedOn()) : Optional.empty();
    Checklist.TickFacts tickFacts =
        new Checklist.TickFacts(
            LocalDate.ofInstant(at, zone),
            received,
            due(clocks, DeadlineRules.STATUTORY),
            le,
            due(clocks, DeadlineRules.EARLIEST_CUSTOMER_NOTICE),
            escalatedTo != null);
    List<LoadedTick> out = new ArrayList<>();
    for (Checklist.Entry e : Checklist.missingFor(outcome, entries)) {
      ChecklistItem item = e.item();
      LocalDate date =
          !item.evidence().dated()
              ? null
              : item == ChecklistItem.LAW_ENFORCEMENT_NOTIFIED ? le.orElse(done) : done;
      String choice = item.evidence().chosen() ? choice(item, facts, escalatedTo) : null;
      Optional<Refusal> refused = Checklist.checkTick(item, date, choice, tickFacts);
      if (refused.isPresent()) {
        throw new IllegalStateException("demo tick " + item + " refused: " + refused.get().code());
      }
      out.add(new LoadedTick(Checklist.key(item, e.system()), date, choice, by.id(), at));
    }
    return out;
  }

  private String choice(ChecklistItem item, Facts facts, Long escalatedTo) {
    return switch (item) {
      case CPNI_REACHED -> escalatedTo != null ? "YES" : "NO";
      case PARENT_VERIFIED -> ((ChildFacts) facts).parentVerification();
      case CUSTOMERS_NOTIFIED -> "AFTER_WAITING_PERIOD";
      case COMPLAINT_CATEGORY ->
          escalatedTo != null ? "UNAUTHORIZED_ONLINE_ACCESS" : "NO_CPNI_COMPLAINT";
      default -> item.choices().get(rnd.nextInt(item.choices().size()));
    };
  }

  private static Optional<LocalDate> due(List<CaseClock> clocks, String name) {
    return clocks.stream().filter(c -> c.name().equals(name)).map(CaseClock::due).findFirst();
  }
}
