package com.privacydesk.app.privacy;

import com.privacydesk.app.Actor;
import com.privacydesk.app.audit.AuditService;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.DatabaseFile;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups: a consistent copy of the whole database (cases, users, settings, audit trail) written
 * while the app keeps working, under a temporary name and moved into place only when complete. Each
 * backup is an audit entry with the file's SHA-256. Restoring is done into an empty data folder.
 */
public final class BackupService {
  private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

  private final TransactionRunner tx;
  private final Clock clock;
  private final DatabaseFile database;

  public BackupService(TransactionRunner tx, Clock clock, DatabaseFile database) {
    this.tx = tx;
    this.clock = clock;
    this.database = database;
  }

  /** What was written. */
  public record Backup(Path file, long bytes, String sha256) {}

  /**
   * The backups the audit trail records before an encryption: copies the new key does not protect
   * (written in clear, or with the old key).
   *
   * @param last when the latest was written, or null when there is none
   */
  public record EarlierBackups(int count, java.time.Instant last) {}

  /**
   * Records that the database file was encrypted, or its key changed (by whoever holds the data
   * folder and the key: no sign-in), and returns the backups written before it.
   */
  public EarlierBackups recordEncryption(boolean keyChanged) {
    java.time.Instant now = clock.instant();
    return tx.inTransaction(
        r -> {
          java.util.List<com.privacydesk.domain.audit.AuditEntry> backups =
              r.audit().withAction("BACKUP");
          r.audit()
              .append(
                  new com.privacydesk.domain.audit.AuditEntry(
                      now,
                      null,
                      "PrivacyDesk",
                      keyChanged ? "ENCRYPTION_KEY_CHANGED" : "ENCRYPTION_ON",
                      "DATABASE",
                      null,
                      "cipher=AES; key=Argon2id(passphrase)"));
          return new EarlierBackups(
              backups.size(), backups.isEmpty() ? null : backups.getLast().occurredAt());
        });
  }

  /** The suffix of a backup still being written (".NAME.partial"). */
  static final String PARTIAL = ".partial";

  /** How long a partial file must have been left alone before it counts as abandoned. */
  static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(10);

  /**
   * Removes the partial files of backups that were killed before they finished (a power cut, a
   * kill): hidden files named ".NAME.partial" in {@code folder}, unchanged for {@link
   * #ABANDONED_AFTER} (a backup still being written by another process changes its file all the
   * time) as of {@code now}. Returns how many.
   */
  public static int removeAbandoned(Path folder, java.time.Instant now) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    java.time.Instant before = now.minus(ABANDONED_AFTER);
    int removed = 0;
    try (var files = Files.list(folder)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")
            && name.endsWith(PARTIAL)
            && Files.isRegularFile(p)
            && Files.getLastModifiedTime(p).toInstant().isBefore(before)
            && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    }
    if (removed > 0) {
      LOG.info("Removed {} partial backup files left by interrupted backups", removed);
    }
    return removed;
  }

  /** Writes the backup to {@code target} (replacing a file there); administrators only. */
  public Backup backup(Actor actor, Path target) {
    actor.require(Permission.BACKUP_DATA);
    Path file = target.toAbsolutePath().normalize();
    try {
      Path parent = file.getParent();
      Files.createDirectories(parent);
      Path temp = parent.resolve("." + file.getFileName() + PARTIAL);
      removeAbandoned(parent, clock.instant());
      Files.deleteIfExists(temp);
      // owner-only from its first byte: H2 writes into the file it finds
      com.privacydesk.app.OwnerOnlyFiles.createFile(temp);
      try {
        database.backupTo(temp);
        String sha = sha256(temp);
        long bytes = Files.size(temp);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tx.inTransaction(
            actor,
            r -> {
              r.audit()
                  .append(
                      actor.audit(
                          clock.instant(),
                          "BACKUP",
                          "DATABASE",
                          null,
                          "bytes=" + bytes + " sha256=" + sha));
              return null;
            });
        // anchored outside the database: the witness file (when set) gets a signed checkpoint
        tx.inTransaction(actor, r -> r.audit().checkpoint(clock.instant(), "backup"));
        LOG.info("Backup of {} bytes written by user {}", bytes, actor.userId());
        return new Backup(file, bytes, sha);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Records, before it starts, that {@code actor} copies the whole database to team mode's server
   * {@code target} (migrate-db); administrators only, like a backup. The entry is copied with the
   * rest, so the new database says where it came from.
   */
  public void recordCopy(Actor actor, String target) {
    actor.require(Permission.BACKUP_DATA);
    tx.inTransaction(
        actor,
        r -> {
          r.audit()
              .append(
                  actor.audit(clock.instant(), "COPY_TO_SERVER", "DATABASE", null, "to=" + target));
          return null;
        });
    LOG.info("Copy of the database to a server started by user {}", actor.userId());
  }

  /**
   * Records that a backup which did not verify was restored all the same ({@code restore
   * --accept-unverified}): which file (its SHA-256) and how many problems the check found.
   */
  public void recordUnverifiedRestore(String backupSha256, AuditService.Verification found) {
    tx.inTransaction(
        r -> {
          r.audit()
              .append(
                  new com.privacydesk.domain.audit.AuditEntry(
                      clock.instant(),
                      null,
                      "restore",
                      "RESTORE_UNVERIFIED",
                      "DATABASE",
                      null,
                      "sha256="
                          + backupSha256
                          + "; chain="
                          + (found.problem().isPresent() ? "broken" : "intact")
                          + "; records="
                          + found.recordProblems()));
          return null;
        });
    LOG.warn("A backup that does not verify was restored on request (--accept-unverified)");
  }

  /**
   * Records that {@code actor} copies to a server a database that does not verify ({@code
   * migrate-db --accept-unverified}), and how many problems the check found.
   */
  public void recordUnverifiedCopy(Actor actor, AuditService.Verification found) {
    actor.require(Permission.BACKUP_DATA);
    tx.inTransaction(
        actor,
        r -> {
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "COPY_UNVERIFIED",
                      "DATABASE",
                      null,
                      "chain="
                          + (found.problem().isPresent() ? "broken" : "intact")
                          + "; records="
                          + found.recordProblems()));
          return null;
        });
    LOG.warn("A database that does not verify is copied on request (--accept-unverified)");
  }

  /**
   * What a restored (or any) database holds: cases, accounts, and the audit chain walked. Needs no
   * sign-in: counts and hashes only, no contents.
   */
  public record Check(long cases, long users, AuditService.Verification audit) {}

  /** Counts the cases and accounts and verifies the audit chain. */
  public Check check() {
    long[] counts =
        tx.inTransaction(r -> new long[] {r.cases().count(CaseFilter.ALL), r.users().count()});
    return new Check(counts[0], counts[1], new AuditService(tx, clock).verify());
  }

  /** The SHA-256 (hex) of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
