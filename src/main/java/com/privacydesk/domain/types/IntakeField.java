package com.privacydesk.domain.types;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a type's intake form, after the common ones (message key {@code field.<name>}).
 *
 * @param choices for a {@link Kind#CHOICE}: the constants offered, in order
 * @param initial for a {@link Kind#CHOICE}: the constant chosen when the form opens (null: none)
 */
public record IntakeField(
    String name,
    Kind kind,
    boolean required,
    List<? extends Enum<?>> choices,
    @Nullable Enum<?> initial) {
  /** How a field is entered. */
  public enum Kind {
    TEXT,
    CHOICE,
    /** A box ticked or not. */
    CHECK
  }

  public IntakeField {
    choices = List.copyOf(choices);
  }

  /** A line of text. */
  public static IntakeField text(String name, boolean required) {
    return new IntakeField(name, Kind.TEXT, required, List.of(), null);
  }

  /** A box to tick (never required: unticked is an answer). */
  public static IntakeField check(String name) {
    return new IntakeField(name, Kind.CHECK, false, List.of(), null);
  }

  /** A choice among {@code choices}, {@code initial} chosen at first. */
  public static IntakeField choice(
      String name, List<? extends Enum<?>> choices, @Nullable Enum<?> initial) {
    return new IntakeField(name, Kind.CHOICE, true, choices, initial);
  }
}
