package com.privacydesk.persistence;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import com.privacydesk.app.DatabaseKey;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The file key H2 is given for an encrypted database: derived from the passphrase with Argon2id (64
 * MiB, 3 passes), so that each guess of an attacker who has the file costs that much memory and
 * time, where H2's own derivation (10 iterations of PBKDF2) costs almost nothing (issue 23, point
 * 7). H2 still applies its own derivation to what it is given.
 *
 * <p>The salt is the same for every installation: the file has nowhere to keep its own that every
 * copy and every backup would carry. So a dictionary could be computed once for all PrivacyDesk
 * files; the passphrase rules ({@link com.privacydesk.app.PassphraseRules}) are what keep such a
 * dictionary from holding the passphrase.
 */
final class FileKeys {
  static final int MEMORY_KIB = 65_536;
  static final int ITERATIONS = 3;
  static final int PARALLELISM = 1;
  static final int KEY_BYTES = 32;

  private static final byte[] SALT =
      "PrivacyDesk database file key, version 1".getBytes(StandardCharsets.UTF_8);

  private FileKeys() {}

  /** The key for H2, as hex characters (H2 takes the file key as characters). */
  static char[] derive(DatabaseKey key) {
    char[] chars = key.chars();
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] secret = new byte[encoded.remaining()];
    encoded.get(secret);
    try {
      byte[] derived =
          Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, KEY_BYTES, Argon2.ID)
              .hash(secret, SALT)
              .getBytes();
      char[] hex = HexFormat.of().formatHex(derived).toCharArray();
      Arrays.fill(derived, (byte) 0);
      return hex;
    } finally {
      Arrays.fill(chars, '\0');
      Arrays.fill(secret, (byte) 0);
    }
  }
}
