package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** Drives the real window headless (Monocle): sign in, log an opt-out, see it in the queue. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
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

  private static void signIn(FxRobot robot) throws Exception {
    waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot.lookup(".text-field").tryQuery().isPresent()
                && robot.lookup("Sign in").tryQuery().isPresent());
    robot.clickOn(".dialog-pane .text-field").write("admin");
    robot.clickOn(".dialog-pane .password-field").write(TestServices.ADMIN_PASSWORD);
    robot.type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#queueTable").tryQuery().isPresent());
  }

  private static TableView<CaseSummary> table(FxRobot robot) {
    return robot.lookup("#queueTable").queryTableView();
  }

  private static void openNewOptOut(FxRobot robot) throws Exception {
    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("New email opt-out").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").queryAll().size() > 0);
  }

  @Test
  void signInLogAnOptOutAndSeeItInTheQueue(FxRobot robot) throws Exception {
    signIn(robot);
    assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
        .contains("Signed in as admin");
    assertThat(table(robot).getItems()).isEmpty();

    openNewOptOut(robot);
    robot.clickOn("name@example.com").write("jane.doe@example.com");
    robot.clickOn("Save");

    waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    CaseSummary row = table(robot).getItems().getFirst();
    assertThat(row.type().name()).isEqualTo("EMAIL_OPT_OUT");
    assertThat(robot.lookup("#queueSummary").queryAs(Label.class).getText()).isEqualTo("1 cases");
  }

  @Test
  void invalidEmailShowsAnErrorAndSavesNothing(FxRobot robot) throws Exception {
    signIn(robot);
    openNewOptOut(robot);
    robot.clickOn("name@example.com").write("jane.doe@");
    robot.clickOn("Save");

    waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("Enter a valid email address, like name@example.com.")
                .tryQuery()
                .isPresent());
    Node dialog = robot.lookup(".dialog-pane").query();
    assertThat(dialog.isVisible()).isTrue();
    robot.clickOn("Cancel");
    robot.type(KeyCode.F5);
    waitFor(
        10,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#queueSummary").queryAs(Label.class).getText().isEmpty());
    assertThat(table(robot).getItems()).isEmpty();
    assertThat(robot.lookup("#queueSummary").queryAs(Label.class).getText()).isEqualTo("0 cases");
  }
}
