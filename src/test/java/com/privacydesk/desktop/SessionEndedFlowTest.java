package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.domain.user.Role;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 23, point 10, in the window: an administrator elsewhere demotes the signed-in user; the
 * window's next call is refused, and the session ends there, saying why, instead of every further
 * call failing.
 */
class SessionEndedFlowTest extends GuiFlowTestBase {
  @Test
  void aDemotionElsewhereEndsTheSessionAtTheNextCall(FxRobot robot) throws Exception {
    signIn(robot);
    // another administrator, on another workstation (here: attached to the open database)
    try (Services other = TestServices.open(dir)) {
      Actor admin = other.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      Actor root2 = TestServices.user(other, admin, "root2", Role.ADMIN);
      other.users().changeRole(root2, admin.userId(), Role.SUPERVISOR);
    }
    // the next call: the queue refreshed (F5)
    robot.type(KeyCode.F5);
    waitUntilShowing(robot, ".dialog-pane", 30);
    robot.sleep(500); // the list's count, refused too, must not add a dialog of its own
    assertThat(robot.lookup(".dialog-pane").queryAll()).hasSize(1);
    assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
        .contains("changed your role from Administrator to Supervisor")
        .contains("signed out");
    robot.type(KeyCode.ENTER);
    // signed out: the sign-in dialog asks again, and the new role works after it
    waitUntilShowing(robot, "#usernameField", 30);
    robot.clickOn("#usernameField").write("admin");
    robot.clickOn("#passwordField").write(TestServices.ADMIN_PASSWORD);
    robot.type(KeyCode.ENTER);
    toQueue(robot);
    assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).contains("Supervisor");
  }
}
