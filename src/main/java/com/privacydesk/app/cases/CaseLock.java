package com.privacydesk.app.cases;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.ConcurrentEditException;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.port.CaseRepository.LastChange;
import com.privacydesk.app.port.Repositories;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The optimistic lock every change of a case takes first: the case must still have the version the
 * user saw, else nothing is written and the user learns who changed it when.
 */
final class CaseLock {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CaseLock() {}

  /** Bumps the version of {@code caseId} for {@code userId}, or throws the conflict. */
  static void claim(Repositories r, long caseId, int expectedVersion, long userId, Instant now) {
    if (r.cases().claim(caseId, expectedVersion, userId, now)) {
      return;
    }
    LastChange last =
        r.cases().lastChange(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    String at = AT.format(last.at().atZone(CompanySettings.load(r.settings()).zone()));
    throw new ConcurrentEditException(caseId, last.username(), at);
  }
}
