package com.privacydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files holding personal data readable by their owner only (issue 23, point 5): the data folder 700
 * and everything in it 600 (folders 700), and every file PrivacyDesk writes elsewhere (reports,
 * backups, certificates) 600. On a file system without POSIX permissions (Windows) nothing is
 * changed: the per-user folders' own access lists apply there.
 */
public final class OwnerOnlyFiles {
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private OwnerOnlyFiles() {}

  /**
   * Makes {@code path} owner-only: a folder 700, a file 600. Nothing on a file system without POSIX
   * permissions (Windows), where the per-user folders' own access lists apply.
   */
  public static void restrict(Path path) throws IOException {
    if (posix(path)) {
      Files.setPosixFilePermissions(
          path,
          PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
  }

  /** Creates the new, empty file {@code file} readable and writable by its owner only. */
  public static Path createFile(Path file) throws IOException {
    if (posix(file.toAbsolutePath().getParent())) {
      return Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createFile(file);
  }

  /**
   * Creates {@code dir} readable by its owner only, if it does not exist (missing parents, such as
   * {@code ~/.local/share}, as the system makes them).
   */
  public static void createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (posix(parent)) {
      try {
        Files.createDirectory(
            absolute,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // made meanwhile by another process: tighten() sees to its mode
      }
    } else {
      Files.createDirectories(absolute);
    }
  }

  /**
   * Makes {@code dir} and everything in it (folders and files, not following links) owner-only.
   *
   * @return whether the folder itself had been open to other users (its files, behind a closed
   *     folder, were not reachable)
   */
  public static boolean tighten(Path dir) throws IOException {
    if (!Files.isDirectory(dir) || !posix(dir)) {
      return false;
    }
    boolean loose =
        Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).stream()
            .anyMatch(OTHERS::contains);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        Set<PosixFilePermission> perms =
            Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        if (perms.stream().anyMatch(OTHERS::contains)) {
          Set<PosixFilePermission> owner = EnumSet.copyOf(perms);
          owner.removeAll(OTHERS);
          Files.setPosixFilePermissions(p, owner);
        }
      }
    }
    return loose;
  }

  private static boolean posix(Path p) {
    return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
  }
}
