package com.privacydesk.app.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.privacydesk.app.port.PasswordHasher;

/**
 * Argon2id with the OWASP minimum parameters (19 MiB, t=2, p=1) set explicitly: the library's
 * defaults (15 MiB) are below it. Hashes are PHC strings that carry their own parameters.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;

  private final Argon2Function argon2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

  @Override
  public String hash(char[] password) {
    return Password.hash(new String(password)).addRandomSalt(SALT_BYTES).with(argon2).getResult();
  }

  @Override
  public boolean verify(char[] password, String storedHash) {
    if (storedHash == null || !storedHash.startsWith("$argon2id$")) {
      return false;
    }
    return Password.check(new String(password), storedHash)
        .with(Argon2Function.getInstanceFromHash(storedHash));
  }
}
