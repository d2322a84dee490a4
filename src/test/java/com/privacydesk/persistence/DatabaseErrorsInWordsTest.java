package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.privacydesk.DatabaseServers;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, point 14: what a user can meet is said in words with what to do — a damaged file, a
 * file given as the data folder, a full disk, a read-only database — never a bare SQL state.
 */
class DatabaseErrorsInWordsTest {
  @TempDir Path dir;

  @BeforeEach
  void embeddedOnly() {
    Assumptions.assumeFalse(TestServices.ON_POSTGRES, "the embedded database's file");
  }

  @Test
  void aDamagedFileSaysToRestoreTheLatestBackup() throws IOException {
    Path data = dir.resolve("data");
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
    }
    Path file = data.resolve("privacydesk.mv.db");
    // noise where the file's headers and chunks were
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      byte[] noise = new byte[(int) ch.size()];
      new java.util.Random(7).nextBytes(noise);
      ch.write(java.nio.ByteBuffer.wrap(noise), 0);
    }
    Throwable t = catchThrowable(() -> TestServices.open(data).close());
    assertThat(t).isNotNull();
    System.out.println("Damaged: " + t.getMessage());
    assertThat(t.getMessage())
        .contains("The database file is damaged")
        .contains("Restore the latest backup");
  }

  @Test
  void aFileGivenAsTheDataFolderIsNamedAsSuch() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
    assertThatThrownBy(() -> DatabaseServers.resolve(notAFolder, null, Map.of()))
        .hasMessageContaining(notAFolder + " is a file, not a folder")
        .hasMessageNotContaining("database.properties");
  }

  @Test
  void theCodesAUserCanMeetAreSaidInWords() {
    assertThat(DatabaseException.inWords(90097)).contains("read-only");
    assertThat(DatabaseException.inWords(90098)).contains("full disk");
    assertThat(DatabaseException.inWords(90028)).contains("input/output");
    assertThat(DatabaseException.inWords(90030)).contains("damaged");
    assertThat(DatabaseException.inWords(23505)).isNull();
    // H2's file store failing below SQL: no SQL state, no vendor code (it read "SQLState null,
    // vendor code 0")
    var below =
        new java.sql.SQLException(
            "storage", null, 0, new org.h2.mvstore.MVStoreException(6, "File corrupted"));
    assertThat(DatabaseException.scrubbed("The database refused the change", below).getMessage())
        .contains("could not be read or written as expected")
        .contains("restore the latest backup");
  }

  /** Mounts a 24 MB tmpfs at {@code mount}; skips the test where that is not allowed. */
  private static void mountSmallDisk(Path mount) throws Exception {
    Files.createDirectories(mount);
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    Assumptions.assumeTrue(mounted, "mounting a small tmpfs needs root (CI runs as root)");
  }

  private static void unmount(Path mount) throws Exception {
    new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
  }

  /** Fills the disk of {@code mount} up to about {@code leaveBytes} free; returns the filler. */
  private static Path fill(Path mount, long leaveBytes) throws IOException {
    Path filler = mount.resolve("filler");
    long free = Files.getFileStore(mount).getUsableSpace();
    try (FileChannel ch =
        FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] block = new byte[1 << 20];
      for (long left = free - leaveBytes; left > 0; left -= block.length) {
        ch.write(java.nio.ByteBuffer.wrap(block, 0, (int) Math.min(block.length, left)));
      }
    }
    return filler;
  }

  @Test
  void anImportThatFillsTheDiskKeepsItsReportAndItsRunIsCorrectedAtTheNextStart() throws Exception {
    Path csv = dir.resolve("optouts.csv");
    StringBuilder rows = new StringBuilder("email,received,channel,scope\n");
    for (int i = 0; i < 40_000; i++) {
      rows.append("person")
          .append(i)
          .append("@example")
          .append(i % 50)
          .append(".com,2026-11-1")
          .append(i % 9)
          .append(",WEB_FORM,ALL_COMMERCIAL\n");
    }
    Files.writeString(csv, rows);
    Path mount = dir.resolve("small");
    mountSmallDisk(mount);
    try {
      Path data = mount.resolve("data");
      Path filler;
      com.privacydesk.app.cases.OptOutImportService.Result result;
      try (Services s = TestServices.open(data)) {
        Actor admin = TestServices.admin(s);
        filler = fill(mount, 3L << 20);
        result =
            s.optOutImports()
                .apply(
                    admin,
                    () -> Files.newInputStream(csv),
                    500,
                    com.privacydesk.app.cases.OptOutImportService.Progress.none(),
                    () -> false);
      } catch (RuntimeException closing) {
        // closing a database whose last write failed may fail too
        throw new AssertionError("the import itself must not throw", closing);
      }
      System.out.println(
          "Full disk, import: "
              + result.ending()
              + ", created "
              + result.created()
              + ", failure: "
              + result.failure());
      // the report the user is promised, with why it stopped
      assertThat(result.ending())
          .isEqualTo(com.privacydesk.app.cases.OptOutImportService.Ending.FAILED);
      assertThat(result.failure()).contains("The disk holding " + data).contains("is full (");
      assertThat(result.notAttempted()).isNotEmpty();
      // room again: the run's record agrees with the cases that exist
      Files.delete(filler);
      try (Services s = TestServices.open(data)) {
        long cases = s.backups().check().cases();
        assertThat(cases).isEqualTo(result.created());
        try (java.sql.Connection c = TestServices.connect(s);
            java.sql.Statement st = c.createStatement();
            java.sql.ResultSet rs =
                st.executeQuery("SELECT status, created FROM opt_out_import WHERE id = 1")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isIn("FAILED", "INTERRUPTED");
          assertThat(rs.getLong(2)).isEqualTo(cases);
        }
      }
    } finally {
      unmount(mount);
    }
  }

  @Test
  void aFullDiskIsNamedWithTheSpaceLeft() throws Exception {
    Path mount = dir.resolve("small");
    mountSmallDisk(mount);
    try {
      Path data = mount.resolve("data");
      try (Services s = TestServices.open(data)) {
        Actor admin = TestServices.admin(s);
        // leave about 1 MB free
        fill(mount, 1L << 20);
        long id = s.intake().logCaDisclosure(admin, TestServices.caDisclosure());
        Throwable t = null;
        for (int i = 0; i < 5000 && t == null; i++) {
          String text = "Call " + i + ": " + "the customer asked again. ".repeat(40);
          t =
              catchThrowable(
                  () ->
                      s.workflow()
                          .addNote(admin, id, s.queries().detail(admin, id).version(), text));
        }
        assertThat(t).as("the disk filled up").isNotNull();
        System.out.println("Full disk, a change: " + t.getMessage());
        assertThat(t.getMessage()).contains("The disk holding " + data).contains("is full (");
      } catch (RuntimeException closing) {
        // closing a database whose last write failed may fail too
      }
      // while the disk is full the database does not open either, and says why
      Throwable opening = catchThrowable(() -> TestServices.open(data).close());
      if (opening != null) {
        System.out.println("Full disk, opening: " + opening.getMessage());
        assertThat(opening.getMessage()).contains("is full (");
      }
    } finally {
      unmount(mount);
    }
  }
}
