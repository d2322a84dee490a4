package com.privacydesk.desktop;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real application on 1,000 demo cases (every type, every status; the demo administrator {@code
 * demoadmin}, password {@code privacydesk-demo}), started fresh for each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoDesktopBase {
  @TempDir Path dir;
  private Application app;

  @BeforeEach
  void startApp() throws Exception {
    try (Services s = TestServices.open(dir)) {
      s.demoSeeder().seed(1000, 7L, (done, total) -> {});
    }
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(App.class, "--data-dir=" + dir);
  }

  @AfterEach
  void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }
}
