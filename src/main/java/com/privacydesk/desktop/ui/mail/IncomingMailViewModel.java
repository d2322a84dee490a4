package com.privacydesk.desktop.ui.mail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.app.mail.MailService;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.mail.Dismissal;
import java.nio.file.Path;
import java.util.List;
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
 * The incoming mail list: fetch (with progress), import saved messages, read one, turn one into a
 * case (the intake form, pre-filled), several opt-outs into cases at once, or dismiss one. Every
 * call runs on the worker.
 */
public final class IncomingMailViewModel {
  private final MailService mail;
  private final IntakeService intake;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Runnable casesChanged;
  private final ObservableList<IncomingMail> rows = FXCollections.observableArrayList();
  private final ObjectProperty<IncomingMail> shown = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty lastFetch = new SimpleStringProperty("");

  public IncomingMailViewModel(
      MailService mail,
      IntakeService intake,
      Actor actor,
      UiTaskRunner tasks,
      Runnable casesChanged) {
    this.mail = mail;
    this.intake = intake;
    this.actor = actor;
    this.tasks = tasks;
    this.casesChanged = casesChanged;
  }

  /** Reads the list again. */
  public void refresh() {
    tasks.run(
        () -> mail.unhandled(actor),
        list -> {
          Long keep = shown.get() == null ? null : shown.get().id();
          rows.setAll(list);
          if (keep != null && list.stream().noneMatch(m -> m.id() == keep)) {
            shown.set(null);
          }
        },
        e -> status.set(Messages.describe(e)));
  }

  /** Fetches from every enabled mailbox, saying how far it is, then reads the list again. */
  public void fetch() {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    status.set(Messages.get("mail.fetching"));
    tasks.run(
        () -> {
          if (mail.mailboxes(actor).isEmpty()) {
            return null;
          }
          return mail.fetch(
              actor,
              null,
              (box, done, total) ->
                  tasks.post(() -> status.set(Messages.get("mail.fetchingBox", box, done, total))));
        },
        r -> {
          busy.set(false);
          status.set(r == null ? Messages.get("mail.noMailbox") : describe(r));
          if (r != null) {
            lastFetch.set(describe(r));
          }
          refresh();
        },
        e -> {
          busy.set(false);
          failed(e);
        });
  }

  /** A fetch's outcome in words: the counts, then each mailbox that failed and why. */
  public static String describe(MailService.FetchResult r) {
    StringBuilder b =
        new StringBuilder(Messages.get("mail.fetched", r.fetched(), r.added(), r.skipped()));
    if (r.tooLarge() > 0) {
      b.append(' ').append(Messages.get("mail.fetchedTooLarge", r.tooLarge()));
    }
    for (MailService.Failure f : r.failures()) {
      b.append(' ')
          .append(Messages.get("mail.fetchFailed", f.mailbox(), Messages.describe(f.error())));
    }
    return b.toString();
  }

  /** Imports saved messages. */
  public void importFiles(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    busy.set(true);
    tasks.run(
        () -> mail.importFiles(actor, files),
        r -> {
          busy.set(false);
          StringBuilder b =
              new StringBuilder(Messages.get("mail.imported", r.added(), r.skipped()));
          for (MailService.FileProblem p : r.refused()) {
            b.append(' ')
                .append(
                    Messages.get(
                        "mail.fileRefused",
                        p.file().getFileName(),
                        Messages.get("error.mail.file." + p.code())));
          }
          status.set(b.toString());
          refresh();
        },
        e -> {
          busy.set(false);
          failed(e);
        });
  }

  /** Shows one message with its text (the read is audited). */
  public void show(IncomingMail m) {
    if (m == null) {
      shown.set(null);
      return;
    }
    tasks.run(() -> mail.read(actor, m.id()), shown::set, this::failed);
  }

  /** The pre-filled intake of a message, for the form. */
  public void draft(IncomingMail m, Consumer<MailService.IntakeDraft> then) {
    tasks.run(() -> mail.draft(actor, m.id()), then, this::failed);
  }

  /** Turns the chosen opt-out emails into cases in one step. */
  public void optOuts(List<IncomingMail> chosen) {
    if (chosen.isEmpty()) {
      return;
    }
    busy.set(true);
    List<Long> ids = chosen.stream().map(IncomingMail::id).toList();
    tasks.run(
        () -> intake.optOutsFromMail(actor, ids),
        r -> {
          busy.set(false);
          status.set(
              Messages.get(
                  "mail.optOutsMade",
                  r.created().size(),
                  r.repeats().size(),
                  r.notAnAddress().size(),
                  r.handled().size()));
          refresh();
          casesChanged.run();
        },
        e -> {
          busy.set(false);
          failed(e);
        });
  }

  /** Marks a message handled without a case. */
  public void dismiss(IncomingMail m, Dismissal why, Long duplicateOf) {
    tasks.run(
        () -> {
          mail.dismiss(actor, m.id(), why, duplicateOf);
          return null;
        },
        v -> {
          status.set(Messages.get("mail.dismissed", m.id(), Messages.value(why)));
          refresh();
          if (duplicateOf != null) {
            casesChanged.run();
          }
        },
        this::failed);
  }

  /** After a case was saved from a message. */
  public void converted(long caseId) {
    status.set(Messages.get("mail.converted", caseId));
    refresh();
    casesChanged.run();
  }

  private void failed(Throwable e) {
    status.set(Messages.describe(e));
    refresh();
  }

  public ObservableList<IncomingMail> rows() {
    return rows;
  }

  /** The message shown with its text, or null. */
  public ObjectProperty<IncomingMail> shownProperty() {
    return shown;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** What the last fetch did, in words (the main window's status line shows it). */
  public StringProperty lastFetchProperty() {
    return lastFetch;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
