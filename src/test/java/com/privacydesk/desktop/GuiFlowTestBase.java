package com.privacydesk.desktop;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless (Monocle) on a fresh data folder with an admin account. */
@ExtendWith(ApplicationExtension.class)
abstract class GuiFlowTestBase {
  @TempDir Path dir;
  private Application app;

  @BeforeEach
  void startApp() throws Exception {
    try (Services s = TestServices.open(dir)) {
      TestServices.admin(s);
    }
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(App.class, "--data-dir=" + dir);
  }

  @AfterEach
  void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }

  static void signIn(FxRobot robot) throws Exception {
    waitUntilShowing(robot, "#usernameField", 30);
    robot.clickOn("#usernameField").write("admin");
    robot.clickOn("#passwordField").write(TestServices.ADMIN_PASSWORD);
    robot.type(KeyCode.ENTER);
    waitUntilShowing(robot, "#queueTable", 30);
  }

  /** Waits until TestFX itself finds the node visible (a dialog appears asynchronously). */
  static void waitUntilShowing(FxRobot robot, String query, int seconds) throws Exception {
    waitFor(
        seconds,
        TimeUnit.SECONDS,
        () -> {
          try {
            return robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
          } catch (RuntimeException raceWithTheFxThread) {
            // the lookup walks the scene graph off the FX thread: a node being replaced at that
            // moment has no scene yet; look again
            return false;
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  static String summary(FxRobot robot) {
    return robot.lookup("#queueSummary").queryAs(Label.class).getText();
  }

  static TableView<CaseSummary> table(FxRobot robot) {
    return robot.lookup("#queueTable").queryTableView();
  }

  /** Waits until the queue's count line reads {@code expected}. */
  static void waitForSummary(FxRobot robot, String expected) throws Exception {
    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals(expected));
  }
}
