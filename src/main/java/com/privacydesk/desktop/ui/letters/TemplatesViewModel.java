package com.privacydesk.desktop.ui.letters;

import com.privacydesk.app.Actor;
import com.privacydesk.app.letters.LetterService;
import com.privacydesk.app.port.LetterRepository.StoredTemplate;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.letters.LetterKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Tools → Letter templates…: every version of a letter's text; the chosen one is shown in the
 * editor, and saving what is there makes the next version.
 */
public final class TemplatesViewModel {
  private final LetterService letters;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>();
  private final ObservableList<StoredTemplate> versions = FXCollections.observableArrayList();
  private final StringProperty subject = new SimpleStringProperty("");
  private final StringProperty body = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public TemplatesViewModel(LetterService letters, Actor actor, UiTaskRunner tasks) {
    this.letters = letters;
    this.actor = actor;
    this.tasks = tasks;
  }

  /** Loads the versions of {@code k} and puts the newest in the editor. */
  public void load(LetterKind k) {
    load(k, null);
  }

  private void load(LetterKind k, String message) {
    kind.set(k);
    busy.set(true);
    error.set("");
    tasks.run(
        () -> letters.versions(actor, k),
        list -> {
          busy.set(false);
          versions.setAll(list);
          show(list.getFirst());
          status.set(
              message != null
                  ? message
                  : Messages.get("templates.current", list.getFirst().template().version()));
        },
        this::failed);
  }

  /** Puts {@code version}'s text in the editor (saving it again makes it the newest). */
  public void show(StoredTemplate version) {
    subject.set(version.template().subject());
    body.set(version.template().body());
    shownSubject = subject.get();
    shownBody = body.get();
  }

  private String shownSubject;
  private String shownBody;

  /** Whether the editor holds text that differs from the version shown and was not saved. */
  public boolean hasUnsavedChanges() {
    return shownSubject != null
        && (!shownSubject.equals(subject.get()) || !shownBody.equals(body.get()));
  }

  /** Saves the editor's text as the next version; {@code onSaved} runs once stored. */
  public void save(Runnable onSaved) {
    afterSave = onSaved;
    save();
  }

  private Runnable afterSave = () -> {};

  /** Saves the editor's text as the next version. */
  public void save() {
    LetterKind k = kind.get();
    String s = subject.get();
    String b = body.get();
    busy.set(true);
    error.set("");
    tasks.run(
        () -> letters.saveTemplate(actor, k, s, b),
        version -> {
          busy.set(false);
          shownSubject = s;
          shownBody = b;
          Runnable then = afterSave;
          afterSave = () -> {};
          then.run();
          load(k, Messages.get("templates.saved", version));
        },
        this::failed);
  }

  private void failed(Throwable ex) {
    afterSave = () -> {};
    busy.set(false);
    error.set(Messages.describe(ex));
  }

  /** A version as listed: "v3 · 2026-11-27 · lea" or "v1 · built-in". */
  public static String describe(StoredTemplate t, java.time.ZoneId zone) {
    return t.createdBy() == null
        ? Messages.get("templates.builtIn", t.template().version())
        : Messages.get(
            "templates.version",
            t.template().version(),
            t.createdAt().atZone(zone).toLocalDate().toString(),
            t.createdBy());
  }

  public ObjectProperty<LetterKind> kindProperty() {
    return kind;
  }

  public ObservableList<StoredTemplate> versions() {
    return versions;
  }

  public StringProperty subjectProperty() {
    return subject;
  }

  public StringProperty bodyProperty() {
    return body;
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
