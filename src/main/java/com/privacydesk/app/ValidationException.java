package com.privacydesk.app;

import com.privacydesk.domain.intake.FieldError;
import java.util.List;

/** Input was refused; nothing was saved. Carries every field error, not just the first. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super("invalid input: " + errors.stream().map(e -> e.field() + " " + e.code()).toList());
    this.errors = List.copyOf(errors);
  }

  /** The problems found, one per field at most. */
  public List<FieldError> errors() {
    return errors;
  }
}
