package com.privacydesk.desktop.ui.login;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.desktop.ui.common.FieldErrors;
import com.privacydesk.desktop.ui.common.FormSubmission;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First start: create the administrator account, then sign in as it. */
public final class CreateAdminViewModel {
  public static final String FIELD_CONFIRM = "confirm";

  private final UserService users;
  private final UiTaskRunner tasks;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty confirm = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final FieldErrors fieldErrors = new FieldErrors();
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public CreateAdminViewModel(UserService users, UiTaskRunner tasks) {
    this.users = users;
    this.tasks = tasks;
  }

  /** Creates the account; on success calls {@code onCreated} with the signed-in admin. */
  public void create(Consumer<Actor> onCreated) {
    if (busy.get()) {
      return;
    }
    fieldErrors.clear();
    error.set("");
    if (!password.get().equals(confirm.get())) {
      fieldErrors.put(FIELD_CONFIRM, Messages.get("error.password.mismatch"));
      return;
    }
    String name = username.get();
    char[] secret = password.get().toCharArray();
    FormSubmission.submit(
        tasks, busy, fieldErrors, error, () -> users.createFirstAdmin(name, secret), onCreated);
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty confirmProperty() {
    return confirm;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public FieldErrors fieldErrors() {
    return fieldErrors;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
