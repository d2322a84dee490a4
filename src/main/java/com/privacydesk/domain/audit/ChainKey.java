package com.privacydesk.domain.audit;

import java.util.List;

/**
 * The installation's secret as the audit chain uses it: entries from {@link #keyedFrom()} on are
 * keyed hashes, and each audited entity's rows carry a seal ({@link Seals}). The secret lives
 * outside the database (ADR 0022).
 */
public final class ChainKey {
  private final byte[] secret;
  private final long keyedFrom;
  private final long baseline;

  /**
   * @param secret the installation's 32-byte secret
   * @param keyedFrom the first entry hashed with it (earlier entries were written before the
   *     installation had a key, with plain SHA-256)
   * @param baseline the entry that sealed every entity that existed when the installation got its
   *     key (an entity unchanged since carries that entry's number)
   */
  public ChainKey(byte[] secret, long keyedFrom, long baseline) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("a chain key has at least 32 bytes");
    }
    this.secret = secret.clone();
    this.keyedFrom = keyedFrom;
    this.baseline = baseline;
  }

  /** The entry that sealed every entity that existed when the installation got its key. */
  public long baseline() {
    return baseline;
  }

  /** The first entry hashed with the key. */
  public long keyedFrom() {
    return keyedFrom;
  }

  /** The hash entry {@code seq} must store. */
  public String entryHash(String previousHash, long seq, AuditEntry e) {
    return Seals.entryHash(secret, keyedFrom, previousHash, seq, e);
  }

  /** The seal of an entity's rows as its entry {@code auditSeq} left them. */
  public String seal(String entity, long entityId, long auditSeq, List<String> rowDigests) {
    return Seals.seal(secret, entity, entityId, auditSeq, rowDigests);
  }
}
