package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names a control by its own text, the label that names it ({@code labelFor}) or
 * its accessible text. Every control the keyboard reaches in the queue (filters shown), the new
 * opt-out form and a case has one of these.
 */
class AccessibleNamesFlowTest extends GuiFlowTestBase {

  /** The focusable controls of every showing window that a screen reader could not name. */
  static List<String> unnamedControls(FxRobot robot) {
    List<String> unnamed = new ArrayList<>();
    robot.interact(
        () -> {
          for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
              collect(w.getScene().getRoot(), unnamed);
            }
          }
        });
    return unnamed;
  }

  private static void collect(Node node, List<String> unnamed) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Control c && c.isFocusTraversable() && !named(c)) {
      unnamed.add(c.getClass().getSimpleName() + "#" + c.getId() + " in " + path(c));
    }
    if (node instanceof Spinner<?> || node instanceof ComboBoxBase<?>) {
      return; // their editor is part of the one control a screen reader announces
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, unnamed);
      }
    }
  }

  private static boolean named(Control c) {
    if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
      return true;
    }
    if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
      return true;
    }
    return c.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) != null;
  }

  private static String path(Node node) {
    StringBuilder where = new StringBuilder();
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n.getId() != null) {
        where.append('#').append(n.getId()).append(' ');
      }
    }
    return where.toString().strip();
  }

  @Test
  void everyControlOfTheQueueAFormAndACaseHasAName(FxRobot robot) throws Exception {
    signIn(robot);
    assertThat(unnamedControls(robot)).as("the queue").isEmpty();

    robot.push(KeyCode.SHORTCUT, KeyCode.L); // the filters too
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(unnamedControls(robot)).as("the queue's filters").isEmpty();

    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitUntilShowing(robot, "#emailField", 10);
    assertThat(unnamedControls(robot)).as("the new opt-out form").isEmpty();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    logOptOutAndOpenIt(robot, "reader@example.com");
    waitUntilShowing(robot, "#detail-message", 10);
    waitUntilShowing(robot, "#detail-actions", 10);
    assertThat(unnamedControls(robot)).as("a case").isEmpty();
  }
}
