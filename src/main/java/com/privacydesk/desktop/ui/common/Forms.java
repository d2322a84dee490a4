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

  /** What the user wants done with unsaved changes when a dialog is closed. */
  public enum Unsaved {
    SAVE,
    DISCARD,
    KEEP_EDITING
  }

  /**
   * Asks before {@code dialog} closes while {@code dirty} says it holds unsaved changes: Save (runs
   * {@code save}, which calls its argument once stored, closing the dialog), Discard (runs {@code
   * discard}, then closes) or Cancel (stays open). Covers the Close button, Escape and the window's
   * own close box.
   */
  public static void guardUnsaved(
      javafx.scene.control.Dialog<?> dialog,
      java.util.function.BooleanSupplier dirty,
      java.util.function.Consumer<Runnable> save,
      Runnable discard) {
    boolean[] decided = {false};
    // later: a close asked for while the dialog handles its close request is ignored by it
    Runnable closeNow =
        () -> {
          decided[0] = true;
          FxThread.later(dialog::close);
        };
    dialog.setOnCloseRequest(
        e -> {
          if (decided[0] || !dirty.getAsBoolean()) {
            return;
          }
          e.consume();
          switch (askUnsaved(dialog.getDialogPane().getScene().getWindow())) {
            case SAVE -> save.accept(closeNow);
            case DISCARD -> {
              discard.run();
              closeNow.run();
            }
            case KEEP_EDITING -> {
              // stays open with everything as typed
            }
          }
        });
  }

  /**
   * {@link #guardUnsaved} for a dialog saved by its own button {@code save}: Save in the question
   * does what that button does (the dialog closes once stored); Discard keeps nothing.
   */
  public static void guardUnsaved(
      javafx.scene.control.Dialog<?> dialog,
      java.util.function.BooleanSupplier dirty,
      javafx.scene.control.ButtonType save) {
    guardUnsaved(
        dialog,
        dirty,
        closeWhenSaved ->
            ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(save)).fire(),
        () -> {});
  }

  /** Save / Discard / Cancel, asked over {@code owner}; Escape and the close box mean Cancel. */
  public static Unsaved askUnsaved(javafx.stage.Window owner) {
    javafx.scene.control.ButtonType save =
        new javafx.scene.control.ButtonType(
            Messages.get("unsaved.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
    javafx.scene.control.ButtonType discard =
        new javafx.scene.control.ButtonType(
            Messages.get("unsaved.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
    javafx.scene.control.Alert ask =
        new javafx.scene.control.Alert(
            javafx.scene.control.Alert.AlertType.CONFIRMATION,
            Messages.get("unsaved.text"),
            save,
            discard,
            javafx.scene.control.ButtonType.CANCEL);
    ask.initOwner(owner);
    ask.setTitle(Messages.get("unsaved.title"));
    ask.setHeaderText(Messages.get("unsaved.header"));
    ask.getDialogPane().lookupButton(save).setId("unsavedSave");
    ask.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
    ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL).setId("unsavedCancel");
    var answer = ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
    return answer == save
        ? Unsaved.SAVE
        : answer == discard ? Unsaved.DISCARD : Unsaved.KEEP_EDITING;
  }

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
    // The pane's preferred height at its width is biased by wrapped labels, but equally so each
    // time: grow by the change since the dialog was shown, not to the absolute figure.
    double[] shown = {-1, -1}; // preferred height and window height when shown
    Runnable grow =
        () ->
            FxThread.later(
                () -> {
                  if (pane.getScene() == null || pane.getScene().getWindow() == null) {
                    return;
                  }
                  var window = pane.getScene().getWindow();
                  if (shown[0] < 0) {
                    return;
                  }
                  double wanted = shown[1] + pane.prefHeight(pane.getWidth()) - shown[0];
                  if (wanted <= window.getHeight()) {
                    return;
                  }
                  growOnScreen(window, wanted);
                });
    Runnable recordWhenShown =
        () -> {
          var window = pane.getScene().getWindow();
          window.addEventHandler(
              javafx.stage.WindowEvent.WINDOW_SHOWN,
              e ->
                  FxThread.later(
                      () -> {
                        shown[0] = pane.prefHeight(pane.getWidth());
                        shown[1] = window.getHeight();
                      }));
        };
    if (pane.getScene() != null && pane.getScene().getWindow() != null) {
      recordWhenShown.run();
    } else {
      pane.sceneProperty()
          .addListener(
              (o, was, scene) -> {
                if (scene != null) {
                  scene
                      .windowProperty()
                      .addListener(
                          (o2, w0, window) -> {
                            if (window != null) {
                              recordWhenShown.run();
                            }
                          });
                }
              });
    }
    errors.asMap().addListener((MapChangeListener<String, String>) ch -> grow.run());
    general.addListener((o, was, now) -> grow.run());
  }

  /** A red error line bound to {@code text}: wraps, takes no room while empty, never cut off. */
  public static Label errorLine(String id, javafx.beans.value.ObservableStringValue text) {
    Label error = statusLine(id, text);
    error.getStyleClass().add("form-error");
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return error;
  }

  /** A status line bound to {@code text} that wraps instead of being cut off. */
  public static Label statusLine(String id, javafx.beans.value.ObservableStringValue text) {
    Label line = new Label();
    line.setId(id);
    line.setWrapText(true);
    line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    line.textProperty().bind(text);
    return line;
  }

  /**
   * Grows an open dialog's window so that content which arrived after it was shown (a preview
   * computed in the background, a result) fits. It never shrinks it.
   */
  public static void growToContent(DialogPane pane) {
    FxThread.later(
        () -> {
          if (pane.getScene() == null || pane.getScene().getWindow() == null) {
            return;
          }
          var window = pane.getScene().getWindow();
          double chrome = window.getHeight() - pane.getHeight();
          double wanted = pane.prefHeight(pane.getWidth()) + chrome;
          if (wanted > window.getHeight()) {
            growOnScreen(window, wanted);
          }
        });
  }

  /**
   * Sets the window's height to {@code wanted}, but never past the screen: buttons stay reachable.
   */
  private static void growOnScreen(javafx.stage.Window window, double wanted) {
    var screen =
        javafx.stage.Screen.getScreensForRectangle(
                window.getX(), window.getY(), window.getWidth(), window.getHeight())
            .stream()
            .findFirst()
            .orElse(javafx.stage.Screen.getPrimary())
            .getVisualBounds();
    double height = Math.min(wanted, screen.getHeight());
    window.setHeight(height);
    if (window.getY() + height > screen.getMaxY()) {
      window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
    }
  }

  /**
   * Puts the keyboard focus on {@code first} once the dialog is shown (the button bar would take
   * it).
   */
  public static void focusWhenShown(javafx.scene.control.Dialog<?> dialog, Control first) {
    dialog.setOnShown(e -> FxThread.later(first::requestFocus));
  }

  /**
   * Makes {@code buttonType} of {@code dialog} submit the form instead of closing it: {@code
   * submit} runs (usually starting a background save) and gets a callback that closes the dialog
   * with the result once it succeeded. The button is disabled while {@code busy}.
   */
  public static <R> void submitWith(
      javafx.scene.control.Dialog<R> dialog,
      javafx.scene.control.ButtonType buttonType,
      javafx.beans.value.ObservableBooleanValue busy,
      java.util.function.Consumer<java.util.function.Consumer<R>> submit) {
    if (dialog.getResultConverter() == null) {
      // Cancel, Esc and the window's close box give no result: without a converter the ButtonType
      // itself would come back as the dialog's result, and fail the caller's cast to R
      dialog.setResultConverter(b -> null);
    }
    javafx.scene.control.Button button =
        (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(buttonType);
    button.disableProperty().bind(busy);
    button.addEventFilter(
        javafx.event.ActionEvent.ACTION,
        e -> {
          e.consume();
          submit.accept(
              result -> {
                dialog.setResult(result);
                dialog.close();
              });
        });
  }

  /** A date typed into a picker but not yet committed with Enter still counts (or clears). */
  public static void commitTypedDate(javafx.scene.control.DatePicker picker) {
    String typed = picker.getEditor().getText();
    try {
      picker.setValue(
          typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
    } catch (java.time.format.DateTimeParseException ex) {
      picker.setValue(null);
    }
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
