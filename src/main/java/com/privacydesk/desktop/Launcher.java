package com.privacydesk.desktop;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application on a data folder and returns when the window closes. */
public final class Launcher {
  private Launcher() {}

  /**
   * Opens the window; blocks until the user quits.
   *
   * @throws WindowUnavailableException when this machine cannot show a window
   */
  public static void launch(Path dataDir) {
    try {
      Application.launch(App.class, "--data-dir=" + dataDir);
    } catch (UnsupportedOperationException e) {
      // JavaFX's way of saying "no display" or "no GTK library"
      throw new WindowUnavailableException(String.valueOf(e.getMessage()), e);
    }
  }
}
