package com.privacydesk.domain.types;

import java.util.Objects;

/**
 * One fact a request type records, with its classification. A fact cannot be declared without one:
 * the constructor needs it, and the type's facts are shown, exported and masked only through these
 * declarations.
 *
 * @param name the fact's stable name (message key {@code field.<name>}, detail and export column)
 */
public record FactField(String name, Classification classification) {
  public FactField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(classification, "classification");
  }

  /** A personal fact (masked until revealed). */
  public static FactField personal(String name) {
    return new FactField(name, Classification.PERSONAL);
  }

  /** A fact that is not personal data. */
  public static FactField notPersonal(String name) {
    return new FactField(name, Classification.NOT_PERSONAL);
  }

  public boolean isPersonal() {
    return classification == Classification.PERSONAL;
  }
}
