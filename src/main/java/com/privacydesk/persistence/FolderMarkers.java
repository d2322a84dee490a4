package com.privacydesk.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which data folders have held a database (issue 23, point 12): one small file per folder in the
 * installation key folder, outside the data folder, written at every successful open. A folder that
 * held one and whose database file is now missing or empty (deleted, truncated to 0 bytes, lost
 * with a disk) is never mistaken for a new one: a new, empty database there would have no users,
 * and its first account would be an administrator made without signing in.
 */
final class FolderMarkers {
  private static final Logger LOG = LoggerFactory.getLogger(FolderMarkers.class);

  private FolderMarkers() {}

  /** The marker of {@code dataDir} in {@code keyDir}. */
  static Path marker(Path keyDir, Path dataDir) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(dataDir.toString().getBytes(StandardCharsets.UTF_8));
      return keyDir.resolve(
          "privacydesk-folder-" + HexFormat.of().formatHex(hash, 0, 16) + ".marker");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The installation {@code dataDir} last held, if it held one. */
  static Optional<String> heldBefore(Path keyDir, Path dataDir) {
    Path marker = marker(keyDir, dataDir);
    try {
      for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
        if (line.startsWith("installation=")) {
          return Optional.of(line.substring("installation=".length()));
        }
      }
      return Optional.of("unknown");
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("unknown");
    }
  }

  /** Notes that {@code dataDir} holds installation {@code id}'s database. */
  static void remember(Path keyDir, Path dataDir, String id) {
    Path marker = marker(keyDir, dataDir);
    String text = "folder=" + dataDir + "\ninstallation=" + id + "\n";
    try {
      if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(text)) {
        return;
      }
      com.privacydesk.app.OwnerOnlyFiles.createDirectories(keyDir);
      Path temp = Files.createTempFile(keyDir, ".marker-", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(
          temp,
          marker,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Cannot note the data folder's database ({})", e.getClass().getSimpleName());
    }
  }

  /** Forgets {@code dataDir} (its database moved away on purpose). */
  static void forget(Path keyDir, Path dataDir) {
    try {
      Files.deleteIfExists(marker(keyDir, dataDir));
    } catch (IOException e) {
      LOG.warn("Cannot remove the data folder's note ({})", e.getClass().getSimpleName());
    }
  }
}
