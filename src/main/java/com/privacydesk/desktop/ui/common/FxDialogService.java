package com.privacydesk.desktop.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Window;

/** Alerts owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Window owner;

  public FxDialogService(Window owner) {
    this.owner = owner;
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
