package com.privacydesk.report;

/** The paper a PDF report is laid out for. */
public enum PaperSize {
  /** US Letter, the default for a US company. */
  LETTER,
  A4
}
