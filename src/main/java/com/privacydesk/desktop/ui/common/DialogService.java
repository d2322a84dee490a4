package com.privacydesk.desktop.ui.common;

/** Message boxes, behind an interface so view models stay testable without a screen. */
public interface DialogService {
  /** Shows an error and waits until the user dismisses it. */
  void showError(String title, String message);

  /** Shows information and waits until the user dismisses it. */
  void showInfo(String title, String message);

  /** Opens a file with the desktop's program for it (a PDF viewer, the mail client). */
  void openDocument(java.nio.file.Path file);

  /**
   * Whether this desktop has a program that opens {@code file} (asks the system, so call it off the
   * FX thread). Where it cannot tell, it answers true.
   */
  default boolean canOpen(java.nio.file.Path file) {
    return true;
  }

  /**
   * Asks where to save a copy of a file (a Save dialog suggesting {@code suggestedName}); empty
   * when the user cancels.
   */
  default java.util.Optional<java.nio.file.Path> askSaveLocation(
      String title, String suggestedName) {
    return java.util.Optional.empty();
  }
}
