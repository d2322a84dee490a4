package com.privacydesk.app.port;

/** Lays out letters: a PDF to archive and send, and an email draft for the mail client. */
public interface LetterRenderer {
  /** A letter's text and its addressing. {@code to} may be null (no email address on record). */
  record Letter(String from, String to, String subject, String body, String footer) {}

  /** The letter as a PDF (US Letter). */
  byte[] pdf(Letter letter);

  /**
   * An unsent email (RFC 5322 {@code .eml}, marked as a draft) with the letter's text as its body
   * and the PDF attached as {@code pdfName}.
   */
  byte[] emailDraft(Letter letter, byte[] pdf, String pdfName);
}
