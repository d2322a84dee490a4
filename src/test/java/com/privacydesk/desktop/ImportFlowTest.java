package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.desktop.ui.intake.ImportOptOutsViewModel.ProblemRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * File → Import opt-outs… in the window, by keyboard: the path typed, the preview with its counts
 * and refused lines, the import, its report, and the queue showing the new cases.
 */
class ImportFlowTest extends GuiFlowTestBase {

  @Test
  void aFileIsPreviewedThenImportedAndTheQueueShowsTheNewCases(FxRobot robot) throws Exception {
    Path csv = Files.createDirectories(dir.resolve("inbox")).resolve("unsubscribes.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "email,received,list",
            "ann@example.com,2026-11-20,newsletter", // 2 new
            "not-an-address,2026-11-20,newsletter", // 3 invalid
            "bob@example.com,2026-11-20 10:15,offers", // 4 new
            "ANN@example.com,,offers", // 5 duplicate of line 2
            ""));
    signIn(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.I);
    waitUntilShowing(robot, "#importPath", 10);
    robot.clickOn("#importPath").write(csv.toString()).type(KeyCode.ENTER);
    try {
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importNew").tryQuery().isPresent());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "no preview: path="
              + robot.lookup("#importPath").queryAs(javafx.scene.control.TextField.class).getText()
              + " status="
              + label(robot, "#importStatus")
              + " error="
              + label(robot, "#importError"),
          e);
    }
    // the counts are filled one after the other on the FX thread: wait for the last one
    waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#importInFile").isEmpty());
    assertThat(label(robot, "#importRows")).isEqualTo("4");
    assertThat(label(robot, "#importNew")).isEqualTo("2");
    assertThat(label(robot, "#importInvalid")).isEqualTo("1");
    assertThat(label(robot, "#importInFile")).isEqualTo("1");
    TableView<ProblemRow> problems = robot.lookup("#importProblems").queryTableView();
    // the counts and the problem rows are shown one after the other: wait for the rows too
    waitFor(10, TimeUnit.SECONDS, () -> problems.getItems().size() == 2);
    assertThat(problems.getItems())
        .extracting(ProblemRow::line, ProblemRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3L, "Email address: Enter a valid email address, like name@example.com."),
            org.assertj.core.groups.Tuple.tuple(5L, "Same address as line 2"));
    assertThat(robot.lookup("#importApply").queryButton().getText().replace("_", ""))
        .isEqualTo("Import 2 opt-outs");

    robot.clickOn("#importApply");
    waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#importStatus").startsWith("Import 1 "));
    assertThat(label(robot, "#importStatus"))
        .isEqualTo(
            "Import 1 finished: 2 opt-outs created; 1 duplicates and 1 invalid rows not imported.\n"
                + "Imported lines: 2, 4");
    assertThat(robot.lookup("#importApply").queryButton().isDisabled()).isTrue();
    robot.clickOn("Close");
    waitForSummary(robot, "2 cases");
  }
}
