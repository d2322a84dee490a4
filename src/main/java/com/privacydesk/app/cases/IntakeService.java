package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.CaseRepository.NewCase;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Logs new requests: validates, computes the clocks, saves and audits in one transaction. */
public final class IntakeService {
  private final TransactionRunner tx;
  private final Clock clock;

  public IntakeService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** The company time zone: received dates and deadlines are local dates there. */
  public ZoneId companyZone() {
    return tx.inTransaction(r -> CompanySettings.load(r.settings())).zone();
  }

  /** Logs an email opt-out and returns its case id; nothing is saved if any field is invalid. */
  public long logOptOut(Actor actor, OptOutIntake in) {
    actor.require(Permission.CREATE_CASE);
    return tx.inTransaction(
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          Instant now = clock.instant();
          List<FieldError> errors =
              IntakeValidation.validateOptOut(in, LocalDateTime.ofInstant(now, zone));
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          EmailAddress email = new EmailAddress(in.email());
          Instant receivedAt = in.receivedAt().atZone(zone).toInstant();
          List<CaseClock> clocks =
              settings.rules().clocks(CaseType.EMAIL_OPT_OUT, in.receivedAt().toLocalDate());
          CaseClock statutory = clocks.getFirst();
          long id =
              r.cases()
                  .insertCase(
                      new NewCase(
                          CaseType.EMAIL_OPT_OUT,
                          CaseStatus.NEW,
                          in.channel(),
                          receivedAt,
                          in.receivedAt().toLocalDate(),
                          statutory.due(),
                          actor.userId(),
                          now));
          String categories = in.categories() == null ? null : in.categories().strip();
          r.cases()
              .insertOptOut(
                  id,
                  email.value(),
                  email.normalized(),
                  in.scope(),
                  categories == null || categories.isEmpty() ? null : categories);
          r.cases().insertClocks(id, clocks);
          r.audit()
              .append(
                  new AuditEntry(
                      now,
                      actor.userId(),
                      actor.username(),
                      "CASE_CREATE",
                      "CASE",
                      id,
                      "type=EMAIL_OPT_OUT; channel="
                          + in.channel()
                          + "; scope="
                          + in.scope()
                          + "; statutory="
                          + statutory.due()));
          return id;
        });
  }
}
