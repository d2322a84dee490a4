package com.privacydesk.app.port;

/** One-way password hashing; the hash string carries its own parameters and salt. */
public interface PasswordHasher {
  /** A new salted hash of {@code password}. */
  String hash(char[] password);

  /** Whether {@code password} matches {@code storedHash}. */
  boolean verify(char[] password, String storedHash);
}
