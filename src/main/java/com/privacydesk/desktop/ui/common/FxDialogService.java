package com.privacydesk.desktop.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Window;

/** Alerts owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Window owner;
  private final javafx.application.HostServices host;

  /**
   * @param host the application's host services, which open documents (null: documents are not
   *     opened, e.g. in tests)
   */
  public FxDialogService(Window owner, javafx.application.HostServices host) {
    this.owner = owner;
    this.host = host;
  }

  @Override
  public void openDocument(java.nio.file.Path file) {
    if (host == null) {
      return;
    }
    try {
      host.showDocument(file.toUri().toString());
    } catch (RuntimeException | LinkageError e) {
      // no desktop integration here (a headless toolkit, no xdg-open): the file stays where the
      // status line says it is
      org.slf4j.LoggerFactory.getLogger(FxDialogService.class)
          .warn("Cannot hand a document to the desktop ({})", e.getClass().getSimpleName());
    }
  }

  @Override
  public void showError(String title, String message) {
    show(AlertType.ERROR, title, message);
  }

  @Override
  public void showInfo(String title, String message) {
    show(AlertType.INFORMATION, title, message);
  }

  private void show(AlertType type, String title, String message) {
    Alert alert = new Alert(type, message);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.getDialogPane().setMinWidth(420);
    alert.showAndWait();
  }
}
