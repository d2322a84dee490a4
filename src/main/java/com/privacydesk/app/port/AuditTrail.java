package com.privacydesk.app.port;

import com.privacydesk.domain.audit.AuditEntry;

/** Append-only, hash-chained record of every change. */
public interface AuditTrail {
  /** Appends {@code entry} to the chain, in the caller's transaction. */
  void append(AuditEntry entry);

  /** Appends {@code entries} in order, in the caller's transaction, as one batch. */
  void appendAll(java.util.List<AuditEntry> entries);

  /** Feeds every stored entry to {@code each}, in sequence order, without loading all at once. */
  void forEachInOrder(StoredEntryConsumer each);

  /** The entries about one entity (e.g. a case), oldest first: its timeline. */
  java.util.List<AuditEntry> about(String entity, long entityId);

  /** The entries with {@code action}, in order. */
  java.util.List<AuditEntry> withAction(String action);

  /**
   * The first {@code limit} entries after {@code afterSeq} with one of {@code actions}, in order:
   * what happened since a point of the chain (notifications).
   */
  java.util.List<Stored> after(long afterSeq, java.util.Set<String> actions, int limit);

  /**
   * The sequence numbers of the newest {@code limit} entries about an entity with {@code action},
   * newest first.
   */
  java.util.List<Long> newestAbout(String entity, long entityId, String action, int limit);

  /** An entry with its place in the chain. */
  record Stored(long seq, AuditEntry entry) {}

  /** The stored chain head: last sequence number and hash. */
  Head head();

  /**
   * A checkpoint of the chain's head now, signed with the installation's key, and appended to the
   * witness file when one is set ({@code occasion} says why: "report", "purge", …). Take it in a
   * transaction that only reads, or after the change it follows has committed.
   */
  com.privacydesk.domain.audit.Checkpoint checkpoint(java.time.Instant at, String occasion);

  /** Team mode's witness table, as this account finds it (docs/security.md). */
  WitnessTable.State witnessTable();

  /**
   * Team mode's witness table, which the application's account may only insert checkpoints into.
   */
  final class WitnessTable {
    private WitnessTable() {}

    /** What the application's account may do with the witness table. */
    public enum State {
      /** No witness table (the embedded database, or none was set up). */
      NONE,
      /** Checkpoints are inserted, and the account can neither change nor delete them. */
      INSERT_ONLY,
      /** Checkpoints are inserted, but the account could also change or delete them. */
      WRITABLE,
      /** The table exists but the account may not insert: no checkpoint goes there. */
      NOT_INSERTABLE
    }
  }

  /** The stored hash of entry {@code seq}, if it exists. */
  java.util.Optional<String> storedHash(long seq);

  /** The installation's key the chain is verified with (kept outside the database). */
  com.privacydesk.domain.audit.ChainKey key();

  /** Receives one stored entry. */
  @FunctionalInterface
  interface StoredEntryConsumer {
    /** One entry with its stored sequence number and hashes. */
    void accept(long seq, AuditEntry entry, String prevHash, String entryHash);
  }

  /** The chain head row. */
  record Head(long lastSeq, String lastHash) {}

  /**
   * Whether an entry after {@code afterSeq} about an {@code entity} was written by someone other
   * than {@code actorId}, leaving out the {@code actions} that only read.
   */
  boolean writtenByOthersSince(
      long afterSeq, String entity, long actorId, java.util.Collection<String> actions);
}
