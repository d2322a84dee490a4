package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.port.CaseRepository.NewCase;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.types.DeadlineRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out a new case (its row, its clocks under the settings in force, its CASE_CREATE audit
 * entry) and stores it in the caller's transaction; the type's facts are stored by the caller.
 */
final class NewCases {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

  private final Clock clock;

  NewCases(Clock clock) {
    this.clock = clock;
  }

  /** Plans and stores a case whose common facts came in with {@code c}. */
  long insertCommon(
      Repositories r,
      CompanySettings s,
      Actor actor,
      CaseType type,
      CommonIntake c,
      DeadlineRequest request,
      String auditDetail) {
    return insert(
        r,
        actor,
        plan(
            s,
            actor,
            type,
            c.channel(),
            c.receivedAt(),
            c.requesterKind().name(),
            IntakeService.trimToNull(c.accountRef()),
            IntakeService.trimToNull(c.replyContact()),
            DuplicateFinder.normalizedEmail(c),
            request,
            auditDetail));
  }

  /** Stores planned case {@code p}: its row, its clocks and its CASE_CREATE audit entry. */
  long insert(Repositories r, Actor actor, Planned p) {
    long id = r.cases().insertCase(p.row());
    r.cases().insertClocks(id, p.clocks());
    r.audit().append(p.audit(actor, clock.instant(), id));
    LOG.info("Case {} created: {} by user {}", id, p.row().type(), actor.userId());
    return id;
  }

  /** A new case worked out but not stored: its row, its clocks and its audit entry's detail. */
  record Planned(NewCase row, List<CaseClock> clocks, String auditDetail) {
    AuditEntry audit(Actor actor, Instant at, long id) {
      String dates =
          clocks.stream().map(c -> c.name() + "=" + c.due()).collect(Collectors.joining(","));
      return actor.audit(
          at,
          "CASE_CREATE",
          "CASE",
          id,
          "type=" + row.type() + "; " + auditDetail + "; clocks=" + dates);
    }
  }

  Planned plan(
      CompanySettings s,
      Actor actor,
      CaseType type,
      Channel channel,
      LocalDateTime receivedAt,
      String requesterKind,
      String accountRef,
      String replyContact,
      String contactNormalized,
      DeadlineRequest request,
      String auditDetail) {
    DeadlineRules rules = s.rules();
    List<CaseClock> clocks = rules.clocks(request);
    LocalDate nearest =
        clocks.stream().map(CaseClock::due).min(Comparator.naturalOrder()).orElse(null);
    return new Planned(
        new NewCase(
            type,
            CaseStatus.NEW,
            channel,
            receivedAt.atZone(s.zone()).toInstant(),
            request.start(),
            nearest,
            actor.userId(),
            clock.instant(),
            requesterKind,
            accountRef,
            replyContact,
            contactNormalized,
            clocks.getFirst().ruleVersion()),
        clocks,
        auditDetail);
  }
}
