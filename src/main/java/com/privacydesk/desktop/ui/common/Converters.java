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
}
