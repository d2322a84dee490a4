package com.privacydesk.desktop;

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

  private AppContext context;

  @Override
  public void start(Stage stage) {
    String dir = getParameters().getNamed().get("data-dir");
    context = new AppContext(Path.of(dir == null ? "." : dir));
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
    window.show();
  }

  @Override
  public void stop() {
    if (context != null) {
      context.close();
    }
  }
}
