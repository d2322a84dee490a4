package com.privacydesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes that make the audit trail and the rows it describes evident against someone
 * holding the database file but not the installation key (ADR 0022): the chain's entries from the
 * key's first entry on, and each audited entity's rows as of its latest entry.
 */
public final class Seals {
  private static final HexFormat HEX = HexFormat.of();

  private Seals() {}

  /**
   * The hash of a chain entry: SHA-256 as before the key ({@link AuditChain#hash}) for an entry
   * before {@code keyedFrom}, HMAC-SHA256 with {@code key} over the same canonical content from it
   * on.
   */
  public static String entryHash(
      byte[] key, long keyedFrom, String previousHash, long seq, AuditEntry e) {
    if (seq < keyedFrom) {
      return AuditChain.hash(previousHash, seq, e);
    }
    return hmac(key, AuditChain.canonical(previousHash, seq, e));
  }

  /** SHA-256 (hex) of one row of {@code table}: its columns' names and values in order. */
  public static String rowDigest(String table, List<String> cells) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(table.getBytes(StandardCharsets.UTF_8));
      for (String cell : cells) {
        sha.update((byte) 0x1f);
        sha.update(cell.getBytes(StandardCharsets.UTF_8));
      }
      return HEX.formatHex(sha.digest());
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
    }
  }

  /**
   * The seal of an entity's rows (as {@link #rowDigest}s, in any order) as its audit entry {@code
   * auditSeq} left them: HMAC-SHA256 with {@code key}. The entry's number is sealed too, so an
   * older state with its older seal does not pass for the latest.
   */
  public static String seal(
      byte[] key, String entity, long entityId, long auditSeq, List<String> rowDigests) {
    List<String> sorted = new ArrayList<>(rowDigests);
    sorted.sort(null);
    StringBuilder b =
        new StringBuilder(entity)
            .append('\u001f')
            .append(entityId)
            .append('\u001f')
            .append(auditSeq);
    for (String d : sorted) {
      b.append('\u001e').append(d);
    }
    return hmac(key, b.toString());
  }

  /**
   * A keyed digest of {@code value} for one {@code purpose} (a fact that must be findable again
   * without being kept in clear, such as a name someone tried to sign in with): HMAC-SHA-256 under
   * the installation's secret, so the holder of the database alone cannot test guesses against it.
   */
  static String digest(byte[] key, String purpose, String value) {
    return hmac(key, purpose + '\u001f' + value);
  }

  private static String hmac(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
    }
  }
}
