package com.privacydesk.mail;

import com.privacydesk.app.OwnerOnlyFiles;
import com.privacydesk.app.port.MailPasswords;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Mailbox passwords in {@code mail-passwords.properties} in the data folder: readable by its owner
 * only (600, like {@code database.properties}), replaced atomically, never in the database, a log
 * or a backup of the database.
 */
public final class MailPasswordFile implements MailPasswords {
  /** The file's name in the data folder. */
  public static final String NAME = "mail-passwords.properties";

  private final Path file;

  public MailPasswordFile(Path dataDir) {
    this.file = dataDir.resolve(NAME);
  }

  @Override
  public synchronized Optional<String> get(String mailbox) {
    return Optional.ofNullable(load().getProperty(key(mailbox)));
  }

  @Override
  public synchronized void put(String mailbox, String password) {
    Properties p = load();
    p.setProperty(key(mailbox), password);
    store(p);
  }

  @Override
  public synchronized void remove(String mailbox) {
    Properties p = load();
    if (p.remove(key(mailbox)) != null) {
      store(p);
    }
  }

  private static String key(String mailbox) {
    return "mailbox." + mailbox.strip();
  }

  private Properties load() {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("The mail password file could not be read", e);
      }
    }
    return p;
  }

  private void store(Properties p) {
    Path tmp = file.resolveSibling(NAME + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      OwnerOnlyFiles.createFile(tmp);
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "PrivacyDesk mailbox passwords: keep this file private");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      OwnerOnlyFiles.restrict(file);
    } catch (IOException e) {
      throw new UncheckedIOException("The mail password file could not be written", e);
    }
  }
}
