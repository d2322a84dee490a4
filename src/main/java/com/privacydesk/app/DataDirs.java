package com.privacydesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the data folder is: --data-dir, else PRIVACYDESK_HOME, else a per-user default. */
public final class DataDirs {
  public static final String ENV_HOME = "PRIVACYDESK_HOME";

  private DataDirs() {}

  /**
   * Resolves the data folder.
   *
   * @param option the {@code --data-dir} value, or null
   * @param env the process environment
   * @param osName {@code os.name}
   * @param userHome {@code user.home}
   */
  public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
    if (option != null) {
      return option.toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENV_HOME);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      return Path.of(appData != null ? appData : userHome, "PrivacyDesk");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", "PrivacyDesk");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "privacydesk")
        : Path.of(userHome, ".local", "share", "privacydesk");
  }
}
