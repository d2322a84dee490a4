package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.app.auth.UserService.Account;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7 in the window: masked personal data and Reveal with a reason; the administrators'
 * accounts screen; the retention purge preview.
 */
class PrivacyFlowTest extends GuiFlowTestBase {

  @Test
  void personalDataIsMaskedUntilRevealedWithAReason(FxRobot robot) throws Exception {
    signIn(robot);
    logOptOutAndOpenIt(robot, "jane.roe@example.com");
    waitUntilShowing(robot, "#fact-email", 10);
    assertThat(robot.lookup("#fact-email").queryAs(Label.class).getText())
        .isEqualTo("j•••@example.com");

    robot.clickOn("#reveal-personal");
    waitUntilShowing(robot, "#reveal-reason", 10);
    robot.clickOn("Show in clear");
    // no reason: refused, the dialog stays
    waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#reveal-error").isEmpty());
    assertThat(label(robot, "#reveal-error")).isEqualTo("This field is required.");
    robot.clickOn("#reveal-reason").write("replying to the customer");
    robot.clickOn("Show in clear");
    waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#fact-email").equals("jane.roe@example.com"));
    assertThat(robot.lookup("#revealed-note").tryQuery()).isPresent();
    robot.clickOn("#detail-tab-timeline");
    WaitForAsyncUtils.waitForFxEvents();
    closeCase(robot);
  }

  /**
   * Cancel in the forms that submit in the background (Change password, Reveal…) closes them
   * quietly; it used to throw a ClassCastException (no result converter).
   */
  @Test
  void formsCanBeCancelled(FxRobot robot) throws Throwable {
    signIn(robot);
    fireMenu(robot, "menuChangePassword");
    waitUntilShowing(robot, "#currentPassword", 10);
    robot.clickOn("Cancel");
    assertClosedQuietly(robot, "#currentPassword");

    toQueue(robot);
    logOptOutAndOpenIt(robot, "cancel.reveal@example.com");
    waitUntilShowing(robot, "#reveal-personal", 10);
    robot.clickOn("#reveal-personal");
    waitUntilShowing(robot, "#reveal-reason", 10);
    robot.clickOn("Cancel");
    assertClosedQuietly(robot, "#reveal-reason");
    assertThat(label(robot, "#fact-email")).isNotEqualTo("cancel.reveal@example.com");
  }

  private static void assertClosedQuietly(FxRobot robot, String field) throws Throwable {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {});
    WaitForAsyncUtils.checkException();
    assertThat(robot.lookup(field).tryQuery()).isEmpty();
  }

  @Test
  void anAdministratorAddsDisablesAndReEnablesAnAccount(FxRobot robot) throws Exception {
    signIn(robot);
    fireMenu(robot, "menuAccounts");
    waitUntilShowing(robot, "#accountsTable", 10);
    TableView<Account> accounts = robot.lookup("#accountsTable").queryTableView();
    waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 1);

    robot.clickOn("#accountAdd");
    waitUntilShowing(robot, "#newUserName", 10);
    robot.clickOn("#newUserName").write("Ann.Lee");
    robot.clickOn("#newUserPassword").write("a long password");
    robot.clickOn("#newUserRepeat").write("a long passwort");
    robot.clickOn("Create");
    waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#newUserError").isEmpty());
    assertThat(label(robot, "#newUserError")).isEqualTo("The two passwords differ.");
    robot.doubleClickOn("#newUserRepeat").eraseText(20).write("a long password");
    robot.clickOn("Create");
    waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2);
    assertThat(label(robot, "#accountsMessage")).isEqualTo("Account ann.lee created.");

    Account ann =
        accounts.getItems().stream()
            .filter(a -> a.username().equals("ann.lee"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> accounts.getSelectionModel().select(ann));
    assertThat(robot.lookup("#accountToggle").queryAs(Button.class).getText()).isEqualTo("Disable");
    robot.clickOn("#accountToggle");
    waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            accounts.getItems().stream()
                .anyMatch(a -> a.username().equals("ann.lee") && !a.enabled()));
    // the button follows the reloaded row a moment after the list
    waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#accountToggle").queryAs(Button.class).getText().equals("Re-enable"));
    // one's own account cannot be disabled: the refusal is shown, nothing changes
    Account admin =
        accounts.getItems().stream()
            .filter(a -> a.username().equals("admin"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> accounts.getSelectionModel().select(admin));
    robot.clickOn("#accountToggle");
    waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#accountsError").isEmpty());
    assertThat(label(robot, "#accountsError")).contains("your own account");
    robot.clickOn("Close");
  }

  @Test
  void theRetentionPurgePreviewsBeforeItPurges(FxRobot robot) throws Exception {
    signIn(robot);
    fireMenu(robot, "menuPurge");
    waitUntilShowing(robot, "#purgeTotal", 15);
    assertThat(label(robot, "#purgeTotal")).isEqualTo("0");
    assertThat(label(robot, "#purgeStatus")).isEqualTo("0 cases are past their retention now.");
    assertThat(robot.lookup("#purgeApply").queryAs(Button.class).isDisabled()).isTrue();
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#purgeTotal").tryQuery().isEmpty());
  }
}
