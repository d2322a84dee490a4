package com.privacydesk.desktop.ui.login;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
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
import org.controlsfx.validation.ValidationSupport;

/** First start on an empty database: create the administrator account. */
public final class CreateAdminDialog {
  private final CreateAdminViewModel vm;
  private final Dialog<Actor> dialog = new Dialog<>();

  @FXML private TextField usernameField;
  @FXML private PasswordField passwordField;
  @FXML private PasswordField confirmField;
  @FXML private Label usernameError;
  @FXML private Label passwordError;
  @FXML private Label confirmError;
  @FXML private Label errorLabel;
  @FXML private ButtonType createButtonType;

  public CreateAdminDialog(Window owner, CreateAdminViewModel vm) {
    this.vm = vm;
    DialogPane pane = Fxml.load(this);
    dialog.setDialogPane(pane);
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("admin.title"));
    dialog.setResultConverter(b -> null);
    bind();
  }

  private void bind() {
    usernameField.textProperty().bindBidirectional(vm.usernameProperty());
    passwordField.textProperty().bindBidirectional(vm.passwordProperty());
    confirmField.textProperty().bindBidirectional(vm.confirmProperty());
    ValidationSupport support = Forms.validationFor(vm.fieldErrors());
    Forms.showErrors(
        support, vm.fieldErrors(), UserService.FIELD_USERNAME, usernameField, usernameError);
    Forms.showErrors(
        support, vm.fieldErrors(), UserService.FIELD_PASSWORD, passwordField, passwordError);
    Forms.showErrors(
        support, vm.fieldErrors(), CreateAdminViewModel.FIELD_CONFIRM, confirmField, confirmError);
    errorLabel.textProperty().bind(vm.errorProperty());
    errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    Forms.resizeWithErrors(dialog.getDialogPane(), vm.fieldErrors(), vm.errorProperty());
    Forms.submitWith(dialog, createButtonType, vm.busyProperty(), vm::create);
    Forms.focusWhenShown(dialog, usernameField);
  }

  /** Shows the dialog; empty when the user cancelled. */
  public Optional<Actor> showAndWait() {
    return dialog.showAndWait();
  }
}
