package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;

/**
 * What intake records for one request, one record per type. Sealed: a switch over an intake lists
 * every type, and the compiler names each place a new type must be handled.
 */
public sealed interface Intake
    permits OptOutIntake,
        CaDisclosureIntake,
        ChildDeletionIntake,
        PasswordCompromiseIntake,
        CpniBreachIntake,
        TypedIntake {
  /** The request type this record logs. */
  CaseType type();
}
