package com.privacydesk.app;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.privacydesk.app.port.UserFacingError;

/**
 * What a database file's passphrase must be (issue 23, point 7): at least {@link #MIN_LENGTH}
 * characters, and "very hard to guess" by zxcvbn's estimate (score 4: dictionaries of common
 * passwords, names and words, keyboard walks, repeats and sequences would need more than 10^10
 * guesses), because the file can be attacked offline by whoever copies it.
 */
public final class PassphraseRules {
  /** Shortest passphrase accepted. */
  public static final int MIN_LENGTH = 16;

  /** zxcvbn's score required (0 to 4). */
  static final int MIN_SCORE = 4;

  private PassphraseRules() {}

  /** Throws {@link WeakPassphraseException} unless {@code passphrase} is strong enough. */
  public static void require(char[] passphrase) {
    if (passphrase.length < MIN_LENGTH) {
      throw new WeakPassphraseException("error.dbKey.short", MIN_LENGTH);
    }
    Strength strength = new Zxcvbn().measure(java.nio.CharBuffer.wrap(passphrase));
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      String why = warning == null ? "" : warning.strip();
      throw new WeakPassphraseException(
          "error.dbKey.guessable", why.isEmpty() || why.endsWith(".") ? why : why + ".");
    }
  }

  /** A passphrase the rules refuse; says why. */
  public static final class WeakPassphraseException extends RuntimeException
      implements UserFacingError {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    WeakPassphraseException(String key, Object... args) {
      super("The passphrase is too weak (" + key + ").");
      this.key = key;
      this.args = args.clone();
    }

    @Override
    public String messageKey() {
      return key;
    }

    @Override
    public Object[] messageArgs() {
      return args.clone();
    }
  }
}
