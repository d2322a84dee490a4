package com.privacydesk.desktop;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application on a data folder and returns when the window closes. */
public final class Launcher {
  private Launcher() {}

  /**
   * Opens the window on {@code dataDir} and, when {@code dbUrl} is given, team mode's server (else
   * the environment's or the data folder's settings decide); blocks until the user quits.
   *
   * @throws WindowUnavailableException when this machine cannot show a window
   */
  public static void launch(Path dataDir, String dbUrl) {
    // the second core loads the database's classes while the first starts JavaFX
    com.privacydesk.Services.warmUpInBackground();
    try {
      if (dbUrl == null) {
        Application.launch(App.class, "--data-dir=" + dataDir);
      } else {
        Application.launch(App.class, "--data-dir=" + dataDir, "--db-url=" + dbUrl);
      }
    } catch (UnsupportedOperationException e) {
      // JavaFX's way of saying "no display" or "no GTK library"
      throw new WindowUnavailableException(String.valueOf(e.getMessage()), e);
    }
  }
}
