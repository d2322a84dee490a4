package com.privacydesk.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While a window holds the embedded database, a loopback-only H2 TCP server with a random key lets
 * a second process of the same user reach it for a backup ({@link Database#attach}). The port and
 * key are in {@link #FILE} in the data folder, readable by its owner only.
 */
final class BackupChannel {
  private static final Logger LOG = LoggerFactory.getLogger(BackupChannel.class);

  /** The file in the data folder that says how to reach the open database. */
  static final String FILE = "privacydesk.backup-channel";

  private final Path dataDir;
  private final Server server;

  private BackupChannel(Path dataDir, Server server) {
    this.dataDir = dataDir;
    this.server = server;
  }

  /**
   * Starts the channel to the database file {@code fileName} in {@code dataDir}; empty when it
   * cannot (the window works without it, only a backup while it runs is not possible).
   */
  static Optional<BackupChannel> open(Path dataDir, String fileName) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String secret = HexFormat.of().formatHex(random);
    Server server = null;
    try {
      server =
          Server.createTcpServer(
                  "-tcpPort",
                  "0",
                  "-tcpDaemon",
                  "-ifExists",
                  "-key",
                  secret,
                  dataDir.resolve(fileName).toString())
              .start();
      Path temp = Files.createTempFile(dataDir, ".channel-", ".tmp");
      try {
        com.privacydesk.app.OwnerOnlyFiles.restrict(temp);
        Files.writeString(
            temp, "port=" + server.getPort() + "\nkey=" + secret + "\n", StandardCharsets.UTF_8);
        Files.move(
            temp,
            dataDir.resolve(FILE),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return Optional.of(new BackupChannel(dataDir, server));
    } catch (SQLException | IOException e) {
      LOG.warn("Backup channel not available ({})", e.getClass().getSimpleName());
      new BackupChannel(dataDir, server).close();
      return Optional.empty();
    }
  }

  /**
   * The H2 URL (without options) of the database a window holds open in {@code dataDir}.
   *
   * @throws DataDirInUseException when no window offers a channel there
   */
  static String url(Path dataDir) {
    Properties channel = new Properties();
    try (var in = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
      channel.load(in);
    } catch (IOException e) {
      throw new DataDirInUseException(dataDir);
    }
    return "jdbc:h2:tcp://127.0.0.1:"
        + channel.getProperty("port")
        + "/"
        + channel.getProperty("key");
  }

  /** Stops the server and removes the channel file. */
  void close() {
    if (server != null) {
      server.stop();
    }
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException e) {
      LOG.warn("Cannot remove the backup channel file ({})", e.getClass().getSimpleName());
    }
  }
}
