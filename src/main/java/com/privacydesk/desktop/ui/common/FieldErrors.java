package com.privacydesk.desktop.ui.common;

import com.privacydesk.domain.intake.FieldError;
import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Field name → message of a form; views bind each field's error label and decoration to it. */
public final class FieldErrors {
  private final ObservableMap<String, String> messages = FXCollections.observableHashMap();

  /** Removes every error. */
  public void clear() {
    messages.clear();
  }

  /** Sets the message of one field. */
  public void put(String field, String message) {
    messages.put(field, message);
  }

  /** Adds domain errors, worded from the bundle; the first error of a field wins. */
  public void putAll(Collection<FieldError> errors) {
    errors.forEach(e -> messages.putIfAbsent(e.field(), Messages.of(e)));
  }

  /** Removes the error of every field not among {@code stillWrong} (its value is valid now). */
  public void keepOnly(Collection<FieldError> stillWrong) {
    java.util.Set<String> wrong =
        stillWrong.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
    messages.keySet().removeIf(field -> !wrong.contains(field));
  }

  /** The current message of {@code field}, or empty. */
  public String get(String field) {
    return messages.getOrDefault(field, "");
  }

  /** Whether any field has an error. */
  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** The message of {@code field}, updated as errors change. */
  public StringBinding messageOf(String field) {
    return Bindings.createStringBinding(() -> get(field), messages);
  }

  /** The observable map, for views that revalidate on change. */
  public ObservableMap<String, String> asMap() {
    return messages;
  }
}
