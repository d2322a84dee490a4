package com.privacydesk.app.port;

/** Reads a raw RFC 5322 message (MIME). */
public interface MessageReader {
  /**
   * Reads {@code raw}. A message whose MIME parts cannot be read comes back {@code malformed};
   * bytes that are no email at all (no From:, no Date:, no Message-ID:) are refused.
   *
   * @throws NotAnEmailException when {@code raw} is not an email message
   */
  ReadMessage read(byte[] raw);

  /** Bytes that are not an email message. */
  final class NotAnEmailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAnEmailException(String why) {
      super(why);
    }
  }
}
