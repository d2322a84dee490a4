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
            // an unreadable date throws, as the picker's own converter does: the picker then
            // shows its value again, and a form that commits typed text reports it
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
          }
        });
    picker.setPromptText("yyyy-mm-dd");
    return picker;
  }
}
