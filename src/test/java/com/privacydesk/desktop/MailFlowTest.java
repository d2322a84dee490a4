package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.desktop.ui.mail.IncomingMailWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Incoming mail, by keyboard: a saved message dropped in appears with its received time and
 * suggested type; Enter, Enter opens the opt-out form filled from it; saving makes the case, the
 * message leaves the list and the queue shows the case.
 */
class MailFlowTest extends GuiFlowTestBase {

  @Test
  void aMessageBecomesACaseFromTheIncomingMailWindow(FxRobot robot) throws Exception {
    String received =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusMinutes(30));
    Path eml = dir.resolve("unsubscribe.eml");
    Files.writeString(
        eml,
        String.join(
            "\r\n",
            "Received: from mx.example.net by mail.example.com; " + received,
            "From: Pat Lee <pat.lee@example.net>",
            "To: customercare@example.com",
            "Subject: unsubscribe",
            "",
            "Please stop sending me offers.",
            ""));
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.I);
    waitUntilShowing(robot, "#mailTable", 10);
    IncomingMailWindow window =
        (IncomingMailWindow)
            Window.getWindows().stream()
                .filter(w -> w.getUserData() instanceof IncomingMailWindow)
                .findFirst()
                .orElseThrow()
                .getUserData();
    // what dropping the file on the window does
    robot.interact(() -> window.viewModel().importFiles(List.of(eml)));
    TableView<IncomingMail> table = robot.lookup("#mailTable").queryTableView();
    waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    assertThat(label(robot, "#mailStatus"))
        .isEqualTo("Imported 1, skipped 0 (already in the list).");
    IncomingMail m = table.getItems().getFirst();
    assertThat(m.suggestedBy()).isEqualTo("unsubscribe");

    robot.clickOn("#mailTable");
    robot.type(KeyCode.HOME);
    // the headers and the text are filled one after the other: wait for the text
    javafx.scene.control.TextArea text =
        robot.lookup("#mailText").queryAs(javafx.scene.control.TextArea.class);
    waitFor(10, TimeUnit.SECONDS, () -> !text.getText().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text.getText()).isEqualTo("Please stop sending me offers.");
    assertThat(label(robot, "#mailHeaders")).startsWith("From: pat.lee@example.net");
    robot.type(KeyCode.ENTER); // Create case…
    waitUntilShowing(robot, "Request type:", 10);
    robot.type(KeyCode.ENTER); // the suggested type
    waitUntilShowing(robot, "#emailField", 10);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#emailField").queryAs(TextField.class).getText())
        .isEqualTo("pat.lee@example.net");
    robot.clickOn("Save");
    waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#mailStatus").startsWith("Case #"));
    assertThat(label(robot, "#mailStatus")).isEqualTo("Case #1 was created from the message.");
    waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
    robot.type(KeyCode.ESCAPE);
    waitForSummary(robot, "1 case");
  }
}
