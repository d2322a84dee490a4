package com.privacydesk.desktop.ui.settings;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.LockoutPolicy;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.settings.SettingsForm;
import com.privacydesk.app.settings.SettingsService;
import com.privacydesk.desktop.ui.common.FieldErrors;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The supervisor's settings screen: the product decisions of domain.md, each with its default. */
public final class SettingsViewModel {
  private final SettingsService settings;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final StringProperty zone = new SimpleStringProperty("");
  private final Map<Channel, BooleanProperty> designated = new EnumMap<>(Channel.class);
  private final StringProperty addresses = new SimpleStringProperty("");
  private final IntegerProperty caInternal = new SimpleIntegerProperty();
  private final IntegerProperty coppaAck = new SimpleIntegerProperty();
  private final IntegerProperty coppaDelete = new SimpleIntegerProperty();
  private final IntegerProperty password = new SimpleIntegerProperty();
  private final StringProperty closures = new SimpleStringProperty("");
  private final Map<CaseType, BooleanProperty> review = new EnumMap<>(CaseType.class);
  private final StringProperty suppressionSystems = new SimpleStringProperty("");
  private final StringProperty deletionSystems = new SimpleStringProperty("");
  private final IntegerProperty confirmReceived = new SimpleIntegerProperty();
  private final IntegerProperty noteCorrection = new SimpleIntegerProperty();

  /** Other types' systems lists and internal targets, by settings key (from the registry). */
  private final Map<String, StringProperty> typeSystems = new java.util.LinkedHashMap<>();

  private final Map<String, IntegerProperty> typeTargets = new java.util.LinkedHashMap<>();
  private final Map<CaseType, IntegerProperty> retention = new EnumMap<>(CaseType.class);
  private final IntegerProperty lockoutAttempts = new SimpleIntegerProperty();
  private final IntegerProperty lockoutMinutes = new SimpleIntegerProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final FieldErrors fieldErrors = new FieldErrors();
  private final BooleanProperty busy = new SimpleBooleanProperty(true);
  private CompanySettings loaded;

  public SettingsViewModel(SettingsService settings, Actor actor, UiTaskRunner tasks) {
    this.settings = settings;
    this.actor = actor;
    this.tasks = tasks;
    for (Channel c : Channel.values()) {
      designated.put(c, new SimpleBooleanProperty(false));
    }
    CompanySettings.otherSystemsLists()
        .forEach(sys -> typeSystems.put(sys.key(), new SimpleStringProperty("")));
    CompanySettings.typeTargetSettings()
        .forEach(t -> typeTargets.put(t.key(), new SimpleIntegerProperty(t.defaultDays())));
    for (CaseType t : CaseType.values()) {
      review.put(t, new SimpleBooleanProperty(false));
      retention.put(t, new SimpleIntegerProperty(RetentionPolicy.DEFAULT_MONTHS));
    }
  }

  private record Loaded(
      CompanySettings company, RetentionPolicy retention, LockoutPolicy lockout) {}

  /** Loads the settings in force. */
  public void load() {
    busy.set(true);
    tasks.run(
        () -> new Loaded(settings.current(), settings.retention(), settings.lockout()),
        all -> {
          CompanySettings s = all.company();
          loaded = s;
          retention.forEach((t, p) -> p.set(all.retention().monthsFor(t)));
          lockoutAttempts.set(all.lockout().attempts());
          lockoutMinutes.set(all.lockout().minutes());
          SettingsForm f = SettingsForm.of(s);
          zone.set(f.zone());
          designated.forEach((c, p) -> p.set(f.designatedChannels().contains(c)));
          addresses.set(f.addresses());
          caInternal.set(f.caInternalDays());
          coppaAck.set(f.coppaAcknowledgeDays());
          coppaDelete.set(f.coppaDeleteDays());
          password.set(f.passwordDays());
          closures.set(f.closures());
          review.forEach((t, p) -> p.set(f.reviewTypes().contains(t)));
          suppressionSystems.set(f.suppressionSystems());
          deletionSystems.set(f.deletionSystems());
          confirmReceived.set(f.confirmReceivedDays());
          noteCorrection.set(f.noteCorrectionMinutes());
          typeSystems.forEach((k, p) -> p.set(f.typeSystems().getOrDefault(k, "")));
          typeTargets.forEach((k, p) -> p.set(f.typeTargets().getOrDefault(k, p.get())));
          stored = state();
          busy.set(false);
        },
        ex -> error.set(Messages.describe(ex)));
  }

  /** The form as typed, or empty with the field errors shown. */
  public java.util.Optional<CompanySettings> validated() {
    fieldErrors.clear();
    error.set("");
    try {
      return java.util.Optional.of(form().toSettings());
    } catch (ValidationException e) {
      fieldErrors.putAll(e.errors());
      return java.util.Optional.empty();
    }
  }

  /** Whether {@code proposed} adds closure days (which makes new deadlines later). */
  public boolean addsClosures(CompanySettings proposed) {
    return loaded != null && !loaded.closures().keySet().containsAll(proposed.closures().keySet());
  }

  /** Stores {@code proposed}; {@code onSaved} gets the number of settings changed. */
  public void save(CompanySettings proposed, IntConsumer onSaved) {
    busy.set(true);
    tasks.run(
        () -> settings.update(actor, proposed, retentionPolicy(), lockoutPolicy()),
        n -> {
          busy.set(false);
          stored = state();
          onSaved.accept(n);
        },
        ex -> {
          busy.set(false);
          error.set(Messages.describe(ex));
        });
  }

  /** The form as loaded or last saved, to tell unsaved changes. */
  private java.util.List<Object> stored;

  private java.util.List<Object> state() {
    return java.util.List.of(form(), retentionPolicy(), lockoutPolicy());
  }

  /** Whether anything differs from the settings as loaded or last saved. */
  public boolean hasUnsavedChanges() {
    return stored != null && !stored.equals(state());
  }

  private SettingsForm form() {
    return new SettingsForm(
        zone.get(),
        selected(designated, Channel.class),
        addresses.get(),
        caInternal.get(),
        coppaAck.get(),
        coppaDelete.get(),
        password.get(),
        closures.get(),
        selected(review, CaseType.class),
        suppressionSystems.get(),
        deletionSystems.get(),
        confirmReceived.get(),
        values(typeSystems, StringProperty::get),
        values(typeTargets, IntegerProperty::get),
        noteCorrection.get());
  }

  private static <P, T> Map<String, T> values(
      Map<String, P> properties, java.util.function.Function<P, T> value) {
    Map<String, T> m = new java.util.LinkedHashMap<>();
    properties.forEach((k, p) -> m.put(k, value.apply(p)));
    return m;
  }

  /** The systems list stored under {@code key} (a type's per-system checklist line), as typed. */
  public StringProperty typeSystemsProperty(String key) {
    return typeSystems.get(key);
  }

  /** The internal target stored under {@code key}, in days. */
  public IntegerProperty typeTargetProperty(String key) {
    return typeTargets.get(key);
  }

  private static <E extends Enum<E>> Set<E> selected(Map<E, BooleanProperty> flags, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    flags.forEach(
        (e, p) -> {
          if (p.get()) {
            set.add(e);
          }
        });
    return set;
  }

  private RetentionPolicy retentionPolicy() {
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    retention.forEach((t, p) -> months.put(t, p.get()));
    return new RetentionPolicy(months);
  }

  private LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(lockoutAttempts.get(), lockoutMinutes.get());
  }

  /** Months after closure that cases of {@code type} are kept before the purge takes them. */
  public IntegerProperty retentionProperty(CaseType type) {
    return retention.get(type);
  }

  /** Wrong passwords in a row that lock an account. */
  public IntegerProperty lockoutAttemptsProperty() {
    return lockoutAttempts;
  }

  /** Minutes a lock-out lasts. */
  public IntegerProperty lockoutMinutesProperty() {
    return lockoutMinutes;
  }

  /** Whether closing a case of {@code type} needs a supervisor's approval. */
  public BooleanProperty reviewProperty(CaseType type) {
    return review.get(type);
  }

  public StringProperty suppressionSystemsProperty() {
    return suppressionSystems;
  }

  /** How many minutes a note's author may correct it (0: never). */
  public IntegerProperty noteCorrectionProperty() {
    return noteCorrection;
  }

  /** Received dates further back than this many days are confirmed at intake. */
  public IntegerProperty confirmReceivedProperty() {
    return confirmReceived;
  }

  public StringProperty deletionSystemsProperty() {
    return deletionSystems;
  }

  public StringProperty zoneProperty() {
    return zone;
  }

  /** Whether a CA request received on {@code channel} counts as designated. */
  public BooleanProperty designatedProperty(Channel channel) {
    return designated.get(channel);
  }

  public StringProperty addressesProperty() {
    return addresses;
  }

  public IntegerProperty caInternalProperty() {
    return caInternal;
  }

  public IntegerProperty coppaAcknowledgeProperty() {
    return coppaAck;
  }

  public IntegerProperty coppaDeleteProperty() {
    return coppaDelete;
  }

  public IntegerProperty passwordProperty() {
    return password;
  }

  public StringProperty closuresProperty() {
    return closures;
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
