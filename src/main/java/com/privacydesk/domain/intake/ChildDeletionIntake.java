package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import org.jspecify.annotations.Nullable;

/**
 * A COPPA deletion. Holds no child identifiers: no name, birth date, email, photo or voice; only
 * how "under 13" was established and the internal account reference in {@link CommonIntake}.
 */
public record ChildDeletionIntake(
    CommonIntake common,
    @Nullable CoppaTrigger trigger,
    @Nullable Under13Basis under13Basis,
    @Nullable ParentVerification parentVerification)
    implements Intake {
  @Override
  public CaseType type() {
    return CaseType.CHILD_DATA_DELETION;
  }
}
