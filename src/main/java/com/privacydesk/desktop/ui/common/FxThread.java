package com.privacydesk.desktop.ui.common;

import javafx.application.Platform;

/** The one place views defer work to the next pulse (after layout and default focus). */
public final class FxThread {
  private FxThread() {}

  /** Runs {@code action} on the FX thread after the current event has been handled. */
  public static void later(Runnable action) {
    Platform.runLater(action);
  }
}
