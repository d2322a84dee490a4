package com.privacydesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this build, from the filtered {@code version.properties}. */
public final class AppInfo {
  private static final String VERSION = load();

  private AppInfo() {}

  /** The Maven project version, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        AppInfo.class.getResourceAsStream("/com/privacydesk/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
