package com.privacydesk.domain.intake;

import java.util.Objects;

/**
 * One problem with one input field. {@code code} is a message key ({@code error.<code>} in the
 * resource bundle) so every front end words it the same way.
 */
public record FieldError(String field, String code) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
  }
}
