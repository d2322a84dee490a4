package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.letters.LetterService;
import com.privacydesk.app.port.LetterRepository.StoredLetter;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.letters.LetterKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Letters tab of a case: its letters, writing a new one, opening its PDF or an email draft of
 * it (written to a private temporary folder and handed to the desktop), recording how it was sent.
 */
public final class LettersViewModel {
  private final LetterService letters;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final com.privacydesk.desktop.ui.common.DialogService dialogs;
  private final Runnable caseChanged;
  private final ObservableList<StoredLetter> rows = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private long caseId;
  private CaseType type;
  private com.privacydesk.app.mail.MailService mail;
  private java.util.function.Supplier<java.time.ZoneId> zone =
      () -> com.privacydesk.app.CompanySettings.DEFAULT_ZONE;
  private Path folder;

  /**
   * @param dialogs hands a written file to the desktop (PDF viewer, mail client) and asks where to
   *     save a copy where the desktop has no program for it
   * @param caseChanged reloads the case after a change that also ticked its checklist
   */
  public LettersViewModel(
      LetterService letters,
      Actor actor,
      UiTaskRunner tasks,
      com.privacydesk.desktop.ui.common.DialogService dialogs,
      Runnable caseChanged) {
    this.letters = letters;
    this.actor = actor;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.caseChanged = caseChanged;
  }

  /** Lets letters be sent by email through {@code mail} (times shown in {@code zone}). */
  public void setMail(
      com.privacydesk.app.mail.MailService mail,
      java.util.function.Supplier<java.time.ZoneId> zone) {
    this.mail = mail;
    this.zone = zone;
  }

  /** Whether letters can be sent by email from here. */
  public boolean canEmail() {
    return mail != null;
  }

  /** The view model of sending {@code letterId} by email; the list and the case reload after. */
  public com.privacydesk.desktop.ui.mail.SendLetterViewModel sender(long letterId) {
    return new com.privacydesk.desktop.ui.mail.SendLetterViewModel(
        mail,
        actor,
        tasks,
        letterId,
        zone,
        () -> {
          load(caseId, type);
          caseChanged.run();
        });
  }

  /** A file written for the desktop to open, and whether a program on it can. */
  private record ForDesktop(Path file, boolean openable) {}

  /**
   * Opens {@code file} with the desktop's program; where there is none (no mail client for a draft,
   * no PDF viewer), says so and offers to save a copy where the user chooses.
   */
  private void openOrOffer(ForDesktop written, String openedKey, String missingKey) {
    if (open(written, "", openedKey)) {
      return;
    }
    status.set(Messages.get(missingKey, written.file().toString()));
    dialogs
        .askSaveLocation(
            Messages.get("letters.saveCopy.title"), written.file().getFileName().toString())
        .ifPresent(
            target ->
                run(
                    () -> {
                      java.nio.file.Files.copy(
                          written.file(),
                          target,
                          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                      return target;
                    },
                    saved -> status.set(Messages.get("letters.saveCopy.done", saved.toString()))));
  }

  /**
   * Hands {@code file} to the desktop's program and says so after {@code before}; false (nothing
   * done) where the desktop has no program for it.
   */
  private boolean open(ForDesktop file, String before, String openedKey) {
    if (!file.openable()) {
      return false;
    }
    status.set(before + Messages.get(openedKey, file.file().toString()));
    dialogs.openDocument(file.file());
    return true;
  }

  /** Shows the letters of {@code id}. */
  public void load(long id, CaseType caseType) {
    boolean other = id != caseId;
    caseId = id;
    type = caseType;
    if (other) {
      status.set("");
      error.set("");
    }
    tasks.run(() -> letters.letters(actor, id), rows::setAll, this::failed);
  }

  /** The letters offered for this case's type. */
  public List<LetterKind> kinds() {
    return type == null ? List.of() : LetterKind.offeredFor(type);
  }

  /** The ways {@code letter} may have been sent. */
  public List<LetterKind.Method> methods(StoredLetter letter) {
    return letter.kind().methods();
  }

  /**
   * Writes a letter of {@code kind} with the current template, archives it, then opens it (or, with
   * no PDF viewer, says where it is and that Open PDF offers to save a copy).
   */
  public void generate(LetterKind kind) {
    run(
        () -> {
          var done = letters.generate(actor, caseId, kind);
          byte[] pdf = letters.pdf(actor, done.letterId());
          Path file = write(LetterService.pdfName(caseId, done.kind(), done.letterId()), pdf);
          return new Written(done, new ForDesktop(file, dialogs.canOpen(file)));
        },
        w -> {
          load(caseId, type);
          caseChanged.run();
          String written =
              Messages.get(
                  "letters.written",
                  Messages.get("letter.kind." + w.done().kind()),
                  w.done().templateVersion(),
                  w.done().registerYear() == null ? 0 : w.done().registerYear());
          if (!open(w.file(), written + " ", "letters.opened")) {
            // said, not asked: a Save dialog nobody asked for would stand in the way of the work
            status.set(
                written
                    + " "
                    + Messages.get("letters.writtenNoViewer", w.file().file().toString()));
          }
        });
  }

  private record Written(LetterService.Generated done, ForDesktop file) {}

  /** Opens a letter's archived PDF (or, with no PDF viewer, offers to save it). */
  public void openPdf(StoredLetter letter) {
    run(
        () -> {
          Path file = write(LetterService.pdfName(letter), letters.pdf(actor, letter.id()));
          return new ForDesktop(file, dialogs.canOpen(file));
        },
        w -> openOrOffer(w, "letters.opened", "letters.noViewer"));
  }

  /**
   * Writes an email draft of a letter and opens it in the mail client (or, with none, offers to
   * save the .eml file).
   */
  public void openDraft(StoredLetter letter) {
    run(
        () -> {
          var draft = letters.emailDraft(actor, letter.id());
          Path file = write(draft.fileName(), draft.eml());
          return new ForDesktop(file, dialogs.canOpen(file));
        },
        w -> openOrOffer(w, "letters.draft", "letters.noMailClient"));
  }

  /**
   * Records how and when a letter went out; the checklist item it completes is ticked with it.
   *
   * @param caseVersion the version of the case as shown (optimistic lock)
   */
  public void markSent(StoredLetter letter, int caseVersion, LocalDate on, LetterKind.Method how) {
    run(
        () -> {
          letters.markSent(actor, letter.id(), caseVersion, on, how);
          return letter;
        },
        l -> {
          status.set(Messages.get("letters.sent", l.id()));
          load(caseId, type);
          caseChanged.run();
        });
  }

  private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> done) {
    busy.set(true);
    error.set("");
    tasks.run(
        work,
        r -> {
          busy.set(false);
          done.accept(r);
        },
        this::failed);
  }

  private void failed(Throwable ex) {
    busy.set(false);
    error.set(Messages.describe(ex));
  }

  /**
   * Writes {@code bytes} into this session's private temporary folder (readable by the user only,
   * files deleted when PrivacyDesk exits): letters hold personal data.
   */
  private Path write(String name, byte[] bytes) throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("privacydesk-letters");
      folder.toFile().deleteOnExit();
    }
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    file.toFile().deleteOnExit();
    return file;
  }

  public ObservableList<StoredLetter> rows() {
    return rows;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
