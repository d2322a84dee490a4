package com.privacydesk.desktop.ui.intake;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of an intake form, described without any scene-graph type so the view model owns it and
 * the view renders it. Only the properties of its {@link Kind} are used.
 */
public final class FormField {
  /** How the field is entered. */
  public enum Kind {
    TEXT,
    LONG_TEXT,
    CHOICE,
    DATE,
    DATE_TIME,
    CHECK
  }

  private final String name;
  private final Kind kind;
  private final List<? extends Enum<?>> choices;
  private final boolean required;
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<Enum<?>> choice = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final BooleanProperty check = new SimpleBooleanProperty(false);

  private FormField(String name, Kind kind, List<? extends Enum<?>> choices, boolean required) {
    this.name = name;
    this.kind = kind;
    this.choices = List.copyOf(choices);
    this.required = required;
  }

  static FormField text(String name, boolean required) {
    return new FormField(name, Kind.TEXT, List.of(), required);
  }

  static FormField longText(String name, boolean required) {
    return new FormField(name, Kind.LONG_TEXT, List.of(), required);
  }

  static FormField choice(String name, List<? extends Enum<?>> choices, Enum<?> initial) {
    FormField f = new FormField(name, Kind.CHOICE, choices, true);
    f.choice.set(initial);
    return f;
  }

  static FormField date(String name, boolean required, LocalDate initial) {
    FormField f = new FormField(name, Kind.DATE, List.of(), required);
    f.date.set(initial);
    return f;
  }

  static FormField dateTime(String name, LocalDate day, String time) {
    FormField f = new FormField(name, Kind.DATE_TIME, List.of(), true);
    f.date.set(day);
    f.text.set(time);
    return f;
  }

  static FormField check(String name) {
    return new FormField(name, Kind.CHECK, List.of(), false);
  }

  /** The field's name: {@code field.<name>} labels it, errors are keyed by it. */
  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** The constants a CHOICE field offers (shown through {@code value.<NAME>}). */
  public List<? extends Enum<?>> choices() {
    return choices;
  }

  /** Whether the label marks the field as required. */
  public boolean required() {
    return required;
  }

  /** TEXT and LONG_TEXT value; the time part of DATE_TIME. */
  public StringProperty textProperty() {
    return text;
  }

  /** CHOICE value. */
  public ObjectProperty<Enum<?>> choiceProperty() {
    return choice;
  }

  /** DATE value; the date part of DATE_TIME. */
  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  /** CHECK value. */
  public BooleanProperty checkProperty() {
    return check;
  }
}
