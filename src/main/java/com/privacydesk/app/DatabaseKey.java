package com.privacydesk.app;

import java.util.Arrays;

/**
 * The key of an encrypted database (H2 file encryption, AES). Held as characters so it can be wiped
 * after use; never logged, never stored.
 */
public final class DatabaseKey {

  private final char[] chars;

  private DatabaseKey(char[] chars) {
    this.chars = chars.clone();
  }

  /** A key from typed characters (copied). */
  public static DatabaseKey of(char[] chars) {
    if (chars == null || chars.length == 0) {
      throw new IllegalArgumentException("empty key");
    }
    for (char c : chars) {
      if (c == ' ') {
        // H2 separates the file key from the user password with a space
        throw new IllegalArgumentException("a database key cannot contain spaces");
      }
    }
    return new DatabaseKey(chars);
  }

  /** The key's characters (a copy). */
  public char[] chars() {
    return chars.clone();
  }

  /** Overwrites the key in memory. */
  public void wipe() {
    Arrays.fill(chars, '\0');
  }

  @Override
  public String toString() {
    return "DatabaseKey[hidden]";
  }
}
