package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseType;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Each remaining type logged from the real window, with its clocks shown in the case detail. */
class RequestTypesFlowTest extends GuiFlowTestBase {
  private static void choose(FxRobot robot, String field, String text) {
    robot.clickOn("#field-" + field);
    robot.clickOn(text);
  }

  private static void save(FxRobot robot) {
    robot.clickOn("Save");
  }

  private static CaseSummary row(FxRobot robot, CaseType type) {
    return table(robot).getItems().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
  }

  private static void openDetailOf(FxRobot robot, CaseType type) throws Exception {
    CaseSummary c = row(robot, type);
    robot.interact(() -> table(robot).getSelectionModel().select(c));
    robot.clickOn("#queueTable").type(KeyCode.ENTER);
    waitUntilShowing(robot, ".clock-line", 10);
  }

  @Test
  void caDisclosureRefusesAnSsnThenSavesWithBothClocks(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("123-45-6789");
    save(robot);
    waitUntilShowing(
        robot,
        "This looks like a Social Security number. PrivacyDesk must not store SSNs; remove it.",
        10);
    assertThat(summary(robot)).isEqualTo("No cases");

    robot.doubleClickOn("#field-accountRef").eraseText(11).write("ACC-10442");
    robot.clickOn("#field-replyContact").write("jane.doe@example.com");
    choose(robot, "residencyBasis", "California billing address");
    robot.clickOn("#field-personalRelationship");
    save(robot);
    waitForSummary(robot, "1 case");

    CaseSummary ca = row(robot, CaseType.CA_DISCLOSURE);
    openDetailOf(robot, CaseType.CA_DISCLOSURE);
    String statutory = robot.lookup("#clock-statutory").queryAs(Label.class).getText();
    assertThat(statutory).startsWith("Statutory deadline: due " + ca.receivedDate().plusDays(30));
    assertThat(robot.lookup("#clock-internal").tryQuery()).isPresent();
    assertThat(robot.lookup(".clock-explanation").queryAs(Label.class).getText())
        .contains("Start: received");
  }

  /** A type built from its spec: the form, the refusal of a bad number, the masked detail. */
  @Test
  void doNotCallRequestFromItsSpecBuiltFormWithTheNumberMasked(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D);
    waitUntilShowing(robot, "#field-telephoneNumbers", 10);
    robot.clickOn("#field-telephoneNumbers").write("555-12");
    save(robot);
    waitUntilShowing(
        robot,
        "Enter telephone numbers like (201) 555-0123 or +44 20 7946 0958, separated by commas.",
        10);
    assertThat(summary(robot)).isEqualTo("No cases");

    robot.doubleClickOn("#field-telephoneNumbers").eraseText(6).write("(201) 555-0177");
    choose(robot, "dncScope", "Marketing texts");
    save(robot);
    waitForSummary(robot, "1 case");

    CaseSummary dnc = row(robot, CaseType.TELEMARKETING_DNC);
    openDetailOf(robot, CaseType.TELEMARKETING_DNC);
    String statutory = robot.lookup("#clock-statutory").queryAs(Label.class).getText();
    assertThat(statutory).startsWith("Statutory deadline: due");
    assertThat(robot.lookup(".clock-explanation").queryAs(Label.class).getText())
        .contains("FCC 24-24");
    assertThat(robot.lookup("+12015550177").tryQuery()).isEmpty();
    assertThat(robot.lookup("Marketing texts").tryQuery()).isPresent();
    assertThat(dnc.receivedDate()).isNotNull();
    // the checklist: one line per calling system; the confirmation is optional by nature
    robot.push(KeyCode.SHORTCUT, KeyCode.TAB);
    waitUntilShowing(robot, "#check-DNC_ADDED_IN_Outbound_dialer", 10);
    assertThat(robot.lookup("#check-DNC_ADDED_IN_SMS_platform").tryQuery()).isPresent();
    waitUntilShowing(robot, "optional, open", 10);
  }

  @Test
  void aReceivedDateAYearBackIsLoggedOnlyAfterTheAgentConfirmsIt(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-78");
    robot.clickOn("#field-replyContact").write("parent@example.com");
    choose(robot, "under13Basis", "Parent's statement");
    choose(robot, "parentVerification", "Call with trained staff");
    var picker = robot.lookup("#field-received").queryAs(javafx.scene.control.DatePicker.class);
    LocalDate yearBack = picker.getValue().minusYears(1);
    robot.interact(() -> picker.setValue(yearBack));
    save(robot);
    waitUntilShowing(robot, "#oldReceivedChange", 10);
    // Enter takes the safe default: back to the form, nothing logged, the date kept as typed
    robot.type(KeyCode.ENTER);
    waitUntilShowing(
        robot, "Check the received date: it lies further back than new requests usually do.", 10);
    assertThat(summary(robot)).isEqualTo("No cases");
    assertThat(picker.getValue()).isEqualTo(yearBack);
    save(robot);
    waitUntilShowing(robot, "#oldReceivedKeep", 10);
    robot.clickOn("#oldReceivedKeep");
    waitForSummary(robot, "1 case");
    assertThat(row(robot, CaseType.CHILD_DATA_DELETION).receivedDate()).isEqualTo(yearBack);
  }

  @Test
  void childDeletionIsLoggedWithAcknowledgeAndDeleteClocks(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-77");
    robot.clickOn("#field-replyContact").write("parent@example.com");
    choose(robot, "under13Basis", "Parent's statement");
    choose(robot, "parentVerification", "Call with trained staff");
    save(robot);
    waitForSummary(robot, "1 case");
    openDetailOf(robot, CaseType.CHILD_DATA_DELETION);
    assertThat(robot.lookup("#clock-acknowledge").tryQuery()).isPresent();
    assertThat(robot.lookup("#clock-internal").tryQuery()).isPresent();
  }

  @Test
  void passwordCompromiseEscalatesToALinkedCpniBreach(FxRobot robot) throws Exception {
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
    waitUntilShowing(robot, "#field-accountRef", 10);
    robot.clickOn("#field-accountRef").write("ACC-20881");
    choose(robot, "authentication", "Call back to the number of record");
    save(robot);
    waitForSummary(robot, "1 case");

    CaseSummary pc = row(robot, CaseType.PASSWORD_COMPROMISE);
    robot.interact(() -> table(robot).getSelectionModel().select(pc));
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B);
    waitUntilShowing(robot, "#field-determinedBy", 10);
    robot.clickOn("#field-determinedBy").write("Sam Lee, security lead");
    robot.clickOn("#field-description").write("Call-detail records viewed online");
    save(robot);
    waitForSummary(robot, "2 cases");

    openDetailOf(robot, CaseType.CPNI_BREACH);
    String notice = robot.lookup("#clock-law_enforcement_notice").queryAs(Label.class).getText();
    assertThat(notice).startsWith("Notify USSS and FBI: due ");
    assertThat(
            LocalDate.parse(
                notice.substring(
                    "Notify USSS and FBI: due ".length(),
                    "Notify USSS and FBI: due ".length() + 10)))
        .isAfter(pc.receivedDate());
    assertThat(robot.lookup("Escalated from password-compromise case #" + pc.id()).tryQuery())
        .isPresent();
  }
}
