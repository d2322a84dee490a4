package com.privacydesk.report;

import java.util.Locale;

/** The file formats a report is exported in; the CLI's {@code --format} values. */
public enum ReportFormat {
  XLSX("xlsx"),
  PDF("pdf"),
  /** A zip of RFC 4180 CSV files, one per table. */
  CSV("zip"),
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension (CSV is written as a zip of CSV files). */
  public String extension() {
    return extension;
  }

  /** The lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code text} (case-insensitive). */
  public static ReportFormat parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
