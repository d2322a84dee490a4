package com.privacydesk.desktop.ui.common;

import com.privacydesk.app.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/** What every form view model does to save: run in the background, then show errors by field. */
public final class FormSubmission {
  /** How times of day are typed: {@code 9:30}, {@code 14:05}. */
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private FormSubmission() {}

  /**
   * Runs {@code call} off the UI thread with {@code busy} set. On success {@code onDone} gets the
   * result; a {@link ValidationException} fills {@code fieldErrors}; anything else sets {@code
   * general} to a safe message.
   */
  public static <T> void submit(
      UiTaskRunner tasks,
      BooleanProperty busy,
      FieldErrors fieldErrors,
      StringProperty general,
      Callable<T> call,
      Consumer<T> onDone) {
    submit(tasks, busy, fieldErrors, call, onDone, ex -> general.set(Messages.describe(ex)));
  }

  /** As above, with {@code otherwise} handling every failure but a {@link ValidationException}. */
  public static <T> void submit(
      UiTaskRunner tasks,
      BooleanProperty busy,
      FieldErrors fieldErrors,
      Callable<T> call,
      Consumer<T> onDone,
      Consumer<Throwable> otherwise) {
    busy.set(true);
    tasks.run(
        call,
        result -> {
          busy.set(false);
          onDone.accept(result);
        },
        ex -> {
          busy.set(false);
          if (ex instanceof ValidationException v) {
            fieldErrors.putAll(v.errors());
          } else {
            otherwise.accept(ex);
          }
        });
  }

  /** A date and a typed time of day; empty when the time cannot be read. */
  public static Optional<LocalDateTime> dateTime(LocalDate date, String time) {
    try {
      return Optional.of(date.atTime(LocalTime.parse(time == null ? "" : time.strip(), TIME)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
