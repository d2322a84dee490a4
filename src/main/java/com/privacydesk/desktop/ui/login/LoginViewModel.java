package com.privacydesk.desktop.ui.login;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Sign-in: name and password, checked in the background. */
public final class LoginViewModel {
  private final Authenticator users;
  private final UiTaskRunner tasks;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  /** Checks a name and password (off the UI thread); returns the signed-in user. */
  @FunctionalInterface
  public interface Authenticator {
    Actor authenticate(String username, char[] password);
  }

  public LoginViewModel(UserService users, UiTaskRunner tasks) {
    this(users::authenticate, tasks);
  }

  public LoginViewModel(Authenticator users, UiTaskRunner tasks) {
    this.users = users;
    this.tasks = tasks;
  }

  /** Checks the credentials; on success calls {@code onSignedIn} with the user. */
  public void signIn(Consumer<Actor> onSignedIn) {
    if (busy.get()) {
      return;
    }
    if (username.get().isBlank() || password.get().isEmpty()) {
      error.set(Messages.get("login.missing"));
      return;
    }
    busy.set(true);
    error.set("");
    String name = username.get();
    char[] secret = password.get().toCharArray();
    tasks.run(
        () -> users.authenticate(name, secret),
        actor -> {
          busy.set(false);
          password.set("");
          onSignedIn.accept(actor);
        },
        ex -> {
          busy.set(false);
          password.set("");
          error.set(Messages.describe(ex));
        });
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
