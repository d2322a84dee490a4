package com.privacydesk.app.port;

/**
 * An exception whose message is meant for the user: front ends word it from the resource bundle
 * ({@code messageKey} with {@code messageArgs}); {@code getMessage()} stays the English fallback.
 */
public interface UserFacingError {
  /** Bundle key of the user-facing text. */
  String messageKey();

  /** Arguments for the text's {@code {0}}, {@code {1}}... placeholders. */
  default Object[] messageArgs() {
    return new Object[0];
  }
}
