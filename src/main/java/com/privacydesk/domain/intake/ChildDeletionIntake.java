package com.privacydesk.domain.intake;

/**
 * A COPPA deletion. Holds no child identifiers: no name, birth date, email, photo or voice; only
 * how "under 13" was established and the internal account reference in {@link CommonIntake}.
 */
public record ChildDeletionIntake(
    CommonIntake common,
    CoppaTrigger trigger,
    Under13Basis under13Basis,
    ParentVerification parentVerification) {}
