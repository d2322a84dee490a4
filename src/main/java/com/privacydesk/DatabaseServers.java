package com.privacydesk;

import com.privacydesk.app.DatabaseServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where team mode's server comes from: {@code --db-url}, else {@code PRIVACYDESK_DB_URL}, else
 * {@code url} in the data folder's {@value #FILE}; the account from {@code PRIVACYDESK_DB_USER} /
 * {@code PRIVACYDESK_DB_PASSWORD}, else {@code user} / {@code password} in that file. No URL
 * anywhere: the embedded database.
 */
public final class DatabaseServers {
  /**
   * The settings file in the data folder (an administrator writes it, readable by its user only).
   */
  public static final String FILE = "database.properties";

  public static final String ENV_URL = "PRIVACYDESK_DB_URL";
  public static final String ENV_USER = "PRIVACYDESK_DB_USER";
  public static final String ENV_PASSWORD = "PRIVACYDESK_DB_PASSWORD";

  private DatabaseServers() {}

  /**
   * The server to use, or null for the embedded database.
   *
   * @throws DatabaseServer.InvalidUrlException when the URL given is not a PostgreSQL one
   * @throws UnreadableSettingsException when the settings file exists but cannot be read
   */
  public static DatabaseServer resolve(Path dataDir, String urlOption, Map<String, String> env) {
    if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
      throw new UnreadableSettingsException(
          dataDir.toAbsolutePath()
              + " is a file, not a folder. The data folder (--data-dir) is the"
              + " folder PrivacyDesk keeps its database in; name a folder, or a new one to"
              + " create.");
    }
    Properties file = read(dataDir.resolve(FILE));
    String url = first(urlOption, env.get(ENV_URL), file.getProperty("url"));
    if (url == null) {
      return null;
    }
    return new DatabaseServer(
        url.strip(),
        first(env.get(ENV_USER), file.getProperty("user")),
        first(env.get(ENV_PASSWORD), file.getProperty("password")));
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      // no file: the embedded database, unless the command line or the environment names a server
    } catch (IOException e) {
      throw new UnreadableSettingsException(
          "Cannot read the database settings " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    return p;
  }

  /** The settings file exists but cannot be read (its message names the file, not its content). */
  public static final class UnreadableSettingsException extends RuntimeException
      implements com.privacydesk.app.port.UserFacingError {
    private static final long serialVersionUID = 1L;

    UnreadableSettingsException(String message) {
      super(message);
    }

    @Override
    public String messageKey() {
      return "error.settingsUnreadable";
    }

    @Override
    public Object[] messageArgs() {
      return new Object[] {getMessage()};
    }
  }
}
