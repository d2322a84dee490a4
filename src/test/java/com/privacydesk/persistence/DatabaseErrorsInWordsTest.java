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
  }

  @Test
  void aFullDiskIsNamedWithTheSpaceLeft() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("small"));
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    Assumptions.assumeTrue(mounted, "mounting a small tmpfs needs root (CI runs as root)");
    try {
      Path data = mount.resolve("data");
      try (Services s = TestServices.open(data)) {
        Actor admin = TestServices.admin(s);
        // leave about 1 MB free
        Path filler = mount.resolve("filler");
        long free = Files.getFileStore(mount).getUsableSpace();
        try (FileChannel ch =
            FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          byte[] block = new byte[1 << 20];
          for (long left = free - (1 << 20); left > 0; left -= block.length) {
            ch.write(java.nio.ByteBuffer.wrap(block, 0, (int) Math.min(block.length, left)));
          }
        }
        long id =
            s.intake()
                .logCaDisclosure(
                    admin,
                    new com.privacydesk.domain.intake.CaDisclosureIntake(
                        new com.privacydesk.domain.intake.CommonIntake(
                            com.privacydesk.domain.Channel.POSTAL_MAIL,
                            java.time.LocalDateTime.parse("2026-11-19T09:30"),
                            com.privacydesk.domain.intake.RequesterKind.SELF,
                            "ACC-1001",
                            "reply@example.com"),
                        com.privacydesk.domain.intake.ResidencyBasis.SERVICE_ADDRESS,
                        true,
                        null));
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
      new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
