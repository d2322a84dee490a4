package com.privacydesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain rule: each entry's hash covers its canonical content and the previous hash. */
public final class AuditChain {
  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** SHA-256 (hex) of {@code previousHash} followed by the canonical form of the entry. */
  public static String hash(String previousHash, long seq, AuditEntry e) {
    String canonical = canonical(previousHash, seq, e);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
    }
  }

  /** The content an entry's hash covers: the previous hash and every field, in order. */
  static String canonical(String previousHash, long seq, AuditEntry e) {
    return String.join(
        "\u001f",
        previousHash,
        Long.toString(seq),
        e.occurredAt().toString(),
        e.actorId() == null ? "" : e.actorId().toString(),
        e.actorName(),
        e.action(),
        e.entity(),
        e.entityId() == null ? "" : e.entityId().toString(),
        e.detail());
  }
}
