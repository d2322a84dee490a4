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
  public boolean canOpen(java.nio.file.Path file) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String mime =
        name.endsWith(".eml")
            ? "message/rfc822"
            : name.endsWith(".pdf")
                ? "application/pdf"
                : name.endsWith(".html") ? "text/html" : null;
    if (!os.contains("linux") || mime == null) {
      return true;
    }
    // the desktop opens files through xdg-open, which does nothing visible when no program is
    // registered for the type: ask which program it would use
    try {
      Process p =
          new ProcessBuilder("xdg-mime", "query", "default", mime)
              .redirectErrorStream(true)
              .start();
      String answer =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .strip();
      return p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)
          && p.exitValue() == 0
          && answer.endsWith(".desktop");
    } catch (java.io.IOException e) {
      return false; // no xdg-utils: nothing would open it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public java.util.Optional<java.nio.file.Path> askSaveLocation(
      String title, String suggestedName) {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    try {
      java.io.File chosen = chooser.showSaveDialog(owner);
      return java.util.Optional.ofNullable(chosen).map(java.io.File::toPath);
    } catch (UnsupportedOperationException e) {
      // a toolkit without file dialogs (the headless one): the status line already names the file
      org.slf4j.LoggerFactory.getLogger(FxDialogService.class)
          .warn("This desktop has no file dialog; nothing was saved");
      return java.util.Optional.empty();
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
