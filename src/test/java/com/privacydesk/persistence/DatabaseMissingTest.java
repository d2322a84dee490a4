package com.privacydesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, point 12: a data folder whose database was truncated to 0 bytes or deleted is not taken
 * for a new one (where the first account, an administrator, needs no sign-in).
 */
class DatabaseMissingTest {
  @TempDir Path data;

  @BeforeEach
  void embeddedOnly() {
    Assumptions.assumeFalse(TestServices.ON_POSTGRES, "the embedded database's file");
  }

  private void initialised() {
    try (Services s = TestServices.open(data)) {
      TestServices.admin(s);
    }
  }

  @Test
  void aTruncatedOrDeletedDatabaseIsNotTakenForANewOne() throws Exception {
    initialised();
    Path file = data.resolve("privacydesk.mv.db");
    Files.write(file, new byte[0]);
    assertThatThrownBy(() -> TestServices.open(data))
        .isInstanceOf(DatabaseMissingException.class)
        .hasMessageContaining("held a PrivacyDesk database, and its file is now missing or empty");
    assertThat(Files.size(file)).as("nothing written over it").isZero();

    Files.delete(file);
    assertThatThrownBy(() -> TestServices.open(data)).isInstanceOf(DatabaseMissingException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void startingAfreshOnPurposeMeansDeletingTheNoteItNames() throws Exception {
    initialised();
    Files.delete(data.resolve("privacydesk.mv.db"));
    Path marker = FolderMarkers.marker(InstallationKeys.dir(), data.toAbsolutePath().normalize());
    assertThat(marker).exists();
    Files.delete(marker);
    try (Services s = TestServices.open(data)) {
      assertThat(s.backups().check().users()).isZero();
    }
  }
}
