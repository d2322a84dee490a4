package com.privacydesk.persistence;

import com.privacydesk.domain.audit.ChainKey;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The installation keys, kept in a folder outside the data folder (ADR 0022): one file per
 * database, named by the installation id the database stores, holding the secret its audit chain
 * and row seals are keyed with and the Ed25519 pair its checkpoints are signed with. Someone who
 * holds the database file (or a backup) but not this file cannot forge either.
 */
public final class InstallationKeys {
  /** Environment variable naming the key folder. */
  public static final String ENV_DIR = "PRIVACYDESK_KEY_DIR";

  /** System property naming the key folder (tests). */
  public static final String PROPERTY_DIR = "privacydesk.keyDir";

  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

  /** One installation's key. */
  public record Key(String installation, ChainKey chain, KeyPair signing) {}

  private InstallationKeys() {}

  /** The key folder: $PRIVACYDESK_KEY_DIR, else the per-user configuration folder. */
  public static Path dir() {
    String property = System.getProperty(PROPERTY_DIR);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    return dir(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }

  /** The key folder for this environment, OS and home folder. */
  static Path dir(Map<String, String> env, String osName, String userHome) {
    String fromEnv = env.get(ENV_DIR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      return Path.of(local != null ? local : userHome, "PrivacyDesk", "keys");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Preferences", "PrivacyDesk", "keys");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "privacydesk", "keys")
        : Path.of(userHome, ".config", "privacydesk", "keys");
  }

  /** The file of installation {@code id} in {@code dir}. */
  public static Path file(Path dir, String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not an installation id");
    }
    return dir.resolve("privacydesk-" + id + ".key");
  }

  /** The key of installation {@code id}, if its file is in {@code dir}. */
  static Optional<Key> load(Path dir, String id) {
    Path file = file(dir, id);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      Base64.Decoder b64 = Base64.getDecoder();
      KeyFactory ed = KeyFactory.getInstance("Ed25519");
      KeyPair pair =
          new KeyPair(
              ed.generatePublic(new X509EncodedKeySpec(b64.decode(p.getProperty("public-key")))),
              ed.generatePrivate(
                  new PKCS8EncodedKeySpec(b64.decode(p.getProperty("signing-key")))));
      ChainKey chain =
          new ChainKey(
              id,
              pair,
              b64.decode(p.getProperty("secret")),
              Long.parseLong(p.getProperty("keyed-from")),
              Long.parseLong(p.getProperty("baseline")));
      if (!id.equals(p.getProperty("installation"))) {
        throw new DatabaseException("The key file " + file + " belongs to another installation.");
      }
      return Optional.of(new Key(id, chain, pair));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      if (e instanceof DatabaseException d) {
        throw d;
      }
      throw new DatabaseException(
          "The installation key "
              + file
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + "): restore it from your key backup.");
    }
  }

  /**
   * Creates the key of a new installation {@code id} whose chain is keyed from entry {@code
   * keyedFrom} on, that entry sealing what existed before; written owner-only, all at once.
   */
  static Key create(Path dir, String id, long keyedFrom) {
    try {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Base64.Encoder b64 = Base64.getEncoder();
      Properties p = new Properties();
      p.setProperty("installation", id);
      p.setProperty("secret", b64.encodeToString(secret));
      p.setProperty("keyed-from", Long.toString(keyedFrom));
      p.setProperty("baseline", Long.toString(keyedFrom));
      p.setProperty("signing-key", b64.encodeToString(pair.getPrivate().getEncoded()));
      p.setProperty("public-key", b64.encodeToString(pair.getPublic().getEncoded()));
      Files.createDirectories(dir);
      com.privacydesk.app.OwnerOnlyFiles.restrict(dir);
      Path temp = Files.createTempFile(dir, ".key-", ".tmp");
      try {
        com.privacydesk.app.OwnerOnlyFiles.restrict(temp);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          p.store(
              out,
              "PrivacyDesk installation key: keep it secret, and keep a copy apart from the"
                  + " database backups (docs/security.md)");
        }
        Files.move(temp, file(dir, id), StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return new Key(id, new ChainKey(id, pair, secret, keyedFrom, keyedFrom), pair);
    } catch (IOException | GeneralSecurityException e) {
      throw new DatabaseException(
          "Cannot write the installation key in "
              + dir
              + " ("
              + e.getClass().getSimpleName()
              + "): set "
              + ENV_DIR
              + " to a folder you can write.");
    }
  }
}
