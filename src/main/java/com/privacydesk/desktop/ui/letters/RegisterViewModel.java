package com.privacydesk.desktop.ui.letters;

import com.privacydesk.app.Actor;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.letters.RegisterService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.letters.DisclosureCategory;
import com.privacydesk.domain.letters.DisclosureRegister;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Tools → Disclosure register…: one calendar year's entry (categories and third parties, or no
 * disclosures), loaded and saved in the background.
 */
public final class RegisterViewModel {
  private final RegisterService register;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final IntegerProperty year = new SimpleIntegerProperty();
  private final BooleanProperty none = new SimpleBooleanProperty(false);
  private final ObservableSet<DisclosureCategory> categories =
      FXCollections.observableSet(EnumSet.noneOf(DisclosureCategory.class));
  private final ObservableList<DisclosureRegister.Recipient> recipients =
      FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty loaded = new SimpleBooleanProperty(false);

  public RegisterViewModel(RegisterService register, Actor actor, UiTaskRunner tasks) {
    this.register = register;
    this.actor = actor;
    this.tasks = tasks;
  }

  /** Loads {@code y}'s entry (an empty form when the year has none yet). */
  public void load(int y) {
    year.set(y);
    busy.set(true);
    loaded.set(false);
    error.set("");
    tasks.run(
        () -> register.year(actor, y),
        entry -> {
          busy.set(false);
          loaded.set(true);
          none.set(entry.map(DisclosureRegister::noDisclosures).orElse(false));
          categories.clear();
          entry.ifPresent(e -> categories.addAll(e.categories()));
          recipients.setAll(entry.map(DisclosureRegister::recipients).orElse(List.of()));
          stored = current();
          status.set(
              entry.isPresent()
                  ? Messages.get("register.loaded", y)
                  : Messages.get("register.empty", y));
        },
        this::failed);
  }

  /** The entry as last loaded or saved: what the form is compared with for unsaved changes. */
  private DisclosureRegister stored;

  private DisclosureRegister current() {
    return new DisclosureRegister(
        year.get(), none.get(), Set.copyOf(categories), List.copyOf(recipients));
  }

  /** Whether the form differs from the year's entry as loaded or last saved. */
  public boolean hasUnsavedChanges() {
    return loaded.get() && stored != null && !current().equals(stored);
  }

  /** Puts the form back to the entry as loaded or last saved. */
  public void discard() {
    if (stored != null) {
      none.set(stored.noDisclosures());
      categories.clear();
      categories.addAll(stored.categories());
      recipients.setAll(stored.recipients());
    }
  }

  /** Saves the form as the year's entry. */
  public void save() {
    save(() -> {});
  }

  /** Saves the form as the year's entry; {@code onSaved} runs once it is stored. */
  public void save(Runnable onSaved) {
    DisclosureRegister entry =
        new DisclosureRegister(
            year.get(),
            none.get(),
            none.get() ? Set.of() : Set.copyOf(categories),
            none.get() ? List.of() : List.copyOf(recipients));
    busy.set(true);
    error.set("");
    tasks.run(
        () -> {
          register.save(actor, entry);
          return entry;
        },
        saved -> {
          busy.set(false);
          stored = current();
          onSaved.run();
          status.set(
              saved.noDisclosures()
                  ? Messages.get("register.savedNone", saved.year())
                  : Messages.get(
                      "register.saved",
                      saved.year(),
                      saved.categories().size(),
                      saved.recipients().size()));
        },
        this::failed);
  }

  private void failed(Throwable ex) {
    busy.set(false);
    if (ex instanceof ValidationException v) {
      error.set(
          v.errors().stream().map(RegisterViewModel::describe).collect(Collectors.joining("\n")));
    } else {
      error.set(Messages.describe(ex));
    }
  }

  /** "Third party 2, address: This field is required." for {@code recipients.1.address}. */
  static String describe(FieldError e) {
    String[] parts = e.field().split("\\.", 0);
    String where =
        parts.length == 3 && parts[0].equals("recipients")
            ? Messages.get(
                "register.recipientField",
                Integer.parseInt(parts[1]) + 1,
                Messages.get("register.col." + parts[2]))
            : Messages.get("register.field." + e.field());
    return where + ": " + Messages.of(e);
  }

  public IntegerProperty yearProperty() {
    return year;
  }

  public BooleanProperty noneProperty() {
    return none;
  }

  public ObservableSet<DisclosureCategory> categories() {
    return categories;
  }

  public ObservableList<DisclosureRegister.Recipient> recipients() {
    return recipients;
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

  public BooleanProperty loadedProperty() {
    return loaded;
  }
}
