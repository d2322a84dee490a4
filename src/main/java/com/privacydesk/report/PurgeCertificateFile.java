package com.privacydesk.report;

import com.privacydesk.app.privacy.PurgeCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a purge certificate as a text file, whole or not at all. */
public final class PurgeCertificateFile {
  /** The folder inside the data folder where certificates are kept by default. */
  public static final String FOLDER = "purge-certificates";

  private PurgeCertificateFile() {}

  /**
   * Writes {@code certificate} to {@code target}, or to a file named after the run inside it when
   * {@code target} is a folder; returns the file written.
   */
  public static Path write(PurgeCertificate certificate, Path target) {
    try {
      Path file = Files.isDirectory(target) ? target.resolve(certificate.fileName()) : target;
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, ".purge-", ".tmp");
      try {
        Files.writeString(temp, certificate.text(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default place for certificates of the database in {@code dataDir}. */
  public static Path defaultFolder(Path dataDir) {
    return dataDir.resolve(FOLDER);
  }
}
