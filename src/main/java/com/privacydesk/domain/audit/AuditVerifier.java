package com.privacydesk.domain.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks the audit chain in sequence order and finds the first entry that was changed, deleted or
 * inserted outside the application. Feed it every stored entry, then the stored head.
 */
public final class AuditVerifier {
  private final ChainKey key;
  private long expectedSeq = 1;
  private String previousHash = AuditChain.GENESIS;
  private long count;
  private @Nullable Problem problem;

  /** A verifier of a chain keyed with {@code key}. */
  public AuditVerifier(ChainKey key) {
    this.key = key;
  }

  /** The first break found. */
  public record Problem(long seq, String reason) {}

  /**
   * Checks the next stored entry.
   *
   * @param seq its stored sequence number
   * @param storedPrevHash the previous hash it stores
   * @param storedHash the hash it stores
   */
  public void accept(long seq, AuditEntry entry, String storedPrevHash, String storedHash) {
    if (problem != null) {
      return;
    }
    count++;
    if (seq != expectedSeq) {
      problem =
          new Problem(
              seq,
              seq > expectedSeq
                  ? "entries " + expectedSeq + "–" + (seq - 1) + " are missing (deleted)"
                  : "sequence number repeats or goes back (inserted)");
      return;
    }
    if (!storedPrevHash.equals(previousHash)) {
      problem = new Problem(seq, "does not link to the entry before it (inserted or replaced)");
      return;
    }
    String recomputed = key.entryHash(previousHash, seq, entry);
    if (!recomputed.equals(storedHash)) {
      problem = new Problem(seq, "its content does not match its hash (changed)");
      return;
    }
    previousHash = storedHash;
    expectedSeq++;
  }

  /** Checks the stored head (last sequence number and hash) against the entries seen. */
  public Optional<Problem> finish(long headSeq, String headHash) {
    if (problem == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
      problem =
          new Problem(
              Math.max(headSeq, expectedSeq - 1),
              headSeq > expectedSeq - 1
                  ? "entries after " + (expectedSeq - 1) + " are missing (deleted)"
                  : "the chain head does not match the last entry");
    }
    return Optional.ofNullable(problem);
  }

  /** Entries read. */
  public long count() {
    return count;
  }

  /** The hash of the last valid entry. */
  public String headHash() {
    return previousHash;
  }
}
