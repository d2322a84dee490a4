package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import org.jspecify.annotations.Nullable;

/**
 * A report of a compromised password; records how the caller was authenticated, never the secret.
 */
public record PasswordCompromiseIntake(
    CommonIntake common, @Nullable AuthenticationMethod authentication) implements Intake {
  @Override
  public CaseType type() {
    return CaseType.PASSWORD_COMPROMISE;
  }
}
