package com.privacydesk.domain.audit;

import java.util.List;

/**
 * The installation's secret as the audit chain uses it: entries from {@link #keyedFrom()} on are
 * keyed hashes, and each audited entity's rows carry a seal ({@link Seals}). The secret lives
 * outside the database (ADR 0022).
 */
public final class ChainKey {
  private final String installation;
  private final java.security.KeyPair signing;
  private final byte[] secret;
  private final long keyedFrom;
  private final long baseline;

  /**
   * @param installation the installation's id, as the database names it
   * @param signing the installation's Ed25519 pair its checkpoints are signed with
   * @param secret the installation's 32-byte secret
   * @param keyedFrom the first entry hashed with it (earlier entries were written before the
   *     installation had a key, with plain SHA-256)
   * @param baseline the entry that sealed every entity that existed when the installation got its
   *     key (an entity unchanged since carries that entry's number)
   */
  public ChainKey(
      String installation,
      java.security.KeyPair signing,
      byte[] secret,
      long keyedFrom,
      long baseline) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("a chain key has at least 32 bytes");
    }
    this.installation = installation;
    this.signing = signing;
    this.secret = secret.clone();
    this.keyedFrom = keyedFrom;
    this.baseline = baseline;
  }

  /**
   * Whether a seal made for entry {@code sealedAt} is an entity's current one when its latest entry
   * is {@code latestEntry}: made for that entry, or the baseline of an entity unchanged since the
   * installation got its key. An older seal means the entity was set back.
   */
  public boolean sealIsCurrent(long sealedAt, long latestEntry) {
    return sealedAt == latestEntry || (sealedAt == baseline && latestEntry < baseline);
  }

  /** The entry that sealed every entity that existed when the installation got its key. */
  public long baseline() {
    return baseline;
  }

  /** The installation's id. */
  public String installation() {
    return installation;
  }

  /** A checkpoint of the chain at {@code entries}/{@code head}, signed with this installation. */
  public Checkpoint checkpoint(long entries, String head, java.time.Instant at) {
    return Checkpoint.sign(installation, entries, head, at, signing.getPrivate());
  }

  /** Whether {@code c} is this installation's and signed with its key. */
  public boolean signed(Checkpoint c) {
    return c.installation().equals(installation) && c.signedBy(signing.getPublic());
  }

  /** The first entry hashed with the key. */
  public long keyedFrom() {
    return keyedFrom;
  }

  /** The hash entry {@code seq} must store. */
  public String entryHash(String previousHash, long seq, AuditEntry e) {
    return Seals.entryHash(secret, keyedFrom, previousHash, seq, e);
  }

  /** A keyed digest of {@code value} for {@code purpose}; see {@link Seals#digest}. */
  public String digest(String purpose, String value) {
    return Seals.digest(secret, purpose, value);
  }

  /** The seal of an entity's rows as its entry {@code auditSeq} left them. */
  public String seal(String entity, long entityId, long auditSeq, List<String> rowDigests) {
    return Seals.seal(secret, entity, entityId, auditSeq, rowDigests);
  }
}
