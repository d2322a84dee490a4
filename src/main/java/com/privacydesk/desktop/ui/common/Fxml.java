package com.privacydesk.desktop.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/** Loads {@code X.fxml} next to view class {@code X} with the view itself as controller. */
public final class Fxml {
  private Fxml() {}

  /** Loads the FXML named after {@code view}'s class, injecting its {@code @FXML} fields. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // as FXMLLoader.load: the FXML's root type
  public static <T> T load(Object view) {
    Class<?> type = view.getClass();
    URL url = type.getResource(type.getSimpleName() + ".fxml");
    if (url == null) {
      throw new IllegalStateException("missing " + type.getSimpleName() + ".fxml");
    }
    FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
    loader.setController(view);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + url, e);
    }
  }
}
