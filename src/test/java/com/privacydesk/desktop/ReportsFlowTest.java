package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.app.reports.ReportTable;
import com.privacydesk.desktop.ui.reports.ReportsWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports window: opened by Ctrl+R, every section as a tab, the pack exported with progress.
 */
class ReportsFlowTest extends GuiFlowTestBase {
  @TempDir Path exports;

  @Test
  void ctrlROpensTheMonthsReportAndExportsThePack(FxRobot robot) throws Exception {
    signIn(robot);
    robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
    waitUntilShowing(robot, "#reportTabs", 20);
    waitFor(
        20,
        TimeUnit.SECONDS,
        () -> robot.lookup("#reportTabs").queryAs(TabPane.class).getTabs().size() > 1);
    TabPane tabs = robot.lookup("#reportTabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs())
        .extracting(Tab::getText)
        .containsExactly(
            "Charts",
            "Received",
            "Closed",
            "On time",
            "Time to close",
            "Backlog",
            "Overdue",
            "Ageing",
            "Agents",
            "Type items",
            "Breaches",
            "Hygiene");
    assertThat(robot.lookup("#reportBasis").queryAs(Label.class).getText()).contains("audit trail");
    robot.interact(() -> tabs.getSelectionModel().select(3));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<ReportTable.Row> onTime = robot.lookup("#table-on_time").queryTableView();
    assertThat(onTime.getItems()).extracting(ReportTable.Row::key).contains("ALL");

    ReportsWindow window = reportsWindow();
    assertThat(robot.lookup("#reportExport").queryAs(Button.class).isDisabled()).isFalse();
    robot.interact(() -> window.exportTo(exports));
    waitUntilShowing(robot, ".dialog-pane", 30);
    assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
        .contains("privacydesk-report-")
        .contains(".xlsx")
        .contains(".pdf")
        .contains(".zip")
        .contains(".json");
    try (var files = Files.list(exports)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(4)
          .allMatch(n -> n.startsWith("privacydesk-report-"));
    }
    assertThat(robot.lookup("#reportStatus").queryAs(Label.class).getText())
        .startsWith("Wrote 4 files");
    robot.type(KeyCode.ENTER);
  }

  private static ReportsWindow reportsWindow() {
    List<Window> windows = List.copyOf(Window.getWindows());
    return windows.stream()
        .filter(w -> w instanceof Stage s && "Reports".equals(s.getTitle()))
        .map(w -> (ReportsWindow) w.getUserData())
        .findFirst()
        .orElseThrow();
  }
}
