package com.privacydesk.desktop.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Shows a form's field errors: a ControlsFX decoration on the field plus a text under it. */
public final class Forms {
  private Forms() {}

  /** Binds {@code field}'s error (by name) to its decoration and to {@code errorLabel}. */
  public static void showErrors(
      ValidationSupport support,
      FieldErrors errors,
      String field,
      Control control,
      Label errorLabel) {
    errorLabel.textProperty().bind(errors.messageOf(field));
    errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
    errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    errorLabel.getStyleClass().add("field-error");
    Validator<Object> validator =
        (c, value) ->
            ValidationResult.fromMessageIf(
                c, errors.get(field), Severity.ERROR, !errors.get(field).isEmpty());
    support.registerValidator(control, false, validator);
  }

  /** A validation support that decorates only when told to (after a save attempt). */
  public static ValidationSupport validationFor(FieldErrors errors) {
    ValidationSupport support = new ValidationSupport();
    support.setErrorDecorationEnabled(true);
    errors
        .asMap()
        .addListener(
            (javafx.collections.MapChangeListener<String, String>) ch -> support.revalidate());
    return support;
  }
}
