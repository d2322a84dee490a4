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

/**
 * Starts the real application headless (Monocle) on a fresh data folder with an admin account; in
 * the team mode run, on a fresh PostgreSQL schema named in the folder's {@code
 * database.properties}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class GuiFlowTestBase {
  @TempDir Path dir;
  private Application app;

  @BeforeEach
  void startApp() throws Exception {
    try (Services s = TestServices.open(dir, prepareClock())) {
      prepare(s, TestServices.admin(s));
    }
    var server = TestServices.server(dir);
    if (server != null) {
      // team mode run: the window finds its server where a workstation keeps it
      java.nio.file.Files.writeString(
          dir.resolve(com.privacydesk.DatabaseServers.FILE),
          "url="
              + server.url()
              + "\nuser="
              + server.user()
              + "\npassword="
              + server.password()
              + "\n");
    }
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(App.class, "--data-dir=" + dir);
  }

  /** The clock {@link #prepare} runs on (the window then runs on the real one). */
  java.time.Clock prepareClock() {
    return TestServices.clock();
  }

  /** What a test needs in the database before the window opens (users, cases); nothing here. */
  void prepare(Services s, com.privacydesk.app.Actor admin) {}

  @AfterEach
  void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }

  static void signIn(FxRobot robot) throws Exception {
    signInAs(robot, "admin", TestServices.ADMIN_PASSWORD);
    toQueue(robot);
  }

  /** Signs in as {@code name} at the sign-in dialog and waits for Home, the first screen. */
  static void signInAs(FxRobot robot, String name, String password) throws Exception {
    waitUntilShowing(robot, "#usernameField", 30);
    robot.clickOn("#usernameField").write(name);
    robot.clickOn("#passwordField").write(password);
    robot.type(KeyCode.ENTER);
    waitUntilShowing(robot, "#homeView", 30);
  }

  /**
   * After sign-in: waits for Home (the first screen) and goes to the queue with Ctrl+U, as an agent
   * would.
   */
  static void toQueue(FxRobot robot) throws Exception {
    waitUntilShowing(robot, "#homeView", 30);
    robot.push(KeyCode.SHORTCUT, KeyCode.U);
    waitUntilShowing(robot, "#queueTable", 10);
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

  /**
   * Fires the menu item {@code id} (checking it is shown) later on the FX thread: the dialog it
   * opens waits in a nested event loop until closed.
   */
  static void fireMenu(FxRobot robot, String id) {
    javafx.scene.control.MenuBar bar =
        robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
    javafx.scene.control.MenuItem item =
        bar.getMenus().stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> id.equals(i.getId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no menu item " + id));
    org.assertj.core.api.Assertions.assertThat(item.isVisible()).as(id + " visible").isTrue();
    javafx.application.Platform.runLater(item::fire);
  }

  /** The id of the main window's tab in front: tabHome, tabQueue or case-tab-N. */
  static String selectedTab(FxRobot robot) {
    var tab =
        robot
            .lookup("#mainTabs")
            .queryAs(javafx.scene.control.TabPane.class)
            .getSelectionModel()
            .getSelectedItem();
    return tab == null || tab.getId() == null ? "" : tab.getId();
  }

  /** The first showing stage that {@code which} accepts, waited for up to {@code seconds}. */
  static javafx.stage.Stage showingStage(
      java.util.function.Predicate<javafx.stage.Stage> which, int seconds) throws Exception {
    javafx.stage.Stage[] found = new javafx.stage.Stage[1];
    WaitForAsyncUtils.waitFor(
        seconds,
        TimeUnit.SECONDS,
        () -> {
          found[0] =
              javafx.stage.Window.getWindows().stream()
                  .filter(w -> w.isShowing() && w instanceof javafx.stage.Stage)
                  .map(w -> (javafx.stage.Stage) w)
                  .filter(which)
                  .findFirst()
                  .orElse(null);
          return found[0] != null;
        });
    return found[0];
  }

  /** Closes the case in front (its tab) with Ctrl+W, and waits until its tab is gone. */
  static void closeCase(FxRobot robot) throws Exception {
    javafx.scene.control.TabPane tabs =
        robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class);
    int before = tabs.getTabs().size();
    robot.push(KeyCode.SHORTCUT, KeyCode.W);
    org.testfx.util.WaitForAsyncUtils.waitFor(
        10, java.util.concurrent.TimeUnit.SECONDS, () -> tabs.getTabs().size() < before);
  }

  /** The text of label {@code id}, or "" while it is not in a showing window yet. */
  static String label(FxRobot robot, String id) {
    try {
      return robot.lookup(id).queryAs(Label.class).getText();
    } catch (RuntimeException notThereYet) {
      return "";
    }
  }

  /**
   * Logs an opt-out of {@code email} received two days ago with Ctrl+N (the queue must be empty)
   * and opens it from the queue with Enter.
   */
  static void logOptOutAndOpenIt(FxRobot robot, String email) throws Exception {
    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitUntilShowing(robot, "#emailField", 10);
    robot.clickOn("#emailField").write(email);
    robot.interact(
        () ->
            robot
                .lookup("#receivedDatePicker")
                .queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.now().minusDays(2)));
    robot.clickOn("Save");
    waitForSummary(robot, "1 case");
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    robot.clickOn("#queueTable").type(KeyCode.ENTER);
  }

  /** Records {@code year}'s disclosure register (one category, one third party) from the menu. */
  static void recordRegister(FxRobot robot, int year) throws Exception {
    fireMenu(robot, "menuRegister");
    waitUntilShowing(robot, "#registerCategories", 10);
    waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#registerStatus").startsWith("Nothing"));
    @SuppressWarnings("unchecked")
    org.controlsfx.control.CheckListView<com.privacydesk.domain.letters.DisclosureCategory>
        categories =
            robot.lookup("#registerCategories").queryAs(org.controlsfx.control.CheckListView.class);
    robot.interact(
        () ->
            categories
                .getCheckModel()
                .check(com.privacydesk.domain.letters.DisclosureCategory.TELEPHONE_NUMBER));
    robot.clickOn("#recipientName").write("Acme Home Services LLC");
    robot.clickOn("#recipientAddress").write("1 Main Street, Springfield, IL 62701");
    robot.clickOn("#recipientAdd");
    robot.clickOn("#registerSave");
    waitFor(
        10, TimeUnit.SECONDS, () -> label(robot, "#registerStatus").startsWith("Saved " + year));
    robot.clickOn("#registerClose");
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
