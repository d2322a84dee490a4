package com.privacydesk.domain.intake;

/**
 * A report of a compromised password; records how the caller was authenticated, never the secret.
 */
public record PasswordCompromiseIntake(CommonIntake common, AuthenticationMethod authentication) {}
