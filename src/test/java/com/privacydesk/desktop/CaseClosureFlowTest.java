package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One case of each type taken from intake to closure in the real window: lifecycle buttons (and
 * their Alt shortcuts), the checklist, notes, the review path, the CPNI hold, and the timeline.
 */
class CaseClosureFlowTest extends GuiFlowTestBase {
  private static String message(FxRobot robot) {
    return robot.lookup("#detail-message").queryAs(Label.class).getText();
  }

  private static void waitForMessage(FxRobot robot, String text) throws Exception {
    try {
      waitFor(15, TimeUnit.SECONDS, () -> message(robot).equals(text));
    } catch (java.util.concurrent.TimeoutException e) {
      assertThat(message(robot)).isEqualTo(text);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until {@code query} finds an enabled node: the view has reloaded after a change. */
  private static void waitUntilEnabled(FxRobot robot, String query) throws Exception {
    // looked up on the FX thread: the checklist's rows are rebuilt there while the test waits
    waitFor(
        15,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup(query).tryQuery().map(n -> !n.isDisabled()).orElse(false))
                .get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void act(FxRobot robot, String action, String done) throws Exception {
    waitUntilEnabled(robot, "#action-" + action);
    robot.clickOn("#action-" + action);
    waitForMessage(robot, done);
  }

  /** Approves or sends back with a comment, which the case's notes then show to the agent. */
  private static void review(FxRobot robot, String action, String comment, String done)
      throws Exception {
    waitUntilEnabled(robot, "#action-" + action);
    robot.clickOn("#action-" + action);
    waitUntilShowing(robot, "#review-comment", 10);
    if (!comment.isEmpty()) {
      robot.clickOn("#review-comment").write(comment);
    }
    robot.clickOn("#review-go");
    waitForMessage(robot, done);
    if (!comment.isEmpty()) {
      org.testfx.util.WaitForAsyncUtils.waitFor(
          10,
          java.util.concurrent.TimeUnit.SECONDS,
          () ->
              robot
                  .lookup("#detail-notes")
                  .<com.privacydesk.app.port.CaseRepository.Note>queryListView()
                  .getItems()
                  .stream()
                  .anyMatch(n -> n.body().endsWith(comment)));
    }
  }

  private static void close(FxRobot robot, String action, Outcome outcome, String done)
      throws Exception {
    waitUntilEnabled(robot, "#action-" + action);
    robot.clickOn("#action-" + action);
    waitUntilShowing(robot, "#outcome-choice", 10);
    robot.interact(
        () -> robot.lookup("#outcome-choice").<Outcome>queryComboBox().setValue(outcome));
    robot.clickOn("OK");
    waitForMessage(robot, done);
  }

  /** Ticks every open line of the checklist tab, choosing the first option where one is needed. */
  @SuppressWarnings("unchecked")
  private static void tickAll(FxRobot robot) throws Exception {
    robot.clickOn("#detail-tab-checklist");
    List<String> ids =
        robot.lookup("#detail-checklist .check-box").queryAllAs(CheckBox.class).stream()
            .filter(b -> !b.isSelected())
            .map(CheckBox::getId)
            .toList();
    for (String id : ids) {
      waitUntilEnabled(robot, "#" + id);
      robot
          .lookup("#" + id + "-choice")
          .tryQuery()
          .ifPresent(
              c ->
                  robot.interact(
                      () -> {
                        ComboBox<String> combo = (ComboBox<String>) c;
                        combo.setValue(combo.getItems().getFirst());
                      }));
      robot.clickOn("#" + id);
      waitUntilEnabled(robot, "#" + id);
      assertThat(robot.lookup("#" + id).queryAs(CheckBox.class).isSelected())
          .as("%s ticked (%s)", id, message(robot))
          .isTrue();
    }
  }

  @SuppressWarnings("unchecked")
  private static void chooseAndTick(FxRobot robot, String id, String choice) throws Exception {
    waitUntilEnabled(robot, "#" + id);
    robot.interact(
        () -> ((ComboBox<String>) robot.lookup("#" + id + "-choice").query()).setValue(choice));
    robot.clickOn("#" + id);
  }

  private static void openDetail(FxRobot robot, CaseType type) throws Exception {
    CaseSummary c =
        table(robot).getItems().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    robot.interact(() -> table(robot).getSelectionModel().select(c));
    robot.clickOn("#queueTable").type(KeyCode.ENTER);
    waitUntilShowing(robot, "#detail-actions .button", 10);
  }

  private static void closeDetail(FxRobot robot) throws Exception {
    closeCase(robot);
  }

  private static CaseSummary row(FxRobot robot, CaseType type) {
    return table(robot).getItems().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
  }

  private static void waitForStatus(FxRobot robot, CaseType type, CaseStatus status)
      throws Exception {
    waitFor(15, TimeUnit.SECONDS, () -> row(robot, type).status() == status);
  }

  @Test
  void anOptOutIsWorkedToClosureFromTheKeyboard(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.N);
    waitUntilShowing(robot, "#emailField", 10);
    robot.clickOn("#emailField").write("jane@example.com");
    LocalDate received = LocalDate.now().minusDays(30);
    robot.interact(
        () -> robot.lookup("#receivedDatePicker").queryAs(DatePicker.class).setValue(received));
    robot.clickOn("Save");
    waitForSummary(robot, "1 case");

    openDetail(robot, CaseType.EMAIL_OPT_OUT);
    robot.push(KeyCode.ALT, KeyCode.S); // Start work
    waitForMessage(robot, "Work started.");
    robot.push(KeyCode.ALT, KeyCode.DIGIT2); // the Checklist section, from the actions bar
    assertThat(
            robot
                .lookup("#detail-tabs") // the main window has tabs too (Home, Queue)
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .getSelectedItem()
                .getId())
        .isEqualTo("detail-tab-checklist");
    robot.push(KeyCode.ALT, KeyCode.C); // Close case… refused: the checklist is open
    waitUntilShowing(robot, "#outcome-choice", 10);
    robot.interact(
        () ->
            robot.lookup("#outcome-choice").<Outcome>queryComboBox().setValue(Outcome.SUPPRESSED));
    robot.clickOn("OK");
    waitFor(
        15,
        TimeUnit.SECONDS,
        () -> message(robot).startsWith("4 required checklist items are still open"));
    assertThat(message(robot)).contains("Suppressed in Email platform (date)");

    tickAll(robot);
    close(robot, "CLOSE", Outcome.SUPPRESSED, "Case closed: Suppressed.");
    robot.clickOn("#detail-tab-timeline");
    assertThat(robot.lookup("#detail-timeline").queryTableView().getItems()).hasSize(7);
    closeDetail(robot);
    waitForStatus(robot, CaseType.EMAIL_OPT_OUT, CaseStatus.CLOSED);
    assertThat(row(robot, CaseType.EMAIL_OPT_OUT).dueDate()).isNull();
  }

  @Test
  void aCaRequestGoesThroughReviewToClosure(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-10442");
    robot.clickOn("#field-replyContact").write("jane.doe@example.com");
    robot.clickOn("#field-residencyBasis");
    robot.clickOn("California billing address");
    robot.clickOn("#field-personalRelationship");
    robot.clickOn("Save");
    waitForSummary(robot, "1 case");

    openDetail(robot, CaseType.CA_DISCLOSURE);
    act(robot, "REQUEST_VERIFICATION", "Now awaiting verification.");
    act(robot, "START_WORK", "Work started.");
    // no register for last year yet: the answer cannot be recorded as sent from it
    int year = java.time.LocalDate.now().getYear() - 1;
    robot.clickOn("#detail-tab-checklist");
    chooseAndTick(robot, "check-RESPONSE_SENT", "EMAIL");
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).contains("has no entry for " + year));
    waitUntilEnabled(robot, "#check-RESPONSE_SENT");
    assertThat(robot.lookup("#check-RESPONSE_SENT").queryAs(CheckBox.class).isSelected()).isFalse();
    assertThat(robot.lookup("#check-RESPONSE_SENT-choice").<String>queryComboBox().getValue())
        .as("the choice made is kept after the refusal")
        .isEqualTo("EMAIL");
    // the case window does not block the main window: the supervisor records the register
    recordRegister(robot, year);
    robot.clickOn("#detail-tab-checklist");
    tickAll(robot);
    close(
        robot,
        "SUBMIT_FOR_REVIEW",
        Outcome.FULFILLED,
        "Submitted for review: Fulfilled (disclosure sent).");
    review(robot, "SEND_BACK", "Attach the register letter, please.", "Sent back to the agent.");
    close(
        robot,
        "SUBMIT_FOR_REVIEW",
        Outcome.FULFILLED,
        "Submitted for review: Fulfilled (disclosure sent).");
    review(robot, "APPROVE", "Good work.", "Approved.");
    closeDetail(robot);
    waitForStatus(robot, CaseType.CA_DISCLOSURE, CaseStatus.CLOSED);
  }

  @Test
  void aChildDeletionRefusesABirthDateInANoteAndRedactsNotesOnClosing(FxRobot robot)
      throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-77");
    robot.clickOn("#field-replyContact").write("parent@example.com");
    robot.clickOn("#field-under13Basis");
    robot.clickOn("Parent's statement");
    robot.clickOn("#field-parentVerification");
    robot.clickOn("Call with trained staff");
    robot.clickOn("Save");
    waitForSummary(robot, "1 case");

    openDetail(robot, CaseType.CHILD_DATA_DELETION);
    robot.clickOn("#detail-tab-notes");
    robot.clickOn("#detail-note-input").write("Child born on 03/04/2016");
    robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
    waitFor(
        15,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#detail-note-error")
                .queryAs(Label.class)
                .getText()
                .startsWith("This looks like a date of birth"));
    // the counter shows the limit before it is reached, and marks a note past it
    var noteInput = robot.lookup("#detail-note-input").queryAs(javafx.scene.control.TextArea.class);
    Label count = robot.lookup("#detail-note-count").queryAs(Label.class);
    assertThat(count.getText()).isEqualTo("24 / 4,000 characters");
    assertThat(count.getPseudoClassStates())
        .noneMatch(p -> p.getPseudoClassName().equals("over-limit"));
    robot.interact(() -> noteInput.setText("x".repeat(4001)));
    assertThat(count.getText()).isEqualTo("4,001 / 4,000 characters");
    assertThat(count.getPseudoClassStates())
        .anyMatch(p -> p.getPseudoClassName().equals("over-limit"));
    robot.interact(() -> noteInput.setText("Parent prefers a call after 5pm."));
    robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
    waitForMessage(robot, "Note added.");

    act(robot, "START_WORK", "Work started.");
    tickAll(robot);
    close(robot, "SUBMIT_FOR_REVIEW", Outcome.DELETED, "Submitted for review: Deleted.");
    review(robot, "APPROVE", "", "Approved.");
    robot.clickOn("#detail-tab-notes");
    ListView<com.privacydesk.app.port.CaseRepository.Note> notes =
        robot.lookup("#detail-notes").queryListView();
    assertThat(notes.getItems()).singleElement().satisfies(n -> assertThat(n.redacted()).isTrue());
    closeDetail(robot);
    waitForStatus(robot, CaseType.CHILD_DATA_DELETION, CaseStatus.CLOSED);
  }

  @Test
  void aPasswordCompromiseAndItsCpniBreachAreBothClosed(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-20881");
    robot.clickOn("#field-authentication");
    robot.clickOn("Call back to the number of record");
    robot.clickOn("Save");
    waitForSummary(robot, "1 case");
    robot.interact(
        () -> table(robot).getSelectionModel().select(row(robot, CaseType.PASSWORD_COMPROMISE)));
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B);
    waitUntilShowing(robot, "#field-determinedBy", 10);
    robot.clickOn("#field-determinedBy").write("Sam Lee, security lead");
    robot.clickOn("#field-description").write("Call-detail records viewed online");
    robot.clickOn("Save");
    waitForSummary(robot, "2 cases");

    openDetail(robot, CaseType.PASSWORD_COMPROMISE);
    act(robot, "START_WORK", "Work started.");
    tickAll(robot); // CPNI reached: Yes (the breach is linked)
    close(robot, "CLOSE", Outcome.ESCALATED_TO_BREACH, "Case closed: Escalated to a CPNI breach.");
    closeDetail(robot);

    openDetail(robot, CaseType.CPNI_BREACH);
    act(robot, "START_WORK", "Work started.");
    robot.clickOn("#detail-tab-checklist");
    waitUntilEnabled(robot, "#check-LAW_ENFORCEMENT_NOTIFIED");
    robot.clickOn("#check-LAW_ENFORCEMENT_NOTIFIED");
    waitForMessage(robot, "Done: USSS and FBI notified (date).");
    act(robot, "PUT_ON_HOLD", "Put on the law-enforcement hold.");
    act(robot, "RELEASE_HOLD", "Hold released.");
    robot.clickOn("#detail-tab-checklist");
    chooseAndTick(robot, "check-CUSTOMERS_NOTIFIED", "AFTER_WAITING_PERIOD");
    waitFor(
        15, TimeUnit.SECONDS, () -> message(robot).startsWith("Customers may not be told before"));
    chooseAndTick(robot, "check-CUSTOMERS_NOTIFIED", "AGENCY_AGREED_EARLIER");
    waitForMessage(robot, "Done: Customers notified (date, basis).");
    tickAll(robot);
    close(robot, "CLOSE", Outcome.CUSTOMERS_NOTIFIED, "Case closed: Customers notified.");
    closeDetail(robot);
    waitForStatus(robot, CaseType.CPNI_BREACH, CaseStatus.CLOSED);
    assertThat(row(robot, CaseType.PASSWORD_COMPROMISE).status()).isEqualTo(CaseStatus.CLOSED);
  }
}
