package com.privacydesk.desktop.ui.admin;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/** File → Change password…: the current password, the new one twice. */
public final class ChangePasswordDialog {
  private final Dialog<Boolean> dialog = new Dialog<>();

  public ChangePasswordDialog(Window owner, UserService users, Actor actor, UiTaskRunner tasks) {
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("password.title"));
    dialog.setHeaderText(Messages.get("password.header", actor.username()));
    PasswordField current = new PasswordField();
    current.setId("currentPassword");
    PasswordField fresh = new PasswordField();
    fresh.setId("newPassword");
    PasswordField repeat = new PasswordField();
    repeat.setId("repeatPassword");
    Label error = AccountsDialog.errorLabel("passwordError");
    dialog
        .getDialogPane()
        .setContent(
            AccountsDialog.grid(
                error,
                AccountsDialog.row("password.current", current),
                AccountsDialog.row("accounts.add.password", fresh),
                AccountsDialog.row("accounts.add.repeat", repeat)));
    ButtonType change =
        new ButtonType(Messages.get("password.change"), ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(change, ButtonType.CANCEL);
    // Cancel or the window's close: no result (without this the ButtonType itself would come back
    // as the Boolean result, and the caller's check of it fail)
    dialog.setResultConverter(b -> null);
    SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    Forms.submitWith(
        dialog,
        change,
        busy,
        finish -> {
          char[] now = current.getText().toCharArray();
          char[] next = fresh.getText().toCharArray();
          if (!Arrays.equals(next, repeat.getText().toCharArray())) {
            error.setText(Messages.get("error.password.mismatch"));
            return;
          }
          busy.set(true);
          tasks.run(
              () -> {
                users.changePassword(actor, now, next);
                return true;
              },
              ok -> finish.accept(true),
              ex -> {
                busy.set(false);
                error.setText(Messages.describe(ex));
              });
        });
    dialog.setOnShown(e -> current.requestFocus());
  }

  /** Shows the dialog; true once the password was changed. */
  public Optional<Boolean> showAndWait() {
    return dialog.showAndWait();
  }
}
