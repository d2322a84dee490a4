package com.privacydesk.app.demo;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.port.BulkCaseWriter.LoadedCase;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.PasswordHasher;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

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
    return seed(null, cases, seed, progress);
  }

  /**
   * The same, on behalf of {@code actor}: a database that already has accounts (a fresh team server
   * with its administrator, an install in use) gets demo accounts with the published password only
   * from an administrator; a database without any needs no sign-in.
   */
  public Result seed(
      com.privacydesk.app.@org.jspecify.annotations.Nullable Actor actor,
      int cases,
      long seed,
      Progress progress) {
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be at least 1");
    }
    long started = System.nanoTime();
    Instant now = clock.instant();
    Team team = inTransaction(actor, r -> prepare(r, actor, now));
    DemoRun run = new DemoRun(team, new SplittableRandom(seed), now);
    long idBase = inTransaction(actor, r -> r.bulk().nextCaseId());
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
        Instant until = made >= cases ? now : received;
        List<AuditEntry> entries = run.eventsUntil(until);
        // a case goes in with its creation entry, never before it: each transaction seals the
        // cases its entries name as they are then (ADR 0022); the rest wait for the next batch
        List<LoadedCase> batch =
            chunk.stream().filter(c -> !c.common().createdAt().isAfter(until)).toList();
        inTransaction(
            actor,
            r -> {
              r.bulk().insert(batch);
              r.audit().appendAll(entries);
              return null;
            });
        written += batch.size();
        audit += entries.size();
        open += batch.stream().filter(c -> c.status().isOpen()).count();
        chunk.removeIf(c -> !c.common().createdAt().isAfter(until));
        progress.update(written, cases);
      }
    }
    inTransaction(
        actor,
        r -> {
          r.bulk().finish();
          return null;
        });
    return new Result(written, audit, open, Duration.ofNanos(System.nanoTime() - started));
  }

  private Team prepare(
      Repositories r,
      com.privacydesk.app.@org.jspecify.annotations.Nullable Actor actor,
      Instant now) {
    if (r.cases().count(CaseFilter.ALL) > 0) {
      throw new RefusedException(Refusal.of("seed.notEmpty"));
    }
    if (r.users().count() > 0
        && (actor == null || !actor.can(com.privacydesk.domain.user.Permission.MANAGE_USERS))) {
      throw new RefusedException(Refusal.of("seed.hasUsers"));
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
        // on a team server each demo account signs in with its own login role too (ADR 0026)
        r.users().matchServerLogin(name, role, DEMO_PASSWORD.toCharArray(), true);
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

  /** The demo accounts and the settings the cases are made under. */
  record Team(CompanySettings settings, List<StoredUser> agents, List<StoredUser> leads) {}

  /**
   * Checks {@code actor}'s account in each transaction; without a sign-in (no accounts yet) none.
   */
  private <T> T inTransaction(
      com.privacydesk.app.@org.jspecify.annotations.Nullable Actor actor,
      java.util.function.Function<com.privacydesk.app.port.Repositories, T> work) {
    return actor == null ? tx.inTransaction(work) : tx.inTransaction(actor, work);
  }
}
