package com.privacydesk.desktop.ui.common;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
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

  /**
   * Grows the dialog's window when error lines appear, so nothing is cut off. (The dialog's own
   * {@code sizeToScene} measures a wrapper scene and keeps the old height.) It never shrinks while
   * the user is typing.
   */
  public static void resizeWithErrors(DialogPane pane, FieldErrors errors, StringProperty general) {
    Runnable grow =
        () ->
            FxThread.later(
                () -> {
                  if (pane.getScene() == null || pane.getScene().getWindow() == null) {
                    return;
                  }
                  var window = pane.getScene().getWindow();
                  double chrome = window.getHeight() - pane.getScene().getHeight();
                  double wanted = pane.prefHeight(pane.getWidth()) + chrome;
                  if (wanted > window.getHeight()) {
                    window.setHeight(wanted);
                  }
                });
    errors.asMap().addListener((MapChangeListener<String, String>) ch -> grow.run());
    general.addListener((o, was, now) -> grow.run());
  }

  /**
   * Puts the keyboard focus on {@code first} once the dialog is shown (the button bar would take
   * it).
   */
  public static void focusWhenShown(javafx.scene.control.Dialog<?> dialog, Control first) {
    dialog.setOnShown(e -> FxThread.later(first::requestFocus));
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
