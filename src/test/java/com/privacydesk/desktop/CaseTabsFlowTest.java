package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, "Cases in tabs": cases open as tabs beside Home and the queue, several at once;
 * Ctrl+Tab and Ctrl+PgUp / PgDn move between them; Ctrl+Shift+U detaches a case into a window of
 * its own and back; a case whose note box holds text not yet added asks before it closes.
 */
class CaseTabsFlowTest extends GuiFlowTestBase {
  private long first;
  private long second;

  @Override
  void prepare(Services s, Actor admin) {
    first = TestServices.optOut(s, admin, "first.tab@example.com", "2026-11-10");
    second = TestServices.optOut(s, admin, "second.tab@example.com", "2026-11-12");
  }

  private static TabPane tabs(FxRobot robot) {
    return robot.lookup("#mainTabs").queryAs(TabPane.class);
  }

  private static List<String> tabIds(FxRobot robot) {
    return tabs(robot).getTabs().stream().map(Tab::getId).toList();
  }

  private static void open(FxRobot robot, long id) throws Exception {
    waitFor(
        15,
        TimeUnit.SECONDS,
        () -> table(robot).getItems().stream().anyMatch(c -> c != null && c.id() == id));
    robot.interact(
        () ->
            table(robot)
                .getSelectionModel()
                .select(
                    table(robot).getItems().stream()
                        .filter(c -> c != null && c.id() == id)
                        .findFirst()
                        .orElseThrow()));
    robot.clickOn("#queueTable").type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> ("case-tab-" + id).equals(selectedTab(robot)));
    waitUntilShowing(robot, "#detail-actions .button", 10);
  }

  private static Stage window(String titleStart) {
    return Window.getWindows().stream()
        .filter(w -> w.isShowing() && w instanceof Stage st && st.getTitle() != null)
        .map(w -> (Stage) w)
        .filter(st -> st.getTitle().startsWith(titleStart))
        .findFirst()
        .orElse(null);
  }

  @Test
  void casesOpenAsTabsTheKeysMoveBetweenThemAndOneDetachesAndComesBack(FxRobot robot)
      throws Exception {
    signIn(robot);
    toQueue(robot);
    open(robot, first);
    robot.push(KeyCode.SHORTCUT, KeyCode.U); // back to the queue; the first case stays open
    open(robot, second);
    assertThat(tabIds(robot))
        .containsExactly("tabHome", "tabQueue", "case-tab-" + first, "case-tab-" + second);
    assertThat(tabs(robot).getTabs().get(3).getText()).isEqualTo("#" + second + " Opt-out");

    // Ctrl+Tab round the end to Home, Ctrl+Shift+Tab and Ctrl+PgUp back, Ctrl+PgDn forward
    robot.push(KeyCode.SHORTCUT, KeyCode.TAB);
    waitFor(5, TimeUnit.SECONDS, () -> "tabHome".equals(selectedTab(robot)));
    // the keyboard goes with the tab: nothing typed now lands in the case left behind
    waitFor(
        5,
        TimeUnit.SECONDS,
        () -> {
          javafx.scene.Node focus = tabs(robot).getScene().getFocusOwner();
          for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("case-view")) {
              return false;
            }
          }
          return focus != null;
        });
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.TAB);
    waitFor(5, TimeUnit.SECONDS, () -> ("case-tab-" + second).equals(selectedTab(robot)));
    robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_UP);
    waitFor(5, TimeUnit.SECONDS, () -> ("case-tab-" + first).equals(selectedTab(robot)));
    // from inside the case's own sections too (they are a TabPane themselves)
    robot.push(KeyCode.ALT, KeyCode.DIGIT5);
    robot.clickOn("#detail-tab-timeline");
    robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);
    waitFor(5, TimeUnit.SECONDS, () -> ("case-tab-" + second).equals(selectedTab(robot)));

    // detached into a window of its own, and back into a tab
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
    waitFor(10, TimeUnit.SECONDS, () -> window("Case #" + second + " ") != null);
    assertThat(tabIds(robot)).doesNotContain("case-tab-" + second);
    Stage detached = window("Case #" + second + " ");
    assertThat(detached.getScene().getRoot().lookup("#detail-actions")).isNotNull();
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
    waitFor(10, TimeUnit.SECONDS, () -> window("Case #" + second + " ") == null);
    waitFor(5, TimeUnit.SECONDS, () -> ("case-tab-" + second).equals(selectedTab(robot)));

    // a note typed but not added: Ctrl+W asks; Cancel keeps the case, OK closes it
    robot.push(KeyCode.ALT, KeyCode.DIGIT3);
    robot.clickOn("#detail-note-input").write("Called back, no answer");
    robot.push(KeyCode.SHORTCUT, KeyCode.W);
    waitUntilShowing(robot, ".alert", 10);
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabIds(robot)).contains("case-tab-" + second);
    robot.push(KeyCode.SHORTCUT, KeyCode.W);
    waitUntilShowing(robot, ".alert", 10);
    robot.clickOn("OK");
    waitFor(5, TimeUnit.SECONDS, () -> !tabIds(robot).contains("case-tab-" + second));

    // Case → Close case works on the case in front; with the queue in front there is none
    waitFor(5, TimeUnit.SECONDS, () -> ("case-tab-" + first).equals(selectedTab(robot)));
    closeCase(robot);
    assertThat(tabIds(robot)).containsExactly("tabHome", "tabQueue");
  }

  /** Issue 21, "Collaboration": a note as correspondence, corrected by its author. */
  @Test
  void aNoteIsWrittenAsCorrespondenceAndCorrectedByItsAuthor(FxRobot robot) throws Exception {
    signIn(robot);
    toQueue(robot);
    open(robot, first);
    robot.push(KeyCode.ALT, KeyCode.DIGIT3); // Notes
    robot.clickOn("#detail-note-input").write("Told the customer we stop within ten days");
    robot.clickOn("#detail-note-correspondence");
    robot.clickOn("#detail-add-note");
    var notes =
        robot.lookup("#detail-notes").<com.privacydesk.app.port.CaseRepository.Note>queryListView();
    waitFor(10, TimeUnit.SECONDS, () -> notes.getItems().size() == 1);
    assertThat(notes.getItems().getFirst().correspondence()).isTrue();
    assertThat(robot.lookup("#detail-correct-note").queryButton().isDisabled())
        .as("nothing selected")
        .isTrue();
    robot.interact(() -> notes.getSelectionModel().select(0));
    robot.clickOn("#detail-correct-note");
    waitUntilShowing(robot, "#note-correction", 10);
    robot.interact(
        () ->
            robot
                .lookup("#note-correction")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText("Told the customer we stop within ten business days"));
    robot.clickOn("#note-correction-save");
    waitFor(
        10,
        TimeUnit.SECONDS,
        () -> !notes.getItems().isEmpty() && !notes.getItems().getFirst().earlier().isEmpty());
    assertThat(notes.getItems().getFirst().body()).endsWith("ten business days");
    assertThat(label(robot, "#detail-message"))
        .isEqualTo("Note corrected; the earlier text is kept.");
  }
}
