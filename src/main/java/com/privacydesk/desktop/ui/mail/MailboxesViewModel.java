package com.privacydesk.desktop.ui.mail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.MailSettings;
import com.privacydesk.app.mail.MailService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.mail.MailRules;
import com.privacydesk.domain.mail.MailboxSettings;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Supervisors' mailboxes (with this workstation's passwords) and the mail settings and rules. */
public final class MailboxesViewModel {
  private final MailService mail;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final ObservableList<MailboxSettings> mailboxes = FXCollections.observableArrayList();
  private final ObjectProperty<MailSettings> settings = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public MailboxesViewModel(MailService mail, Actor actor, UiTaskRunner tasks) {
    this.mail = mail;
    this.actor = actor;
    this.tasks = tasks;
  }

  /** Reads the mailboxes and the settings. */
  public void load() {
    tasks.run(
        () -> new Object[] {mail.mailboxes(actor), mail.settings(actor)},
        r -> {
          @SuppressWarnings("unchecked")
          java.util.List<MailboxSettings> list = (java.util.List<MailboxSettings>) r[0];
          mailboxes.setAll(list);
          settings.set((MailSettings) r[1]);
        },
        e -> status.set(Messages.describe(e)));
  }

  /** Whether this workstation keeps a password for {@code name} (reads a local file). */
  public void hasPassword(String name, Consumer<Boolean> then) {
    tasks.run(() -> mail.hasPassword(name), then, e -> then.accept(false));
  }

  /** Saves a mailbox; {@code password} null keeps the one this workstation has. */
  public void save(MailboxSettings m, String password, Consumer<Long> then) {
    busy.set(true);
    tasks.run(
        () -> mail.saveMailbox(actor, m, password),
        id -> {
          busy.set(false);
          status.set(Messages.get("mailboxes.saved", m.name().strip()));
          load();
          then.accept(id);
        },
        e -> {
          busy.set(false);
          status.set(Messages.describe(e));
        });
  }

  /** Checks the settings against the servers. */
  public void test(MailboxSettings m, String password) {
    busy.set(true);
    status.set(Messages.get("mailboxes.testing"));
    tasks.run(
        () -> mail.test(actor, m, password),
        n -> {
          busy.set(false);
          status.set(
              Messages.get(
                  "mailboxes.tested", n, m.sends() ? Messages.get("mailboxes.testedSmtp") : ""));
        },
        e -> {
          busy.set(false);
          status.set(Messages.describe(e));
        });
  }

  /** Saves the fetch interval, size limit, keep days and the rule table (checked first). */
  public void saveSettings(int minutes, int maxMb, int keepDays, String rulesText) {
    MailSettings next;
    try {
      MailRules rules = MailService.rules(rulesText);
      next = new MailSettings(minutes, maxMb, keepDays, rules);
    } catch (IllegalArgumentException e) {
      status.set(Messages.get("mailboxes.number"));
      return;
    } catch (RuntimeException e) {
      status.set(Messages.describe(e));
      return;
    }
    MailSettings saved = next;
    tasks.run(
        () -> {
          mail.saveSettings(actor, saved);
          return saved;
        },
        s -> {
          settings.set(s);
          status.set(Messages.get("mailboxes.settingsSaved"));
        },
        e -> status.set(Messages.describe(e)));
  }

  public ObservableList<MailboxSettings> mailboxes() {
    return mailboxes;
  }

  public ObjectProperty<MailSettings> settingsProperty() {
    return settings;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
