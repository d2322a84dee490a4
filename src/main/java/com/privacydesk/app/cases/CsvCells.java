package com.privacydesk.app.cases;

/** Spreadsheet-safe CSV cells. */
public final class CsvCells {
  private CsvCells() {}

  /**
   * {@code value} with a leading apostrophe when it starts with a character a spreadsheet would
   * read as a formula ({@code = + - @}, tab, carriage return), so opening the file runs nothing.
   */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
