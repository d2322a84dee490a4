package com.privacydesk.domain.calendar;

import com.privacydesk.domain.CaseType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the clocks of one case depend on.
 *
 * @param start the received date (for CPNI_BREACH: the date of reasonable determination)
 * @param designated CA_DISCLOSURE only: received at a designated address
 * @param lawEnforcementNotified CPNI_BREACH only: the date USSS/FBI were notified, once known
 */
public record DeadlineRequest(
    CaseType type,
    LocalDate start,
    boolean designated,
    Optional<LocalDate> lawEnforcementNotified) {
  public DeadlineRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(lawEnforcementNotified, "lawEnforcementNotified");
  }

  /** A request for a type with no channel or notice date (they only matter for CA and CPNI). */
  public static DeadlineRequest of(CaseType type, LocalDate start) {
    return new DeadlineRequest(type, start, true, Optional.empty());
  }
}
