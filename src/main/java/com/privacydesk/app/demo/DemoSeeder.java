package com.privacydesk.app.demo;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.port.BulkCaseWriter.BreachFacts;
import com.privacydesk.app.port.BulkCaseWriter.CaFacts;
import com.privacydesk.app.port.BulkCaseWriter.ChildFacts;
import com.privacydesk.app.port.BulkCaseWriter.Facts;
import com.privacydesk.app.port.BulkCaseWriter.LoadedCase;
import com.privacydesk.app.port.BulkCaseWriter.LoadedTick;
import com.privacydesk.app.port.BulkCaseWriter.OptOutFacts;
import com.privacydesk.app.port.BulkCaseWriter.PasswordFacts;
import com.privacydesk.app.port.BulkCaseWriter.TypedFacts;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseRepository.NewCase;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.BuiltInType;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Lifecycle;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Clock;
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

/**
 * Fills an empty database with realistic cases for trying and measuring PrivacyDesk: every type,
 * status, channel and outcome, spread over the 24 months before now, worked by a team of demo
 * agents. Clocks come from the real deadline rules, closed cases carry the checklist ticks their
 * outcome needs, and every step is in the audit chain in the order it happened. The same seed on
 * the same day gives the same data.
 */
public final class DemoSeeder {
  /** Password of every demo account (they exist to try the app with, not for real work). */
  public static final String DEMO_PASSWORD = "privacydesk-demo";

  /** Demo agents and supervisors, created when missing. */
  public static final List<String> AGENTS =
      List.of(
          "agent01", "agent02", "agent03", "agent04", "agent05", "agent06", "agent07", "agent08");

  public static final List<String> SUPERVISORS = List.of("lead01", "lead02");

  /** The admin account created when the database has no users at all. */
  public static final String ADMIN = "demoadmin";

  /** How many months back the received dates reach. */
  public static final int MONTHS = 24;

  private static final int CHUNK = 5_000;

  /** The types whose intake is built from their spec: their demo data comes from it too. */
  private static final List<CaseType> FORM_TYPES =
      java.util.Arrays.stream(CaseType.values()).filter(RequestTypes::hasForm).toList();

  private static final String[] FIRST = {
    "james",
    "mary",
    "robert",
    "patricia",
    "john",
    "jennifer",
    "michael",
    "linda",
    "david",
    "elizabeth",
    "william",
    "barbara",
    "richard",
    "susan",
    "joseph",
    "jessica",
    "thomas",
    "sarah",
    "chris",
    "karen",
    "daniel",
    "lisa",
    "matthew",
    "nancy",
    "anthony",
    "betty",
    "mark",
    "sandra",
    "maria",
    "jose",
    "wei",
    "aisha",
    "omar",
    "priya",
    "diego",
    "sofia",
    "kenji",
    "fatima",
    "ivan",
    "chloe"
  };
  private static final String[] LAST = {
    "smith",
    "johnson",
    "williams",
    "brown",
    "jones",
    "garcia",
    "miller",
    "davis",
    "rodriguez",
    "martinez",
    "hernandez",
    "lopez",
    "gonzalez",
    "wilson",
    "anderson",
    "thomas",
    "taylor",
    "moore",
    "jackson",
    "martin",
    "lee",
    "perez",
    "thompson",
    "white",
    "harris",
    "sanchez",
    "clark",
    "ramirez",
    "lewis",
    "robinson",
    "walker",
    "young",
    "allen",
    "king",
    "wright",
    "scott",
    "nguyen",
    "hill",
    "flores",
    "green"
  };
  private static final String[] DOMAINS = {
    "example.com",
    "example.net",
    "example.org",
    "mail.example.com",
    "inbox.example.net",
    "home.example.org",
    "corp.example.com",
    "web.example.net"
  };

  private final TransactionRunner tx;
  private final PasswordHasher hasher;
  private final Clock clock;

  public DemoSeeder(TransactionRunner tx, PasswordHasher hasher, Clock clock) {
    this.tx = tx;
    this.hasher = hasher;
    this.clock = clock;
  }

  /** Told after each batch is committed. */
  @FunctionalInterface
  public interface Progress {
    void update(long casesWritten, long casesTotal);
  }

  /** What was written. */
  public record Result(long cases, long auditEntries, long openCases, Duration took) {}

  /**
   * Writes {@code cases} cases drawn from {@code seed}. Refuses a database that already holds
   * cases, so demo data never mixes with real records.
   */
  public Result seed(int cases, long seed, Progress progress) {
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be at least 1");
    }
    long started = System.nanoTime();
    Instant now = clock.instant();
    Team team = tx.inTransaction(r -> prepare(r, now));
    Run run = new Run(team, new SplittableRandom(seed), now);
    long idBase = tx.inTransaction(r -> r.bulk().nextCaseId());
    List<LoadedCase> chunk = new ArrayList<>(CHUNK + 1);
    long written = 0;
    long audit = 0;
    long open = 0;
    int made = 0;
    while (made < cases) {
      Instant received = run.receivedAt(made, cases);
      List<LoadedCase> produced = run.next(idBase + made, received, cases - made);
      chunk.addAll(produced);
      made += produced.size();
      if (chunk.size() >= CHUNK || made >= cases) {
        List<AuditEntry> entries = run.eventsUntil(made >= cases ? now : received);
        List<LoadedCase> batch = List.copyOf(chunk);
        tx.inTransaction(
            r -> {
              r.bulk().insert(batch);
              r.audit().appendAll(entries);
              return null;
            });
        written += batch.size();
        audit += entries.size();
        open += batch.stream().filter(c -> c.status().isOpen()).count();
        chunk.clear();
        progress.update(written, cases);
      }
    }
    tx.inTransaction(
        r -> {
          r.bulk().finish();
          return null;
        });
    return new Result(written, audit, open, Duration.ofNanos(System.nanoTime() - started));
  }

  private Team prepare(Repositories r, Instant now) {
    if (r.cases().count(CaseFilter.ALL) > 0) {
      throw new RefusedException(Refusal.of("seed.notEmpty"));
    }
    CompanySettings settings = CompanySettings.load(r.settings());
    String hash = null;
    List<StoredUser> agents = new ArrayList<>();
    List<StoredUser> leads = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (r.users().count() == 0) {
      // nobody could administer the database otherwise
      names.add(ADMIN);
    }
    names.addAll(AGENTS);
    names.addAll(SUPERVISORS);
    for (String name : names) {
      Role role =
          name.equals(ADMIN) ? Role.ADMIN : AGENTS.contains(name) ? Role.AGENT : Role.SUPERVISOR;
      Optional<StoredUser> existing = r.users().findByUsername(name);
      StoredUser user;
      if (existing.isPresent()) {
        user = existing.get();
      } else {
        if (hash == null) {
          hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        }
        long id = r.users().insert(name, role, hash, now);
        r.audit()
            .append(
                new AuditEntry(now, null, "seed-demo", "USER_CREATE", "USER", id, "role=" + role));
        user = r.users().findById(id).orElseThrow();
      }
      if (role == Role.AGENT) {
        agents.add(user);
      } else if (role == Role.SUPERVISOR) {
        leads.add(user);
      }
    }
    return new Team(settings, List.copyOf(agents), List.copyOf(leads));
  }

  private record Team(CompanySettings settings, List<StoredUser> agents, List<StoredUser> leads) {}

  /** An audit entry waiting for its moment, so the chain is written in time order. */
  private record Pending(Instant at, long order, AuditEntry entry) {}

  /** One seeding run: the random stream, the team and the audit entries not yet written. */
  private static final class Run {
    private final Team team;
    private final SplittableRandom rnd;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant start;
    private final PriorityQueue<Pending> pending =
        new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
    private long order;

    Run(Team team, SplittableRandom rnd, Instant now) {
      this.team = team;
      this.rnd = rnd;
      this.now = now;
      this.zone = team.settings().zone();
      this.today = LocalDate.ofInstant(now, zone);
      this.start = today.minusMonths(MONTHS).atStartOfDay(zone).toInstant();
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
                      : p < 0.9 ? CaseType.PASSWORD_COMPROMISE : formType();
      boolean escalate =
          type == CaseType.PASSWORD_COMPROMISE && room >= 2 && rnd.nextDouble() < 0.15;
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

    /** One of the types whose intake is built from their spec, evenly. */
    private CaseType formType() {
      return FORM_TYPES.get(rnd.nextInt(FORM_TYPES.size()));
    }

    /** A demo case of a type declared by its spec, from the spec's sample answers. */
    private <F extends TypeFacts> Made made(
        FormTypeSpec<F> spec, Channel channel, Instant received, String requesterKind) {
      TypedIntake in =
          new TypedIntake(
              spec.type(),
              new CommonIntake(
                  channel,
                  LocalDateTime.ofInstant(received, zone),
                  RequesterKind.valueOf(requesterKind),
                  null,
                  null),
              spec.demoAnswers(rnd));
      F facts = spec.facts(in);
      return new Made(new TypedFacts(facts), spec.deadlineRequest(in), spec.auditDetail(facts));
    }

    /** What a non-opt-out type's demo case is made of. */
    private record Made(Facts facts, DeadlineRequest request, String createDetail) {}

    private LoadedCase make(
        long id, CaseType type, Instant received, Long escalatedTo, Long escalatedFrom) {
      CompanySettings s = team.settings();
      LocalDate receivedDate = LocalDate.ofInstant(received, zone);
      StoredUser creator = pick(team.agents());
      StoredUser lead = pick(team.leads());
      StoredUser worker = rnd.nextBoolean() ? creator : pick(team.agents());
      Channel channel = channel(type);
      Facts facts;
      String requesterKind = null;
      String accountRef = null;
      String replyContact = null;
      String contactNormalized = null;
      DeadlineRequest request;
      String createDetail;
      if (type == CaseType.EMAIL_OPT_OUT) {
        String email = email();
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
            replyContact = email();
            contactNormalized = replyContact.toLowerCase(Locale.ROOT);
          } else {
            replyContact =
                String.format("+1 555 01%02d %04d", rnd.nextInt(100), rnd.nextInt(10_000));
          }
        }
        // an expression over every type: a new type does not compile until it has demo data
        Made made =
            RequestTypes.of(type) instanceof FormTypeSpec<?> form
                ? made(form, channel, received, requesterKind)
                : switch (BuiltInType.of(type)) {
                  case CA_DISCLOSURE -> {
                    boolean designated = s.isDesignated(channel);
                    String basis = rnd.nextBoolean() ? "SERVICE_ADDRESS" : "BILLING_ADDRESS";
                    Facts f =
                        new CaFacts(
                            designated,
                            basis,
                            true,
                            "AUTHORIZED_AGENT".equals(requesterKind)
                                ? "Signed authorisation on file"
                                : null);
                    DeadlineRequest r =
                        new DeadlineRequest(type, receivedDate, designated, Optional.empty());
                    yield new Made(f, r, "designated=" + designated + "; residency=" + basis);
                  }
                  case CHILD_DATA_DELETION -> {
                    String trigger =
                        rnd.nextDouble() < 0.8 ? "PARENT_REQUEST" : "LEARNED_WITHOUT_CONSENT";
                    String verification =
                        rnd.nextBoolean() ? "SIGNED_CONSENT_FORM" : "CALL_WITH_TRAINED_STAFF";
                    Facts f =
                        new ChildFacts(
                            trigger,
                            rnd.nextBoolean() ? "PARENT_STATEMENT" : "AGE_SCREEN_RECORD",
                            verification);
                    DeadlineRequest r = DeadlineRequest.of(type, receivedDate);
                    yield new Made(f, r, "trigger=" + trigger + "; verification=" + verification);
                  }
                  case PASSWORD_COMPROMISE -> {
                    String auth =
                        rnd.nextBoolean()
                            ? "ONE_TIME_CODE_TO_CONTACT_OF_RECORD"
                            : "CALL_BACK_TO_NUMBER_OF_RECORD";
                    Facts f = new PasswordFacts(auth);
                    DeadlineRequest r = DeadlineRequest.of(type, receivedDate);
                    yield new Made(f, r, "authentication=" + auth);
                  }
                  case EMAIL_OPT_OUT -> throw new IllegalStateException("opt-outs are made above");
                  case CPNI_BREACH -> {
                    LocalDate notified = receivedDate.plusDays(1);
                    Optional<LocalDate> le =
                        notified.isAfter(today) ? Optional.empty() : Optional.of(notified);
                    Facts f =
                        new BreachFacts(
                            receivedDate,
                            pick(team.leads()).username(),
                            "Unauthorised access to call records after a password compromise",
                            le.orElse(null));
                    DeadlineRequest r = new DeadlineRequest(type, receivedDate, true, le);
                    yield new Made(f, r, "from case " + escalatedFrom);
                  }
                };
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
      Outcome outcome = outcome(type, escalatedTo != null);
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
                  CaseStatus.NEW,
                  CaseStatus.PENDING_REVIEW,
                  CaseAction.SUBMIT_FOR_REVIEW,
                  outcome));
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

    private Outcome outcome(CaseType type, boolean escalated) {
      double p = rnd.nextDouble();
      if (RequestTypes.of(type) instanceof FormTypeSpec<?> form) {
        return form.demoOutcome(p);
      }
      return switch (BuiltInType.of(type)) {
        case EMAIL_OPT_OUT ->
            p < 0.85
                ? Outcome.SUPPRESSED
                : p < 0.95 ? Outcome.ALREADY_SUPPRESSED : Outcome.WITHDRAWN;
        case CA_DISCLOSURE ->
            p < 0.58
                ? Outcome.FULFILLED
                : p < 0.84
                    ? Outcome.NO_DISCLOSURES
                    : p < 0.9
                        ? Outcome.NOT_CA_RESIDENT
                        : p < 0.94 ? Outcome.NOT_PERSONAL_RELATIONSHIP : Outcome.WITHDRAWN;
        case CHILD_DATA_DELETION ->
            p < 0.7
                ? Outcome.DELETED
                : p < 0.85
                    ? Outcome.NO_DATA_HELD
                    : p < 0.95 ? Outcome.PARENT_NOT_VERIFIED : Outcome.WITHDRAWN;
        case PASSWORD_COMPROMISE ->
            escalated
                ? Outcome.ESCALATED_TO_BREACH
                : p < 0.85
                    ? Outcome.SECURED
                    : p < 0.94 ? Outcome.NOT_COMPROMISED : Outcome.UNABLE_TO_AUTHENTICATE;
        case CPNI_BREACH -> p < 0.85 ? Outcome.CUSTOMERS_NOTIFIED : Outcome.NO_BREACH;
      };
    }

    /** When the work was done: mostly on time, some late; opt-outs after the send check is due. */
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
          throw new IllegalStateException(
              "demo tick " + item + " refused: " + refused.get().code());
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

    private Channel channel(CaseType type) {
      double p = rnd.nextDouble();
      if (RequestTypes.of(type) instanceof FormTypeSpec<?> form) {
        IntakeCommon common = form.intakeCommon();
        return p < 0.6 ? common.initialChannel() : pick(common.channels());
      }
      return switch (BuiltInType.of(type)) {
        case EMAIL_OPT_OUT ->
            p < 0.45
                ? Channel.WEB_FORM
                : p < 0.75 ? Channel.OTHER_EMAIL : p < 0.9 ? Channel.PHONE : Channel.CHAT;
        case CA_DISCLOSURE ->
            p < 0.45
                ? Channel.DESIGNATED_EMAIL
                : p < 0.75
                    ? Channel.POSTAL_MAIL
                    : p < 0.85 ? Channel.OTHER_EMAIL : p < 0.95 ? Channel.PHONE : Channel.WEB_FORM;
        case CHILD_DATA_DELETION ->
            p < 0.4
                ? Channel.PHONE
                : p < 0.7 ? Channel.OTHER_EMAIL : p < 0.9 ? Channel.WEB_FORM : Channel.POSTAL_MAIL;
        case PASSWORD_COMPROMISE ->
            p < 0.5
                ? Channel.PHONE
                : p < 0.75 ? Channel.CHAT : p < 0.85 ? Channel.IN_PERSON : Channel.WEB_FORM;
        case CPNI_BREACH -> Channel.INTERNAL;
      };
    }

    private String email() {
      String first = FIRST[rnd.nextInt(FIRST.length)];
      String last = LAST[rnd.nextInt(LAST.length)];
      String local =
          switch (rnd.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            default -> first + "_" + last;
          };
      return local + rnd.nextInt(10_000) + "@" + DOMAINS[rnd.nextInt(DOMAINS.length)];
    }

    private <T> T pick(List<T> from) {
      return from.get(rnd.nextInt(from.size()));
    }
  }
}
