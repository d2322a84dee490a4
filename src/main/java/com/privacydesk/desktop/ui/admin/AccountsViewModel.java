package com.privacydesk.desktop.ui.admin;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.auth.UserService.Account;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.user.Role;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrators' accounts screen: every account with its role and state, and the changes an
 * administrator makes (each one a background call, audited by the service; the list reloads after).
 */
public final class AccountsViewModel {
  private final UserService users;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final ObservableList<Account> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public AccountsViewModel(UserService users, Actor actor, UiTaskRunner tasks) {
    this.users = users;
    this.actor = actor;
    this.tasks = tasks;
  }

  /** Loads the accounts; keeps the selection on the same account when it is still there. */
  public void load() {
    busy.set(true);
    tasks.run(
        () -> users.listAccounts(actor),
        list -> {
          Long keep = selected.get() == null ? null : selected.get().id();
          accounts.setAll(list);
          selected.set(
              keep == null
                  ? null
                  : list.stream().filter(a -> a.id() == keep).findFirst().orElse(null));
          busy.set(false);
        },
        ex -> {
          busy.set(false);
          error.set(Messages.describe(ex));
        });
  }

  /**
   * Adds an account; {@code onDone} runs once stored, {@code onError} gets the message (the form
   * keeps what was typed).
   */
  public void add(
      String name,
      Role role,
      char[] password,
      char[] repeated,
      Runnable onDone,
      Consumer<String> onError) {
    if (!Arrays.equals(password, repeated)) {
      onError.accept(Messages.get("error.password.mismatch"));
      return;
    }
    change(
        () -> {
          users.addUser(actor, name, role, password);
          return null;
        },
        Messages.get("accounts.done.added", name.strip().toLowerCase(java.util.Locale.ROOT)),
        onDone,
        onError);
  }

  /** Disables or re-enables the selected account. */
  public void setEnabled(boolean enabled) {
    Account a = selected.get();
    change(
        () -> {
          users.setEnabled(actor, a.id(), enabled);
          return null;
        },
        Messages.get(enabled ? "accounts.done.enabled" : "accounts.done.disabled", a.username()),
        () -> {},
        error::set);
  }

  /** Gives the selected account {@code role}. */
  public void changeRole(Role role) {
    Account a = selected.get();
    change(
        () -> {
          users.changeRole(actor, a.id(), role);
          return null;
        },
        Messages.get("accounts.done.role", a.username(), Messages.get("role." + role)),
        () -> {},
        error::set);
  }

  /** Lifts the selected account's lock-out. */
  public void unlock() {
    Account a = selected.get();
    change(
        () -> {
          users.unlock(actor, a.id());
          return null;
        },
        Messages.get("accounts.done.unlocked", a.username()),
        () -> {},
        error::set);
  }

  /** Sets a new password for the selected account. */
  public void resetPassword(
      char[] password, char[] repeated, Runnable onDone, Consumer<String> onError) {
    Account a = selected.get();
    if (!Arrays.equals(password, repeated)) {
      onError.accept(Messages.get("error.password.mismatch"));
      return;
    }
    change(
        () -> {
          users.resetPassword(actor, a.id(), password);
          return null;
        },
        Messages.get("accounts.done.reset", a.username()),
        onDone,
        onError);
  }

  private void change(Callable<Void> work, String done, Runnable onDone, Consumer<String> onError) {
    busy.set(true);
    error.set("");
    tasks.run(
        work,
        x -> {
          message.set(done);
          onDone.run();
          load();
        },
        ex -> {
          busy.set(false);
          onError.accept(Messages.describe(ex));
        });
  }

  /** The signed-in administrator (who cannot disable themselves). */
  public Actor actor() {
    return actor;
  }

  public ObservableList<Account> accounts() {
    return accounts;
  }

  public ObjectProperty<Account> selectedProperty() {
    return selected;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
