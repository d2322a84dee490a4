package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import java.time.LocalDate;

/**
 * A CPNI breach opened from a password-compromise case (47 CFR 64.2011).
 *
 * @param passwordCaseId the password-compromise case it escalates
 * @param determinedOn date of the reasonable determination that a breach occurred
 * @param determinedBy who made the determination
 * @param description the CPNI involved and the circumstances
 * @param lawEnforcementNotifiedOn date USSS/FBI were notified, if already done (else null)
 */
public record CpniBreachIntake(
    long passwordCaseId,
    LocalDate determinedOn,
    String determinedBy,
    String description,
    LocalDate lawEnforcementNotifiedOn)
    implements Intake {
  @Override
  public CaseType type() {
    return CaseType.CPNI_BREACH;
  }
}
