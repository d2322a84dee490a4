package com.privacydesk.desktop.ui.common;

/** Message boxes, behind an interface so view models stay testable without a screen. */
public interface DialogService {
  /** Shows an error and waits until the user dismisses it. */
  void showError(String title, String message);

  /** Shows information and waits until the user dismisses it. */
  void showInfo(String title, String message);

  /** Opens a file with the desktop's program for it (a PDF viewer, the mail client). */
  void openDocument(java.nio.file.Path file);
}
