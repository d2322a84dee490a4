package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole case worked without the mouse: sign in, log an opt-out, find it, take it, open it, start
 * work, tick the checklist, add a note, close it, and see it closed in the queue. Every step is a
 * key press; the test only reads the screen.
 */
class KeyboardOnlyFlowTest extends GuiFlowTestBase {
  /** The node that has the keyboard focus in the focused window. */
  private static Node focused(FxRobot robot) {
    // the newest showing window (a dialog over the main window) holds the keyboard
    var windows = Window.getWindows();
    for (int i = windows.size() - 1; i >= 0; i--) {
      Window w = windows.get(i);
      if (w.isShowing() && w.getScene() != null && w.getScene().getFocusOwner() != null) {
        return w.getScene().getFocusOwner();
      }
    }
    return null;
  }

  /** Whether {@code node} is, or lies inside, the node with id {@code id}. */
  private static boolean within(Node node, String id) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (id.equals(n.getId())) {
        return true;
      }
    }
    return false;
  }

  /** Presses Tab until the focus is in the node with {@code id} (at most 80 presses). */
  private static void tabTo(FxRobot robot, String id) {
    for (int i = 0; i < 80; i++) {
      WaitForAsyncUtils.waitForFxEvents();
      if (within(focused(robot), id)) {
        return;
      }
      robot.type(KeyCode.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + "; focus is on " + focused(robot));
  }

  /**
   * Types {@code text} into the focused control. TestFX delivers typed characters to its "target
   * window", so point that at the window holding the focus (no pointer is involved).
   */
  private static void write(FxRobot robot, String text) {
    Node node = focused(robot);
    if (node != null) {
      robot.targetWindow(node.getScene().getWindow());
    }
    robot.write(text);
  }

  private static String message(FxRobot robot) {
    return robot.lookup("#detail-message").queryAs(Label.class).getText();
  }

  private static void tick(FxRobot robot, String id) throws Exception {
    // the checklist may still be loading: wait for the line to exist and be enabled
    waitFor(
        15,
        TimeUnit.SECONDS,
        () -> robot.lookup("#" + id).tryQuery().map(n -> !n.isDisabled()).orElse(false));
    tabTo(robot, id);
    robot.type(KeyCode.SPACE);
    waitFor(
        15,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#" + id)
                .tryQueryAs(CheckBox.class)
                .map(box -> box.isSelected() && !box.isDisabled())
                .orElse(false));
    // the focus stays on the line just ticked (it used to jump on to "Close case…")
    waitFor(
        5,
        TimeUnit.SECONDS,
        () -> {
          var box = robot.lookup("#" + id).tryQuery();
          var owner = box.isEmpty() ? null : box.get().getScene().getFocusOwner();
          return owner != null && id.equals(owner.getId());
        });
  }

  @Test
  void oneCaseFromIntakeToClosureWithTheKeyboardOnly(FxRobot robot) throws Exception {
    waitUntilShowing(robot, "#usernameField", 30);
    // what a window manager does for a new window; headless Monocle has none
    robot.interact(
        () -> robot.lookup("#usernameField").query().getScene().getWindow().requestFocus());
    tabTo(robot, "usernameField");
    write(robot, "admin");
    robot.type(KeyCode.TAB);
    write(robot, TestServices.ADMIN_PASSWORD);
    robot.type(KeyCode.ENTER);
    toQueue(robot);

    // log an opt-out received 30 days ago (so its send check is due): Ctrl+N, type, Enter
    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitUntilShowing(robot, "#emailField", 10);
    tabTo(robot, "emailField");
    write(robot, "jane.keys@example.com");
    DatePicker picker = robot.lookup("#receivedDatePicker").queryAs(DatePicker.class);
    String received = picker.getConverter().toString(LocalDate.now().minusDays(30));
    tabTo(robot, "receivedDatePicker");
    robot.push(KeyCode.SHORTCUT, KeyCode.A);
    write(robot, received);
    robot.type(KeyCode.ENTER);
    waitForSummary(robot, "1 case");

    // find it (Ctrl+F), go to the list (Enter), take it (Ctrl+M), open it (Enter)
    robot.push(KeyCode.SHORTCUT, KeyCode.F);
    write(robot, "jane.keys");
    robot.type(KeyCode.ENTER);
    waitForSummary(robot, "1 case");
    robot.type(KeyCode.HOME);
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);
    robot.push(KeyCode.SHORTCUT, KeyCode.M);
    waitFor(
        15,
        TimeUnit.SECONDS,
        () -> {
          CaseSummary row = table(robot).getItems().getFirst();
          return row != null && "admin".equals(row.assigneeName());
        });
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);
    robot.type(KeyCode.ENTER);
    waitUntilShowing(robot, "#detail-message", 10);

    robot.push(KeyCode.ALT, KeyCode.S); // Start work
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).equals("Work started."));

    robot.push(KeyCode.ALT, KeyCode.DIGIT2); // the Checklist section
    for (String id :
        new String[] {
          "check-ADDRESS_AND_SCOPE",
          "check-SUPPRESSED_IN_Email_platform",
          "check-SUPPRESSED_IN_CRM",
          "check-POST_DEADLINE_SEND_CHECK"
        }) {
      tick(robot, id);
    }

    robot.push(KeyCode.ALT, KeyCode.DIGIT3); // the Notes section
    tabTo(robot, "detail-note-input");
    write(robot, "Suppressed everywhere; confirmation not requested.");
    robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).equals("Note added."));

    // the note's reload has given the actions back (while a change runs they are off)
    waitFor(
        15,
        TimeUnit.SECONDS,
        () -> robot.lookup("#action-CLOSE").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    robot.push(KeyCode.ALT, KeyCode.C); // Close case…: no outcome is chosen in advance
    waitUntilShowing(robot, "#outcome-choice", 30);
    robot.type(KeyCode.ENTER); // closes nothing
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#outcome-choice").<Object>queryComboBox().getValue()).isNull();
    assertThat(robot.lookup("#outcome-choice").tryQuery()).as("dialog still open").isPresent();
    assertThat(message(robot)).doesNotStartWith("Case closed");
    robot.type(KeyCode.DOWN); // a deliberate choice: the first outcome, Suppressed
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#outcome-choice").<Object>queryComboBox().getValue())
        .hasToString("SUPPRESSED");
    robot.type(KeyCode.ENTER);
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).startsWith("Case closed"));
    robot.push(KeyCode.SHORTCUT, KeyCode.W); // close the case's tab: the queue is in front again

    waitFor(
        20,
        TimeUnit.SECONDS,
        () -> {
          CaseSummary row = table(robot).getItems().getFirst();
          return row != null && row.status() == CaseStatus.CLOSED;
        });
  }
}
