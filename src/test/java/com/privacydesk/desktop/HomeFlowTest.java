package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, Home: the first screen after sign-in; a figure counts the user's cases and opens
 * exactly those in the queue; the team's workload opens an agent's cases; Ctrl+H and Ctrl+U switch
 * between Home and the queue; every control there has a name.
 */
class HomeFlowTest extends GuiFlowTestBase {
  private static String count(FxRobot robot, String tileId) {
    Button tile = robot.lookup("#" + tileId).queryAs(Button.class);
    var box = (javafx.scene.layout.VBox) tile.getGraphic();
    return ((Label) box.getChildren().getFirst()).getText();
  }

  @Test
  void aFigureOpensTheCasesItCountsInTheQueue(FxRobot robot) throws Exception {
    signIn(robot); // Home first, then Ctrl+U to the queue
    logOptOutAndOpenIt(robot, "home.flow@example.com");
    closeCase(robot);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#queueTable").push(KeyCode.SHORTCUT, KeyCode.M); // take it
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().getFirst().assigneeId() != null);

    robot.push(KeyCode.SHORTCUT, KeyCode.H);
    waitUntilShowing(robot, "#homeView", 10);
    assertThat(selectedTab(robot)).isEqualTo("tabHome");
    robot.clickOn("#homeRefresh");
    waitFor(10, TimeUnit.SECONDS, () -> count(robot, "home-WAITING_ON_ME").equals("1"));
    assertThat(count(robot, "home-WAITING_ON_CUSTOMER")).isEqualTo("0");
    assertThat(count(robot, "home-LAW_OVERDUE")).isEqualTo("0");
    assertThat(AccessibleNamesFlowTest.unnamedControls(robot)).as("Home").isEmpty();

    // the team's workload: the administrator's one open case, opened from its figure
    waitUntilShowing(robot, "#homeWorkload-admin-open", 10);
    assertThat(robot.lookup("#homeWorkload-admin-open").queryAs(Hyperlink.class).getText())
        .isEqualTo("1");

    // the figure opens its view: exactly the counted case
    robot.clickOn("#home-WAITING_ON_ME");
    waitFor(5, TimeUnit.SECONDS, () -> "tabQueue".equals(selectedTab(robot)));
    // (the filter bar shows what the figure selects: the summary says the filter is the figure's)
    waitFor(10, TimeUnit.SECONDS, () -> summary(robot).startsWith("1 case "));
    assertThat(table(robot).getItems().getFirst().status().name()).isEqualTo("NEW");

    // back home with the keyboard, and the team figure opens the agent's cases
    robot.push(KeyCode.SHORTCUT, KeyCode.H);
    waitFor(5, TimeUnit.SECONDS, () -> "tabHome".equals(selectedTab(robot)));
    robot.clickOn("#homeWorkload-admin-open");
    waitFor(5, TimeUnit.SECONDS, () -> "tabQueue".equals(selectedTab(robot)));
    waitFor(10, TimeUnit.SECONDS, () -> summary(robot).startsWith("1 case "));
  }

  /** How many cases are open as tabs of the main window. */
  private static long caseWindows() {
    return javafx.stage.Window.getWindows().stream()
        .filter(javafx.stage.Window::isShowing)
        .map(w -> w.getScene().getRoot().lookup("#mainTabs"))
        .filter(n -> n instanceof javafx.scene.control.TabPane)
        .flatMap(n -> ((javafx.scene.control.TabPane) n).getTabs().stream())
        .filter(t -> t.getId() != null && t.getId().startsWith("case-tab-"))
        .count();
  }

  private static void signInAgain(FxRobot robot) throws Exception {
    fireMenu(robot, "menuSignOut"); // File → Sign out (the focus may be in a case window)
    signInAs(robot, "admin", com.privacydesk.TestServices.ADMIN_PASSWORD);
  }

  @Test
  void theCasesLeftOpenOpenAgainAtTheNextSignInAndCtrlWClosesOne(FxRobot robot) throws Exception {
    signIn(robot);
    logOptOutAndOpenIt(robot, "open.again@example.com");
    waitUntilShowing(robot, "#detail-actions .button", 10);
    assertThat(caseWindows()).isEqualTo(1);

    signInAgain(robot); // signing out closes it; signing in opens it again
    waitFor(15, TimeUnit.SECONDS, () -> caseWindows() == 1);
    assertThat(selectedTab(robot)).isEqualTo("tabHome"); // Home stays the first screen
    robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_UP); // round from Home to the last tab: the case
    waitFor(5, TimeUnit.SECONDS, () -> selectedTab(robot).startsWith("case-tab-"));
    waitUntilShowing(robot, "#detail-actions .button", 10);
    robot.clickOn("#detail-tab-notes").push(KeyCode.SHORTCUT, KeyCode.W);
    waitFor(5, TimeUnit.SECONDS, () -> caseWindows() == 0);

    signInAgain(robot); // closed by the user: not opened again
    WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
    assertThat(caseWindows()).isZero();
  }
}
