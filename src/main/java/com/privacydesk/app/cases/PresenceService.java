package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.port.TransactionRunner;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who has which case open (issue 21, "Presence"): each workstation in team mode tells the server
 * every {@link #BEAT} which cases its user has open, and asks who else has the cases it shows open.
 * A colleague shows while their workstation renewed its mark within {@link #FRESH}, so one that
 * crashed or lost the network drops out within that time. It is a courtesy, not a lock: the
 * optimistic lock on each case stays what refuses a conflicting change. Not audited (it is not
 * evidence); it names users, never requesters.
 */
public final class PresenceService {
  /** How often a workstation renews its marks and asks about its colleagues'. */
  public static final Duration BEAT = Duration.ofSeconds(5);

  /** How long a mark counts without being renewed. */
  public static final Duration FRESH = Duration.ofSeconds(20);

  /** Most cases asked about at once (a page of the queue and the open cases). */
  public static final int MOST = 500;

  private final TransactionRunner tx;

  public PresenceService(TransactionRunner tx) {
    this.tx = tx;
  }

  /** {@code actor} has {@code openCases} open now, and no other case. */
  public void beat(Actor actor, Set<Long> openCases) {
    Set<Long> ids = Set.copyOf(openCases.stream().limit(MOST).toList());
    tx.inTransaction(
        actor,
        r -> {
          r.presence().beat(actor.userId(), ids);
          return null;
        });
  }

  /** {@code actor} has no case open any more (signing out). */
  public void leave(Actor actor) {
    tx.inTransaction(
        actor,
        r -> {
          r.presence().clear(actor.userId());
          return null;
        });
  }

  /**
   * Who else has each of {@code caseIds} open now, by case (user names, sorted); cases nobody else
   * has open are absent.
   */
  public Map<Long, List<String>> others(Actor actor, Collection<Long> caseIds) {
    return others(actor, caseIds, FRESH);
  }

  /** As {@link #others(Actor, Collection)}, counting the marks renewed within {@code fresh}. */
  public Map<Long, List<String>> others(Actor actor, Collection<Long> caseIds, Duration fresh) {
    List<Long> ids = caseIds.stream().distinct().limit(MOST).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return tx.inTransaction(actor, r -> r.presence().others(actor.userId(), ids, fresh));
  }
}
