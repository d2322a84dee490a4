package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, "Done when": an agent's and a supervisor's day. The agent signs in to Home, opens the
 * case a supervisor assigned her from there and submits it for review; the supervisor signs in,
 * finds it waiting for approval on Home and approves it with a comment; the agent signs in again
 * and the reminder, with the comment, is there, and opens the case.
 */
class AgentAndSupervisorDayFlowTest extends GuiFlowTestBase {
  private long caseId;
  private final com.privacydesk.HandClock clock = new com.privacydesk.HandClock();

  @Override
  java.time.Clock prepareClock() {
    clock.set(TestServices.NOW);
    return clock;
  }

  @Override
  void prepare(Services s, Actor admin) {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    Actor sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    clock.advance(java.time.Duration.ofMinutes(10)); // assigned after her last sign-in
    LocalDate today = LocalDate.of(2026, 11, 20);
    s.register()
        .save(
            sam,
            new com.privacydesk.domain.letters.DisclosureRegister(
                today.getYear() - 1, true, java.util.Set.of(), java.util.List.of()));
    var request = TestServices.caDisclosure();
    caseId =
        s.intake()
            .logCaDisclosure(
                sam,
                new com.privacydesk.domain.intake.CaDisclosureIntake(
                    new com.privacydesk.domain.intake.CommonIntake(
                        request.common().channel(),
                        today.minusDays(3).atTime(9, 30),
                        request.common().requesterKind(),
                        request.common().accountRef(),
                        request.common().replyContact()),
                    request.residencyBasis(),
                    request.personalRelationship(),
                    request.agentAuthority()),
                Duplicates.ignore());
    s.assignments().assign(sam, caseId, ann.userId(), version(s, ann));
    // the work itself was done earlier in her day: started, every checklist line ticked
    s.workflow().perform(ann, caseId, version(s, ann), CaseAction.START_WORK, null);
    for (Checklist.Entry e : s.queries().detail(ann, caseId).checklist()) {
      if (!e.done()) {
        s.workflow()
            .tick(
                ann,
                caseId,
                version(s, ann),
                e.key(),
                e.item().evidence().dated() ? today : null,
                e.item().evidence().chosen() ? e.item().choices().getFirst() : null);
      }
    }
  }

  private int version(Services s, Actor who) {
    return s.queries().detail(who, caseId).version();
  }

  private static void signInAs(FxRobot robot, String name) throws Exception {
    signInAs(robot, name, "password-" + name);
  }

  private static void signOut(FxRobot robot) {
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Q);
  }

  private static String message(FxRobot robot) {
    return robot.lookup("#detail-message").queryAs(Label.class).getText();
  }

  private void act(FxRobot robot, String action) throws Exception {
    waitFor(
        15,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () ->
                        robot
                            .lookup("#action-" + action)
                            .tryQuery()
                            .map(n -> !n.isDisabled())
                            .orElse(false))
                .get());
    robot.clickOn("#action-" + action);
  }

  @Test
  void theAgentSubmitsTheSupervisorApprovesWithACommentAndTheAgentIsTold(FxRobot robot)
      throws Exception {
    // the agent: Home lists the case assigned to her; she opens it from there
    signInAs(robot, "ann");
    waitUntilShowing(robot, "#homeAssigned-" + caseId, 15);
    robot.clickOn("#homeAssigned-" + caseId);
    waitUntilShowing(robot, "#detail-actions .button", 10);
    act(robot, "SUBMIT_FOR_REVIEW");
    waitUntilShowing(robot, "#outcome-choice", 10);
    robot.interact(
        () -> robot.lookup("#outcome-choice").<Outcome>queryComboBox().setValue(Outcome.FULFILLED));
    robot.clickOn("OK");
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).startsWith("Submitted for review"));
    closeCase(robot);
    signOut(robot);

    // the supervisor: Home shows it waiting for approval; approved with a comment
    signInAs(robot, "sam");
    waitUntilShowing(robot, "#homePending-" + caseId, 15);
    robot.clickOn("#homePending-" + caseId);
    waitUntilShowing(robot, "#detail-actions .button", 10);
    act(robot, "APPROVE");
    waitUntilShowing(robot, "#review-comment", 10);
    robot.clickOn("#review-comment").write("Good work, thank you.");
    robot.clickOn("#review-go");
    waitFor(15, TimeUnit.SECONDS, () -> message(robot).equals("Approved."));
    closeCase(robot);
    signOut(robot);

    // the agent again: the reminder tells her, with the comment, and opens the case
    signInAs(robot, "ann");
    waitFor(
        20,
        TimeUnit.SECONDS,
        () -> "1".equals(robot.lookup("#reminders").queryAs(Button.class).getText()));
    waitUntilShowing(robot, "#reminderToast", 10);
    String toast = robot.lookup("#reminderToast").queryAs(Label.class).getText();
    assertThat(toast)
        .contains("Case #" + caseId)
        .contains("was approved")
        .contains("Comment: Good work, thank you.");
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N); // the tray, from the keyboard
    waitFor(
        5,
        TimeUnit.SECONDS,
        () -> robot.lookup("#reminders").queryAs(Button.class).getText().isEmpty());
    javafx.scene.Node item =
        robot
            .lookup(
                (javafx.scene.Node n) ->
                    n instanceof javafx.scene.control.Label l
                        && l.getText() != null
                        && l.getText().contains("was approved")
                        && n.getScene().getWindow() instanceof javafx.scene.control.ContextMenu)
            .query();
    robot.clickOn(item);
    waitFor(10, TimeUnit.SECONDS, () -> ("case-tab-" + caseId).equals(selectedTab(robot)));
    assertThat(message(robot)).isEmpty();
  }
}
