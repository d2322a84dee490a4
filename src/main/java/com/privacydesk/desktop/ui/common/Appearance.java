package com.privacydesk.desktop.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * How every window looks: the AtlantaFX theme (light, dark, or as the desktop says) under the app's
 * one stylesheet, and the text size, which Ctrl+plus/minus/0 change in any window (ADR 0027). Each
 * user's choice is kept in their preferences and comes back at sign-in.
 */
public final class Appearance {
  /** The themes a user can choose. */
  public enum Theme {
    /** Light or dark as the desktop's colour scheme says (light where it says nothing). */
    SYSTEM,
    LIGHT,
    DARK
  }

  /** Preference key of the theme. */
  public static final String THEME_KEY = "appearance.theme";

  /** Preference key of the text size (px). */
  public static final String SIZE_KEY = "appearance.textSize";

  /** The text sizes (px) Ctrl+plus and Ctrl+minus step through; app.css has a class for each. */
  public static final List<Integer> SIZES = List.of(11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28);

  /** The theme's own size. */
  public static final int DEFAULT_SIZE = 14;

  /** The root style class of windows drawn in the dark theme (app.css adjusts its colours). */
  public static final String DARK_CLASS = "dark";

  private static final String SIZE_CLASS_PREFIX = "text-size-";

  private static final String STYLESHEET = "/com/privacydesk/desktop/css/app.css";

  private static Appearance shared;

  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
  private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(DEFAULT_SIZE);
  private final String stylesheet;
  private BiConsumer<String, String> store = (k, v) -> {};
  private boolean dark;

  private Appearance() {
    var url = Appearance.class.getResource(STYLESHEET);
    if (url == null) {
      throw new IllegalStateException(STYLESHEET + " is missing from the build");
    }
    stylesheet = url.toExternalForm();
  }

  /** The one appearance of this application; the first call starts styling every window. */
  public static synchronized Appearance shared() {
    if (shared == null) {
      shared = new Appearance();
      shared.install();
    }
    return shared;
  }

  private void install() {
    theme.addListener((o, was, now) -> apply());
    size.addListener((o, was, now) -> Window.getWindows().forEach(this::style));
    Platform.getPreferences().colorSchemeProperty().addListener((o, was, now) -> apply());
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    change.getAddedSubList().forEach(this::watch);
                  }
                });
    Window.getWindows().forEach(this::watch);
    apply();
  }

  /** The chosen theme; setting it restyles every window at once and keeps the choice. */
  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  /** The text size in px. */
  public ReadOnlyIntegerProperty sizeProperty() {
    return size.getReadOnlyProperty();
  }

  /** True while windows are drawn dark (the dark theme, or the system's while it is dark). */
  public boolean isDark() {
    return dark;
  }

  /** One step larger text, up to the largest size. */
  public void larger() {
    step(1);
  }

  /** One step smaller text, down to the smallest size. */
  public void smaller() {
    step(-1);
  }

  /** The theme's own text size. */
  public void normalSize() {
    setSize(DEFAULT_SIZE);
  }

  private void step(int by) {
    int at = SIZES.indexOf(size.get());
    int next =
        Math.max(0, Math.min(SIZES.size() - 1, (at < 0 ? SIZES.indexOf(DEFAULT_SIZE) : at) + by));
    setSize(SIZES.get(next));
  }

  private void setSize(int px) {
    if (size.get() != px) {
      size.set(px);
      store.accept(SIZE_KEY, Integer.toString(px));
    }
  }

  /** Chooses {@code chosen} and keeps it for the signed-in user. */
  public void choose(Theme chosen) {
    if (theme.get() != chosen) {
      theme.set(chosen);
      store.accept(THEME_KEY, chosen.name());
    }
  }

  /**
   * From now on the look is the signed-in user's: {@code preferences} gives their theme and text
   * size (anything unreadable there means the default), and {@code store} keeps their changes
   * (called on the FX thread; it must hand the writing to a background task).
   */
  public void rememberFor(Map<String, String> preferences, BiConsumer<String, String> store) {
    this.store = (k, v) -> {};
    theme.set(parseTheme(preferences.get(THEME_KEY)));
    size.set(parseSize(preferences.get(SIZE_KEY)));
    this.store = store;
  }

  /** Nobody is signed in: the look stays as it is, and changes are no longer kept. */
  public void forget() {
    store = (k, v) -> {};
  }

  static Theme parseTheme(String stored) {
    if (stored != null) {
      for (Theme t : Theme.values()) {
        if (t.name().equals(stored.strip().toUpperCase(Locale.ROOT))) {
          return t;
        }
      }
    }
    return Theme.SYSTEM;
  }

  static int parseSize(String stored) {
    try {
      int px = stored == null ? DEFAULT_SIZE : Integer.parseInt(stored.strip());
      return SIZES.contains(px) ? px : DEFAULT_SIZE;
    } catch (NumberFormatException e) {
      return DEFAULT_SIZE;
    }
  }

  private void apply() {
    dark =
        switch (theme.get()) {
          case DARK -> true;
          case LIGHT -> false;
          case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    Window.getWindows().forEach(this::style);
  }

  private final EventHandler<KeyEvent> keys =
      e -> {
        if (!e.isShortcutDown() || e.isAltDown()) {
          return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
          larger();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
          smaller();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
          normalSize();
        } else {
          return;
        }
        e.consume();
      };

  private void watch(Window w) {
    if (w.getProperties().containsKey(this)) {
      return;
    }
    w.getProperties().put(this, true);
    w.sceneProperty().addListener((o, was, now) -> style(w));
    w.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    style(w);
  }

  private static boolean isOwnClass(String styleClass) {
    return styleClass.startsWith(SIZE_CLASS_PREFIX) || styleClass.equals(DARK_CLASS);
  }

  /** Gives {@code w}'s scene the app's stylesheet, the text size and the theme's class. */
  private void style(Window w) {
    Scene scene = w.getScene();
    if (scene == null) {
      return;
    }
    if (!scene.getStylesheets().contains(stylesheet)) {
      scene.getStylesheets().add(stylesheet);
    }
    if (!scene.getProperties().containsKey(this)) {
      scene.getProperties().put(this, true);
      scene
          .rootProperty()
          .addListener(
              (o, was, now) -> {
                if (was != null) {
                  // a root that moves on (a detached case put back in its tab) keeps no classes
                  was.getStyleClass().removeIf(Appearance::isOwnClass);
                }
                style(w);
              });
    }
    Parent root = scene.getRoot();
    if (root != null) {
      var classes = root.getStyleClass();
      classes.removeIf(Appearance::isOwnClass);
      classes.add(SIZE_CLASS_PREFIX + size.get());
      if (dark) {
        classes.add(DARK_CLASS);
      }
    }
  }
}
