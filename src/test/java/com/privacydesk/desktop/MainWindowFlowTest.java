package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Drives the real window headless (Monocle): sign in, log an opt-out, see it in the queue. */
class MainWindowFlowTest extends GuiFlowTestBase {
  private static void openNewOptOut(FxRobot robot) throws Exception {
    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitUntilShowing(robot, "#emailField", 10);
  }

  @Test
  void signInLogAnOptOutAndSeeItInTheQueue(FxRobot robot) throws Exception {
    signIn(robot);
    assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
        .contains("Signed in as admin")
        .contains(TestServices.ON_POSTGRES ? TestServices.server(dir).describe() : dir.toString());
    assertThat(table(robot).getItems()).isEmpty();

    openNewOptOut(robot);
    robot.clickOn("#emailField").write("jane.doe@example.com");
    robot.clickOn("Save");

    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals("1 case"));
    assertThat(table(robot).getItems()).hasSize(1);
    CaseSummary row = table(robot).getItems().getFirst();
    assertThat(row.type().name()).isEqualTo("EMAIL_OPT_OUT");

    // search and views narrow the queue in the database; Esc clears the search
    robot.push(KeyCode.SHORTCUT, KeyCode.F).write("nobody@");
    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals("No cases"));
    assertThat(robot.lookup("#queueEmpty").queryAs(Label.class).getText())
        .isEqualTo("No cases match this view and search.");
    robot.type(KeyCode.ESCAPE);
    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals("1 case"));
    // View menu: Ctrl+3 is the third view (Unassigned), Ctrl+2 "My open cases"
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals("1 case"));
    assertThat(
            robot
                .lookup("#queueView")
                .<com.privacydesk.desktop.ui.queue.QueueViewModel.ViewChoice>queryComboBox()
                .getValue()
                .key())
        .isEqualTo("builtin:UNASSIGNED");
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
    waitFor(20, TimeUnit.SECONDS, () -> summary(robot).equals("No cases"));

    robot.push(KeyCode.F1);
    waitUntilShowing(robot, "#shortcutsGrid", 10);
    assertThat(robot.lookup("Find cases…").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void invalidEmailShowsAnErrorAndSavesNothing(FxRobot robot) throws Exception {
    signIn(robot);
    openNewOptOut(robot);
    robot.clickOn("#emailField").write("jane.doe@");
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
    // what was typed is not thrown away without asking
    waitUntilShowing(robot, "#unsavedDiscard", 10);
    robot.clickOn("#unsavedDiscard");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emailField").tryQuery().isEmpty());
    assertThat(table(robot).getItems()).isEmpty();
    assertThat(summary(robot)).isEqualTo("No cases");
    // Straight from the database (H2 shares the open file within this JVM): nothing was saved.
    try (Services s = TestServices.open(dir)) {
      var admin = s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      assertThat(s.queries().page(admin, 0, 10).total()).isZero();
    }
  }

  @Test
  void signingOutAsksForTheNextUserWithoutClosingTheWindow(FxRobot robot) throws Exception {
    signIn(robot);
    javafx.stage.Window main = robot.lookup("#queueTable").query().getScene().getWindow();
    robot.interact(
        () -> {
          main.setX(40);
          main.setY(30);
          main.setWidth(760);
          main.setHeight(480);
        });
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Q);
    waitUntilShowing(robot, "#usernameField", 15);
    assertThat(robot.lookup("#queueTable").tryQuery()).as("the queue is gone").isEmpty();
    // moved while signed out (someone else's session, say): signing in puts it back where this
    // user left it
    robot.interact(
        () -> {
          // (position only: Monocle's headless screen cannot grow a window's pixel buffer)
          main.setX(120);
          main.setY(90);
        });
    robot.clickOn("#usernameField").write("admin");
    robot.clickOn("#passwordField").write(TestServices.ADMIN_PASSWORD);
    robot.type(KeyCode.ENTER);
    toQueue(robot);
    assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
        .startsWith("Signed in as admin");
    waitFor(10, TimeUnit.SECONDS, () -> main.getX() == 40 && main.getY() == 30);
    assertThat(main.getWidth()).isEqualTo(760);
    assertThat(main.getHeight()).isEqualTo(480);
  }

  /** Waits until the queue lists cases of exactly these types, in this order. */
  private static void waitForTypes(FxRobot robot, com.privacydesk.domain.CaseType... types)
      throws Exception {
    waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            table(robot).getItems().stream()
                .map(CaseSummary::type)
                .toList()
                .equals(java.util.List.of(types)));
  }

  @Test
  void everyColumnHeaderSortsTheQueueInTheDatabase(FxRobot robot) throws Exception {
    signIn(robot);
    try (Services s = TestServices.open(dir)) {
      var admin = s.users().authenticate("admin", TestServices.ADMIN_PASSWORD.toCharArray());
      var received = java.time.LocalDate.of(2026, 11, 19).atTime(9, 0);
      s.intake()
          .logPasswordCompromise(
              admin,
              new com.privacydesk.domain.intake.PasswordCompromiseIntake(
                  new com.privacydesk.domain.intake.CommonIntake(
                      com.privacydesk.domain.Channel.PHONE,
                      received,
                      com.privacydesk.domain.intake.RequesterKind.SELF,
                      "ACC-1",
                      null),
                  com.privacydesk.domain.intake.AuthenticationMethod
                      .CALL_BACK_TO_NUMBER_OF_RECORD));
      s.intake()
          .logOptOut(
              admin,
              new com.privacydesk.domain.intake.OptOutIntake(
                  "jane@example.com",
                  com.privacydesk.domain.OptOutScope.ALL_COMMERCIAL,
                  null,
                  com.privacydesk.domain.Channel.WEB_FORM,
                  received));
    }
    robot.clickOn("#col-type");
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
    waitForTypes(
        robot,
        com.privacydesk.domain.CaseType.EMAIL_OPT_OUT,
        com.privacydesk.domain.CaseType.PASSWORD_COMPROMISE);
    robot.clickOn("#col-type");
    waitForTypes(
        robot,
        com.privacydesk.domain.CaseType.PASSWORD_COMPROMISE,
        com.privacydesk.domain.CaseType.EMAIL_OPT_OUT);
    for (String column : java.util.List.of("id", "status", "received", "due", "assignee")) {
      assertThat(
              table(robot).getColumns().stream()
                  .filter(c -> ("col-" + column).equals(c.getId()))
                  .findFirst()
                  .orElseThrow()
                  .isSortable())
          .as(column)
          .isTrue();
    }
  }
}
