package com.privacydesk.desktop;

import com.privacydesk.desktop.ui.main.MainViewModel;
import com.privacydesk.desktop.ui.main.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window first, then opens the database in the background. */
public final class App extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  /**
   * System property: print {@code startup-ms=N} once the window is shown, then quit (benchmark).
   */
  public static final String EXIT_WHEN_SHOWN = "privacydesk.exitWhenShown";

  /**
   * System property: quit once the database is open and the sign-in (or first-run) screen shows,
   * printing {@code ready-ms=N}: the installer's AOT training run, which should load the window,
   * Flyway, jOOQ and H2 classes.
   */
  public static final String EXIT_WHEN_READY = "privacydesk.exitWhenReady";

  private AppContext context;

  @Override
  public void start(Stage stage) {
    String dir = getParameters().getNamed().get("data-dir");
    context =
        new AppContext(Path.of(dir == null ? "." : dir), getParameters().getNamed().get("db-url"));
    MainWindow window = context.mainWindow(stage, getHostServices());
    stage.setOnShown(
        e -> {
          long ms = ManagementFactory.getRuntimeMXBean().getUptime();
          LOG.info("Window shown {} ms after JVM start", ms);
          if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            System.out.println("startup-ms=" + ms);
            context.close();
            System.exit(0);
          }
        });
    if (Boolean.getBoolean(EXIT_WHEN_READY)) {
      // The sign-in, first-run or error dialog is a second window; the main window's own phase
      // listener shows it modally, so a later phase listener would only run once it closes.
      javafx.stage.Window.getWindows()
          .addListener(
              (javafx.collections.ListChangeListener<javafx.stage.Window>)
                  c -> {
                    if (javafx.stage.Window.getWindows().size() > 1) {
                      System.out.println(
                          "ready-ms="
                              + ManagementFactory.getRuntimeMXBean().getUptime()
                              + " "
                              + window.phase().getValue());
                      context.close();
                      System.exit(window.phase().getValue() == MainViewModel.Phase.FAILED ? 1 : 0);
                    }
                  });
    }
    window.show();
  }

  @Override
  public void stop() {
    if (context != null) {
      context.close();
    }
  }
}
