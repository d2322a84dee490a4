package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.domain.user.Role;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, point 5: nothing PrivacyDesk keeps or writes is readable by other users of the
 * computer. Before, the data folder was 755 and the database, log and exports 644 (umask 022), and
 * the imported addresses and password hashes could be read from the file as user {@code nobody}.
 */
class OwnerOnlyFilesTest {
  @TempDir Path tmp;

  @BeforeEach
  void posixOnly() {
    Assumptions.assumeFalse(TestServices.ON_POSTGRES, "the embedded database's folder");
    Assumptions.assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX modes");
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewDataFolderAndEverythingInItAreOwnerOnly() throws Exception {
    Path data = tmp.resolve("new/privacydesk");
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
      assertThat(s.startupNotice()).isEmpty();
    }
    assertThat(mode(data)).isEqualTo("rwx------");
    try (Stream<Path> all = Files.walk(data)) {
      for (Path p : all.skip(1).toList()) {
        assertThat(mode(p)).as(p.toString()).matches("rw[x-]------");
      }
    }
    assertThat(mode(data.resolve("privacydesk.mv.db"))).isEqualTo("rw-------");
  }

  @Test
  void aFolderLeftOpenByAnEarlierVersionIsClosedAndTheUserIsTold() throws Exception {
    Path data = tmp.resolve("old");
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
    }
    // as umask 022 left them before this version
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        data.resolve("privacydesk.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
    Path logs = Files.createDirectories(data.resolve("logs"));
    Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path log = Files.writeString(logs.resolve("privacydesk.log"), "x");
    Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

    try (Services s = TestServices.open(data)) {
      assertThat(s.startupNotice())
          .hasValueSatisfying(n -> assertThat(n).contains("were readable by other users"));
    }
    assertThat(mode(data)).isEqualTo("rwx------");
    assertThat(mode(data.resolve("privacydesk.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(logs)).isEqualTo("rwx------");
    assertThat(mode(log)).isEqualTo("rw-------");
    try (Services s = TestServices.open(data)) {
      assertThat(s.startupNotice()).as("said once").isEmpty();
    }
  }

  @Test
  void exportedReportsAreOwnerOnlyWhereverTheyAreWritten() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Services s = TestServices.open(tmp.resolve("data"))) {
      Actor admin = TestServices.admin(s);
      Actor sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
      var model = s.reports().monthly(sam, YearMonth.of(2026, 10));
      var files =
          new ReportExporter(s.reports())
              .exportPack(sam, model, out, PaperSize.LETTER, ReportExporter.Progress.NONE);
      assertThat(files).hasSize(4);
      for (var f : files) {
        assertThat(mode(f.file())).as(f.file().toString()).isEqualTo("rw-------");
      }
    }
  }
}
