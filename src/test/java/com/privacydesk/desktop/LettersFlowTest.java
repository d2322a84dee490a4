package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.app.port.LetterRepository.StoredLetter;
import com.privacydesk.domain.letters.DisclosureCategory;
import com.privacydesk.domain.letters.LetterKind;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 8 in the window: a supervisor records a year of the disclosure register; an agent writes a
 * letter in a case's Letters tab and records its sending.
 */
class LettersFlowTest extends GuiFlowTestBase {

  /** The register dialog asks before throwing away a ticked category and a typed third party. */
  @Test
  void closingTheRegisterWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
    signIn(robot);
    fireMenu(robot, "menuRegister");
    waitUntilShowing(robot, "#registerCategories", 10);
    waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#registerStatus").startsWith("Nothing"));
    @SuppressWarnings("unchecked")
    CheckListView<DisclosureCategory> categories =
        robot.lookup("#registerCategories").queryAs(CheckListView.class);
    robot.interact(() -> categories.getCheckModel().check(DisclosureCategory.TELEPHONE_NUMBER));
    robot.clickOn("#recipientName").write("Acme Home Services LLC");

    robot.clickOn("#registerClose");
    waitUntilShowing(robot, "#unsavedCancel", 10);
    robot.clickOn("#unsavedCancel"); // keep editing: nothing lost
    waitUntilShowing(robot, "#registerCategories", 10);
    assertThat(categories.getCheckModel().isChecked(DisclosureCategory.TELEPHONE_NUMBER)).isTrue();
    assertThat(robot.lookup("#recipientName").queryTextInputControl().getText())
        .isEqualTo("Acme Home Services LLC");

    robot.clickOn("#registerClose");
    waitUntilShowing(robot, "#unsavedDiscard", 10);
    robot.clickOn("#unsavedDiscard");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#registerCategories").tryQuery().isEmpty());
  }

  @Test
  void aSupervisorRecordsAYearOfTheRegister(FxRobot robot) throws Exception {
    signIn(robot);
    fireMenu(robot, "menuRegister");
    waitUntilShowing(robot, "#registerCategories", 10);
    waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#registerStatus").startsWith("Nothing"));
    int year = LocalDate.now().getYear() - 1;
    assertThat(label(robot, "#registerStatus")).isEqualTo("Nothing recorded for " + year + " yet.");
    // nothing chosen: refused with the reasons
    robot.clickOn("#registerSave");
    waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#registerError").isEmpty());
    assertThat(label(robot, "#registerError")).contains("Choose at least one category");

    @SuppressWarnings("unchecked")
    CheckListView<DisclosureCategory> categories =
        robot.lookup("#registerCategories").queryAs(CheckListView.class);
    robot.interact(() -> categories.getCheckModel().check(DisclosureCategory.TELEPHONE_NUMBER));
    robot.clickOn("#recipientName").write("Acme Home Services LLC");
    robot.clickOn("#recipientAddress").write("1 Main Street, Springfield, IL 62701");
    robot.clickOn("#recipientProducts").write("home security");
    robot.clickOn("#recipientAdd");
    robot.clickOn("#registerSave");
    waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#registerStatus").startsWith("Saved"));
    assertThat(label(robot, "#registerStatus"))
        .isEqualTo("Saved " + year + ": 1 category, 1 third party.");
    assertThat(label(robot, "#registerError")).isEmpty();
    robot.clickOn("Close");
  }

  @Test
  void anAgentWritesALetterAndRecordsItsSending(FxRobot robot) throws Exception {
    signIn(robot);
    logOptOutAndOpenIt(robot, "jane.roe@example.com");
    waitUntilShowing(robot, "#detail-tab-letters", 10);
    robot.clickOn("#detail-tab-letters");
    waitUntilShowing(robot, "#letterWrite", 10);
    robot.clickOn("#letterWrite");
    TableView<StoredLetter> letters = robot.lookup("#lettersTable").queryTableView();
    waitFor(15, TimeUnit.SECONDS, () -> letters.getItems().size() == 1);
    assertThat(letters.getItems().getFirst().kind()).isEqualTo(LetterKind.OPT_OUT_CONFIRMATION);
    assertThat(letters.getItems().getFirst().templateVersion()).isEqualTo(1);
    assertThat(label(robot, "#lettersStatus"))
        .startsWith("Opt-out confirmation written with template version 1. ")
        .contains("case-1-opt-out-confirmation-1.pdf");

    robot.interact(() -> letters.getSelectionModel().select(0));
    robot.clickOn("#letterSent");
    waitUntilShowing(robot, "#letterSentMethod", 10);
    robot.type(KeyCode.ENTER);
    waitFor(15, TimeUnit.SECONDS, () -> letters.getItems().getFirst().sentOn() != null);
    assertThat(letters.getItems().getFirst().sentOn())
        .isEqualTo(LocalDate.now(com.privacydesk.app.CompanySettings.DEFAULT_ZONE));
    assertThat(letters.getItems().getFirst().sentMethod()).isEqualTo(LetterKind.Method.EMAIL);
    assertThat(label(robot, "#lettersStatus")).isEqualTo("Sending of letter 1 recorded.");
    closeCase(robot);
  }
}
