package com.privacydesk.desktop.ui.login;

import com.privacydesk.app.Actor;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Fxml;
import com.privacydesk.desktop.ui.common.Messages;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Asks for name and password at every start. */
public final class LoginDialog {
  private final LoginViewModel vm;
  private final Dialog<Actor> dialog = new Dialog<>();

  @FXML private TextField usernameField;
  @FXML private PasswordField passwordField;
  @FXML private Label errorLabel;
  @FXML private ButtonType signInButtonType;

  public LoginDialog(Window owner, LoginViewModel vm) {
    this.vm = vm;
    DialogPane pane = Fxml.load(this);
    dialog.setDialogPane(pane);
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("login.title"));
    dialog.setResultConverter(b -> null);
    bind();
  }

  private void bind() {
    usernameField.textProperty().bindBidirectional(vm.usernameProperty());
    passwordField.textProperty().bindBidirectional(vm.passwordProperty());
    // while the answer is awaited (delayed after failed sign-ins) the line says so, not in red
    errorLabel
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(Messages.get("login.checking"))
                .otherwise(vm.errorProperty()));
    errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty().or(vm.busyProperty()));
    vm.busyProperty()
        .addListener(
            (o, was, busy) -> {
              errorLabel.getStyleClass().remove("form-error");
              if (!busy) {
                errorLabel.getStyleClass().add("form-error");
              }
            });
    // a refusal can take two or three lines: the dialog grows to show it whole, never "…"
    errorLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    vm.errorProperty()
        .addListener(
            (o, was, now) -> {
              // set on the FX thread; the scene's preferred size already counts the new lines
              var window = dialog.getDialogPane().getScene().getWindow();
              if (window != null) {
                window.sizeToScene();
              }
            });
    Forms.submitWith(dialog, signInButtonType, vm.busyProperty(), vm::signIn);
    Forms.focusWhenShown(dialog, usernameField);
  }

  /** Shows the dialog; empty when the user cancelled. */
  public Optional<Actor> showAndWait() {
    return dialog.showAndWait();
  }
}
