package com.privacydesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a schema migration of the embedded file all-or-nothing. H2 does not roll back DDL, so a
 * migration cut short by a crash or a power cut would leave a half-migrated file that Flyway then
 * refuses for good. Before an existing database is migrated, a consistent copy of it is written
 * (H2's {@code BACKUP TO}, flushed to disk, then renamed into place: its presence is the marker "an
 * upgrade is under way"); it is deleted once the migration succeeded. A new database gets a marker
 * file before its file is created. At the next open, a snapshot still present means the upgrade
 * never finished: the file is put back from it; a marker still present means the new database was
 * never completed: it is discarded and created again (it held nothing but schema). Every step is a
 * write of a whole file followed by an atomic rename, so a kill at any point leaves either the old
 * or the new state (ADR 0017).
 */
final class UpgradeGuard {
  private static final Logger LOG = LoggerFactory.getLogger(UpgradeGuard.class);

  private final Path dir;
  private final Path file;
  private final Path snapshot;
  private final Path snapshotPartial;
  private final Path restoring;
  private final Path creating;
  private final String entryName;

  UpgradeGuard(Path dir, String fileName) {
    this.dir = dir;
    this.file = dir.resolve(fileName + ".mv.db");
    this.snapshot = dir.resolve(fileName + ".pre-upgrade.zip");
    this.snapshotPartial = dir.resolve(fileName + ".pre-upgrade.zip.partial");
    this.restoring = dir.resolve(fileName + ".mv.db.restoring");
    this.creating = dir.resolve(fileName + ".creating");
    this.entryName = fileName + ".mv.db";
  }

  /**
   * Puts right what an upgrade or a creation cut short left behind; says what was done, in words
   * for the user, or empty when there was nothing to do. Call before the file is opened.
   */
  Optional<String> recover() {
    try {
      Files.deleteIfExists(snapshotPartial);
      Files.deleteIfExists(restoring);
      if (Files.exists(snapshot)) {
        putBack();
        LOG.warn("An interrupted schema upgrade was undone: the database file was put back");
        return Optional.of(
            "An earlier start was interrupted while it upgraded the database; the database was put"
                + " back as it was before that upgrade, and the upgrade ran again.");
      }
      if (Files.exists(creating)) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(creating);
        syncDir();
        LOG.warn("An interrupted creation of a new database was discarded");
        return Optional.of(
            "An earlier start was interrupted while it created this database; the incomplete"
                + " database (which held no records) was discarded and created again.");
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new DatabaseException(
          "An earlier start was interrupted while it upgraded the database in "
              + dir
              + ", and putting the database back failed ("
              + e.getClass().getSimpleName()
              + "). The file "
              + snapshot.getFileName()
              + " in that folder holds the database as it was; keep it and ask an administrator.");
    }
  }

  /** Marks a database about to be created; {@link #finished} clears the mark. */
  void beforeCreate() {
    try {
      Files.write(creating, new byte[0]);
      com.privacydesk.app.OwnerOnlyFiles.restrict(creating);
      force(creating);
      syncDir();
    } catch (IOException e) {
      throw new DatabaseException(
          "Cannot create a database in " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Writes the consistent copy of the open database {@code c} belongs to, from which {@link
   * #recover} or {@link #undo} puts it back.
   */
  void beforeUpgrade(Connection c) {
    String target = snapshotPartial.toAbsolutePath().toString().replace("'", "''");
    try (Statement st = c.createStatement()) {
      st.execute("BACKUP TO '" + target + "'");
      com.privacydesk.app.OwnerOnlyFiles.restrict(snapshotPartial);
      force(snapshotPartial);
      Files.move(snapshotPartial, snapshot, StandardCopyOption.ATOMIC_MOVE);
      syncDir();
    } catch (SQLException | IOException e) {
      try {
        Files.deleteIfExists(snapshotPartial);
      } catch (IOException ignored) {
        // recover() removes it at the next open
      }
      throw new DatabaseException(
          "The database needs a schema upgrade, but the safety copy taken before it could not be"
              + " written in "
              + dir
              + " ("
              + describe(e)
              + "); nothing was changed. Free some disk space and start again.");
    }
  }

  /**
   * The migration succeeded: the snapshot or the creation mark is no longer needed. Their removal
   * must succeed before anything is written: left behind, the next start would put back the old
   * file (or discard the new one) and lose whatever was recorded in between, so a failure here
   * stops the open instead.
   */
  void finished() {
    try {
      Files.deleteIfExists(snapshot);
      Files.deleteIfExists(creating);
      syncDir();
    } catch (IOException e) {
      throw new DatabaseException(
          "The database in "
              + dir
              + " was brought up to date, but its safety copy or marker ("
              + snapshot.getFileName()
              + ", "
              + creating.getFileName()
              + ") cannot be removed ("
              + e.getClass().getSimpleName()
              + "). Nothing more was done; check the folder's permissions and start again.");
    }
  }

  /** The migration failed and the database is closed: back to the state before it. */
  void undo() {
    try {
      if (Files.exists(snapshot)) {
        putBack();
      } else if (Files.exists(creating)) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(creating);
        syncDir();
      }
    } catch (IOException e) {
      LOG.error("Cannot put the database back after a failed upgrade ({})", describe(e));
    }
  }

  private void putBack() throws IOException {
    try (ZipFile zip = new ZipFile(snapshot.toFile())) {
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null) {
        throw new IOException("the pre-upgrade copy holds no database");
      }
      try (InputStream in = zip.getInputStream(entry);
          OutputStream out = Files.newOutputStream(restoring)) {
        com.privacydesk.app.OwnerOnlyFiles.restrict(restoring);
        in.transferTo(out);
      }
    }
    force(restoring);
    Files.move(
        restoring, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDir();
    Files.delete(snapshot);
    syncDir();
  }

  private static void force(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** Makes the renames and deletions in the folder durable (a no-op where folders cannot be). */
  private void syncDir() {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder as a channel; its renames are durable on their own
    }
  }

  private static String describe(Exception e) {
    return e instanceof SQLException s
        ? "SQLState " + s.getSQLState() + ", vendor code " + s.getErrorCode()
        : e.getClass().getSimpleName();
  }
}
