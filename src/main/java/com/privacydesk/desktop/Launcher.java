package com.privacydesk.desktop;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application on a data folder and returns when the window closes. */
public final class Launcher {
  private Launcher() {}

  /** Opens the window; blocks until the user quits. */
  public static void launch(Path dataDir) {
    Application.launch(App.class, "--data-dir=" + dataDir);
  }
}
