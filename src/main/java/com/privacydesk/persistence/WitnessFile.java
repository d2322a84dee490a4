package com.privacydesk.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The witness log: a text file at a second place the holder of the database file does not control
 * (a share, another disk), where every checkpoint is appended as one line (ADR 0022). Set with
 * {@code PRIVACYDESK_WITNESS_FILE}; none by default. A failure to write it is logged, never fatal:
 * the checkpoint still goes into the report or certificate that asked for it.
 */
final class WitnessFile {
  /** Environment variable naming the witness file. */
  static final String ENV = "PRIVACYDESK_WITNESS_FILE";

  /** System property naming the witness file (tests). */
  static final String PROPERTY = "privacydesk.witnessFile";

  private static final Logger LOG = LoggerFactory.getLogger(WitnessFile.class);

  private WitnessFile() {}

  /** The configured witness file, if any. */
  static Optional<Path> configured() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(ENV);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** Appends {@code line} (one checkpoint, then why it was taken) to the witness file, if set. */
  static void append(String line, String occasion) {
    configured()
        .ifPresent(
            file -> {
              try {
                if (!Files.exists(file)) {
                  Files.createDirectories(file.toAbsolutePath().getParent());
                  com.privacydesk.app.OwnerOnlyFiles.createFile(file);
                }
                Files.writeString(
                    file,
                    line + " # " + occasion + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
              } catch (IOException e) {
                LOG.warn("Cannot write the witness file ({})", e.getClass().getSimpleName());
              }
            });
  }
}
