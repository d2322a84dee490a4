package com.privacydesk.desktop.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How choice boxes and combo boxes show their items. */
public final class Converters {
  private Converters() {}

  /**
   * Shows each item as {@code text} gives it (nothing for null); for lists the user picks from, so
   * text is never turned back into an item.
   */
  public static <T> StringConverter<T> text(Function<? super T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : text.apply(item);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException("the list is not editable");
      }
    };
  }

  /**
   * Makes {@code picker} show and read dates as everywhere else in PrivacyDesk (2026-12-04),
   * instead of the locale's short form (12/4/2026). Returns it.
   */
  public static javafx.scene.control.DatePicker isoDates(javafx.scene.control.DatePicker picker) {
    picker.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(java.time.LocalDate date) {
            return date == null ? "" : date.toString();
          }

          @Override
          public java.time.LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
              return null;
            }
            try {
              return java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
              // an unreadable date leaves the value as it was; the field shows it again
              return picker.getValue();
            }
          }
        });
    picker.setPromptText("yyyy-mm-dd");
    return picker;
  }
}
