package com.privacydesk.desktop.ui.common;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's icons: Feather glyphs (Ikonli) that take the theme's text colour and grow with the text
 * size (ADR 0027). An icon never replaces a control's text: screen readers and new users read it.
 */
public final class Icons {
  private Icons() {}

  /** A new glyph of {@code ikon}, sized by app.css ({@code .icon}) relative to the text. */
  public static FontIcon of(Ikon ikon) {
    FontIcon icon = new FontIcon(ikon);
    icon.getStyleClass().add("icon");
    return icon;
  }

  /** Puts {@code ikon} before {@code control}'s text. */
  public static <T extends Labeled> T on(T control, Ikon ikon) {
    control.setGraphic(of(ikon));
    return control;
  }
}
