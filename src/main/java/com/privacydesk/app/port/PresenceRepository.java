package com.privacydesk.app.port;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who has which case open now (issue 21, team mode): rows renewed every few seconds by each
 * workstation, timed by the database server's clock so that workstations agree.
 */
public interface PresenceRepository {
  /** Marks {@code caseIds} open by {@code userId} now, and no other case. */
  void beat(long userId, Collection<Long> caseIds);

  /** Marks no case open by {@code userId} (signed out; also clears a crashed session's rows). */
  void clear(long userId);

  /**
   * The other users who had each of {@code caseIds} open within {@code fresh}, by case: their user
   * names, sorted. A case nobody else has open is absent.
   */
  Map<Long, List<String>> others(long userId, Collection<Long> caseIds, Duration fresh);
}
