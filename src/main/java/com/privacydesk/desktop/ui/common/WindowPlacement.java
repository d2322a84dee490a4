package com.privacydesk.desktop.ui.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives every window and dialog of the application a usable size and place, whatever the window
 * manager does (or when there is none): at least its stated minimum and its content's preferred
 * size, centred on its owner, wholly inside the owner's screen; and, once a user is signed in, the
 * size and place that user last gave it. Installed once over {@link Window#getWindows()}, so a
 * dialog opened anywhere (an alert from a view model too) is placed the same way.
 *
 * <p>A window is remembered under its name ({@link #name}); unnamed windows under their title.
 */
public final class WindowPlacement {
  /** A window's property: the name it is remembered under (e.g. "case"). */
  public static final String NAME = "privacydesk.window.name";

  /** A window's property: its stated minimum size, a {@code double[]{width, height}}. */
  public static final String MINIMUM = "privacydesk.window.minimum";

  /** The smallest any window may be: an alert with one line and its buttons still fits. */
  static final double MIN_WIDTH = 360;

  static final double MIN_HEIGHT = 150;

  /** The preference key prefix of a remembered window ({@code window.<name>}). */
  public static final String KEY_PREFIX = "window.";

  private final Map<String, String> remembered = new HashMap<>();
  private BiConsumer<String, String> store = (k, v) -> {};

  private static WindowPlacement shared;

  /** The one placement of this application, watching every window shown from now on. */
  public static synchronized WindowPlacement shared() {
    if (shared == null) {
      shared = install();
    }
    return shared;
  }

  private static WindowPlacement install() {
    WindowPlacement placement = new WindowPlacement();
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    for (Window w : change.getAddedSubList()) {
                      placement.watch(w);
                    }
                  }
                });
    return placement;
  }

  /**
   * From now on, windows open where {@code preferences} (the signed-in user's, key {@code
   * window.<name>} → {@code x,y,width,height}) put them, and {@code store} keeps where the user
   * leaves them (called on the FX thread; it must hand the writing to a background task).
   */
  public void rememberFor(Map<String, String> preferences, BiConsumer<String, String> store) {
    remembered.clear();
    preferences.forEach(
        (k, v) -> {
          if (k.startsWith(KEY_PREFIX)) {
            remembered.put(k.substring(KEY_PREFIX.length()), v);
          }
        });
    this.store = store;
  }

  /** Nobody is signed in: windows open at their default place, and nothing is stored. */
  public void forget() {
    remembered.clear();
    store = (k, v) -> {};
  }

  /** States the minimum size of {@code window} (set before it is shown). */
  public static void minimum(Window window, double width, double height) {
    window.getProperties().put(MINIMUM, new double[] {width, height});
  }

  /** Names {@code window} for remembering its place (set before it is shown). */
  public static void name(Window window, String name) {
    window.getProperties().put(NAME, name);
  }

  private void watch(Window w) {
    // menus, tooltips and combo lists place themselves next to what opened them
    if (!(w instanceof Stage) || w.getProperties().containsKey(this)) {
      return;
    }
    w.getProperties().put(this, true);
    w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place(w));
    w.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(w));
    if (w.isShowing()) {
      place(w);
    }
  }

  private static String key(Window w) {
    Object name = w.getProperties().get(NAME);
    if (name instanceof String s) {
      return s;
    }
    String title = w instanceof Stage s && s.getTitle() != null ? s.getTitle() : "";
    String key = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    return key.isEmpty() ? null : key;
  }

  /**
   * Moves an open window to where the signed-in user last left it (the main window, which opens
   * before anyone signs in); nothing happens when they never moved it or that place is off every
   * screen now.
   */
  public void restore(Window w) {
    Geometry g = Geometry.parse(remembered.get(key(w)));
    if (g == null || !onSomeScreen(g) || !w.isShowing()) {
      return;
    }
    double[] min = minimumOf(w);
    Rectangle2D screen = screenOf(new Rectangle2D(g.x(), g.y(), g.width(), g.height()));
    double width = Math.min(Math.max(g.width(), min[0]), screen.getWidth());
    double height = Math.min(Math.max(g.height(), min[1]), screen.getHeight());
    setBounds(w, g.x(), g.y(), width, height, screen);
  }

  /**
   * Sizes {@code w} and moves it to ({@code x}, {@code y}), or as near as keeps it on {@code
   * screen}; returns the position it was given.
   */
  private static double[] setBounds(
      Window w, double x, double y, double width, double height, Rectangle2D screen) {
    double[] at = {
      Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)),
      Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height))
    };
    w.setWidth(width);
    w.setHeight(height);
    w.setX(at[0]);
    w.setY(at[1]);
    return at;
  }

  /** Keeps where an open window is now for the signed-in user (before they sign out). */
  public void rememberNow(Window w) {
    if (w.isShowing()) {
      store(w);
    }
  }

  /** Applies minimum, size and place; public for the windows that re-place themselves. */
  public void place(Window w) {
    if (w.getScene() == null || w.getProperties().containsKey(PLACED)) {
      return;
    }
    w.getProperties().put(PLACED, true);
    double[] min = minimumOf(w);
    Window owner = w instanceof Stage s ? s.getOwner() : null;
    Rectangle2D screen = screenOf(owner != null ? owner : w);
    double minW = Math.min(min[0], screen.getWidth());
    double minH = Math.min(min[1], screen.getHeight());
    if (w instanceof Stage s) {
      s.setMinWidth(minW);
      s.setMinHeight(minH);
    }
    Geometry g = Geometry.parse(remembered.get(key(w)));
    double width;
    double height;
    if (g != null && onSomeScreen(g)) {
      width = g.width();
      height = g.height();
    } else {
      g = null;
      double[] pref = preferred(w.getScene(), owner);
      width = Math.max(pref[0], minW);
      height = Math.max(pref[1], minH);
    }
    // never below the minimum, even where a smaller size was remembered (an older release's)
    width = Math.min(Math.max(width, minW), screen.getWidth());
    height = Math.min(Math.max(height, minH), screen.getHeight());
    double x;
    double y;
    if (g != null) {
      x = g.x();
      y = g.y();
      screen = screenOf(new Rectangle2D(x, y, width, height));
    } else if (owner != null
        && owner.isShowing()
        && !Double.isNaN(owner.getX())
        && known(owner.getWidth()) > 0) {
      x = owner.getX() + (owner.getWidth() - width) / 2;
      y = owner.getY() + (owner.getHeight() - height) / 3;
    } else {
      x = screen.getMinX() + (screen.getWidth() - width) / 2;
      y = screen.getMinY() + (screen.getHeight() - height) / 3;
    }
    // a second window of the same kind (another case) opens a step further, not on top
    for (int step = 0; step < 10 && coveredBySameKind(w, x, y); step++) {
      x += CASCADE;
      y += CASCADE;
    }
    // a window manager may still apply its own placement after the window appeared: once it has
    // settled, put the window where it was meant to be, and grow it if decorations took room
    double[] meant = setBounds(w, x, y, width, height, screen);
    javafx.animation.PauseTransition settle =
        new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
    settle.setOnFinished(
        e -> {
          if (!w.isShowing()) {
            return;
          }
          if (Math.abs(w.getX() - meant[0]) > 2 || Math.abs(w.getY() - meant[1]) > 2) {
            w.setX(meant[0]);
            w.setY(meant[1]);
          }
          growToContent(w);
        });
    settle.play();
  }

  private static final String PLACED = "privacydesk.window.placed";

  private static final double CASCADE = 28;

  private static boolean coveredBySameKind(Window w, double x, double y) {
    String key = key(w);
    return key != null
        && Window.getWindows().stream()
            .anyMatch(
                o ->
                    !o.equals(w)
                        && o.isShowing()
                        && key.equals(key(o))
                        && Math.abs(o.getX() - x) < CASCADE / 2
                        && Math.abs(o.getY() - y) < CASCADE / 2);
  }

  private void remember(Window w) {
    w.getProperties().remove(PLACED);
    store(w);
  }

  private void store(Window w) {
    String key = key(w);
    if (key == null || w.getWidth() <= 0 || w.getHeight() <= 0) {
      return;
    }
    String value = new Geometry(w.getX(), w.getY(), w.getWidth(), w.getHeight()).format();
    if (!value.equals(remembered.get(key))) {
      remembered.put(key, value);
      store.accept(KEY_PREFIX + key, value);
    }
  }

  private static double[] minimumOf(Window w) {
    Object stated = w.getProperties().get(MINIMUM);
    if (stated instanceof double[] m && m.length == 2) {
      return new double[] {Math.max(m[0], MIN_WIDTH), Math.max(m[1], MIN_HEIGHT)};
    }
    return new double[] {MIN_WIDTH, MIN_HEIGHT};
  }

  /**
   * The size the window needs: its scene's size or its content's preferred size, whichever is
   * larger, plus the decoration where the window system has measured it already (under a window
   * manager the window's own size is often not known yet when it is first shown).
   */
  private static double[] preferred(Scene scene, Window owner) {
    Parent root = scene.getRoot();
    root.applyCss();
    root.layout();
    double w = Math.max(known(scene.getWidth()), known(root.prefWidth(-1)));
    double h = Math.max(known(scene.getHeight()), known(root.prefHeight(w)));
    double[] frame = frame(scene.getWindow());
    if (frame[1] == 0 && owner != null) {
      // not measured yet for a new window: its owner's decoration is the best guess
      frame = frame(owner);
    }
    return new double[] {w + frame[0], h + frame[1]};
  }

  /** Width and height the window system adds around the scene (title bar, borders), or 0s. */
  private static double[] frame(Window window) {
    Scene scene = window.getScene();
    if (scene == null || known(window.getWidth()) == 0 || known(window.getHeight()) == 0) {
      return new double[] {0, 0};
    }
    return new double[] {
      known(window.getWidth() - scene.getWidth()), known(window.getHeight() - scene.getHeight())
    };
  }

  /**
   * Once the window manager has decorated the window: if the scene came out smaller than its
   * content needs (the decoration was taken from the size given), grows the window by that much,
   * within the screen.
   */
  private static void growToContent(Window w) {
    Scene scene = w.getScene();
    if (scene == null || !w.isShowing()) {
      return;
    }
    Parent root = scene.getRoot();
    double needW = known(root.minWidth(-1));
    double needH = known(root.prefHeight(scene.getWidth()));
    double missingW = Math.max(0, needW - scene.getWidth());
    double missingH = Math.max(0, needH - scene.getHeight());
    if (missingW < 1 && missingH < 1) {
      return;
    }
    Rectangle2D screen = screenOf(w);
    double width = Math.min(w.getWidth() + missingW, screen.getWidth());
    double height = Math.min(w.getHeight() + missingH, screen.getHeight());
    w.setWidth(width);
    w.setHeight(height);
    w.setX(Math.max(screen.getMinX(), Math.min(w.getX(), screen.getMaxX() - width)));
    w.setY(Math.max(screen.getMinY(), Math.min(w.getY(), screen.getMaxY() - height)));
  }

  /** {@code v}, or 0 where the window system has not told it yet (NaN) or it is negative. */
  static double known(double v) {
    return Double.isNaN(v) || v < 0 ? 0 : v;
  }

  private static Rectangle2D screenOf(Window w) {
    if (known(w.getWidth()) > 0 && !Double.isNaN(w.getX()) && !Double.isNaN(w.getY())) {
      return screenOf(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
    }
    return Screen.getPrimary().getVisualBounds();
  }

  private static Rectangle2D screenOf(Rectangle2D r) {
    var screens = Screen.getScreensForRectangle(r);
    return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
  }

  private static boolean onSomeScreen(Geometry g) {
    // at least the title bar's middle must be on a screen, or the window could not be moved back
    return !Screen.getScreensForRectangle(g.x() + g.width() / 2 - 50, g.y(), 100, 30).isEmpty();
  }

  /** A remembered place: position and size. */
  record Geometry(double x, double y, double width, double height) {
    String format() {
      return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", x, y, width, height);
    }

    static Geometry parse(String s) {
      if (s == null) {
        return null;
      }
      String[] p = s.split(",", 0);
      if (p.length != 4) {
        return null;
      }
      try {
        Geometry g =
            new Geometry(
                Double.parseDouble(p[0]),
                Double.parseDouble(p[1]),
                Double.parseDouble(p[2]),
                Double.parseDouble(p[3]));
        return g.width() > 0 && g.height() > 0 ? g : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
