package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.port.CaseRepository.ClockInputs;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recomputes a case's clocks under the settings in force now. Dates never move on their own when
 * settings change; a supervisor previews the old and new dates and applies them, audited.
 */
public final class RecalculationService {
  private final TransactionRunner tx;
  private final Clock clock;

  public RecalculationService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** Old and new clocks of a case; nothing is changed. */
  public Preview preview(Actor actor, long caseId) {
    actor.require(Permission.RECALCULATE_DEADLINES);
    return tx.inTransaction(actor, r -> compute(r, caseId));
  }

  /** Applies {@code preview} if the case has not changed since; audited with old and new dates. */
  public void apply(Actor actor, Preview preview) {
    actor.require(Permission.RECALCULATE_DEADLINES);
    tx.inTransaction(
        actor,
        r -> {
          Preview now = compute(r, preview.caseId());
          CaseLock.claim(r, preview.caseId(), preview.version(), actor.userId(), clock.instant());
          if (!now.after().equals(preview.after())) {
            // the settings changed since the preview: the user must look at the new dates first
            throw new RefusedException(Refusal.of("recalculation.stale", preview.caseId()));
          }
          r.cases().replaceClocks(preview.caseId(), preview.after(), preview.afterVersion());
          if (preview.type() == CaseType.CA_DISCLOSURE) {
            r.cases().updateDesignated(preview.caseId(), preview.designated());
          }
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "CLOCKS_RECALCULATED",
                      "CASE",
                      preview.caseId(),
                      dates(preview.before())
                          + " ("
                          + preview.beforeVersion()
                          + ") -> "
                          + dates(preview.after())
                          + " ("
                          + preview.afterVersion()
                          + ")"));
          return null;
        });
  }

  private static Preview compute(Repositories r, long caseId) {
    ClockInputs in =
        r.cases().clockInputs(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    CompanySettings settings = CompanySettings.load(r.settings());
    boolean designated = settings.isDesignated(in.channel());
    List<CaseClock> after =
        settings
            .rules()
            .clocks(
                new DeadlineRequest(
                    in.type(), in.start(), designated, in.lawEnforcementNotified()));
    List<CaseClock> before = r.cases().detail(caseId).orElseThrow().clocks();
    return new Preview(
        caseId,
        in.type(),
        in.version(),
        before,
        in.ruleVersion(),
        after,
        after.getFirst().ruleVersion(),
        designated);
  }

  private static String dates(List<CaseClock> clocks) {
    return clocks.stream()
        .map(c -> c.name() + "=" + c.due())
        .sorted()
        .collect(Collectors.joining(","));
  }

  /**
   * A proposed recalculation.
   *
   * @param version the case version it was computed against
   */
  public record Preview(
      long caseId,
      CaseType type,
      int version,
      List<CaseClock> before,
      String beforeVersion,
      List<CaseClock> after,
      String afterVersion,
      boolean designated) {
    /** Whether any date would move. */
    public boolean changesDates() {
      return !dates(before).equals(dates(after));
    }
  }
}
