package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.calendar.CaseClock;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Read-only view of a case: header, the type's facts, clocks with explanations, links. */
public final class CaseDetailDialog {
  private final CaseDetailViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();
  private final VBox content = new VBox();
  private final Label loading = new Label(Messages.get("detail.loading"));

  public CaseDetailDialog(Window owner, CaseDetailViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("detail.title"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setPrefSize(760, 620);
    dialog.setResizable(true);
    content.getStyleClass().add("detail");
    content.getChildren().setAll(loading);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    dialog.getDialogPane().setContent(scroll);
    vm.detailProperty().addListener((o, was, now) -> render(now));
    vm.errorProperty().addListener((o, was, now) -> loading.setText(now));
  }

  private void render(CaseDetail d) {
    var s = d.summary();
    dialog
        .getDialogPane()
        .setHeaderText(
            Messages.get(
                "detail.header",
                s.id(),
                Messages.get("type." + s.type()),
                Messages.get("status." + s.status()),
                s.receivedDate().toString(),
                s.assigneeName() == null ? Messages.get("queue.unassigned") : s.assigneeName()));
    GridPane facts = new GridPane();
    facts.getStyleClass().add("form-grid");
    int row = 0;
    for (CaseDetail.Fact f : d.facts()) {
      Label value = new Label(vm.factValue(f));
      value.setWrapText(true);
      facts.addRow(row++, new Label(Messages.get("field." + f.field())), value);
    }
    VBox clocks = new VBox();
    clocks.getStyleClass().add("clock-list");
    for (CaseClock c : d.clocks()) {
      Label line = new Label(vm.clockLine(c));
      line.getStyleClass().add("clock-line");
      line.setId("clock-" + c.name());
      Label why =
          new Label(c.explanation().stream().map(l -> "  " + l).collect(Collectors.joining("\n")));
      why.getStyleClass().add("clock-explanation");
      why.setWrapText(true);
      clocks.getChildren().addAll(line, why);
    }
    Label version = new Label(Messages.get("detail.ruleVersion", d.ruleVersion()));
    version.getStyleClass().add("hint");
    clocks.getChildren().add(version);
    content.getChildren().setAll(titled("detail.facts", facts), titled("detail.clocks", clocks));
    if (!d.links().isEmpty()) {
      VBox links = new VBox();
      d.links()
          .forEach(
              l ->
                  links
                      .getChildren()
                      .add(new Label(Messages.get("link." + l.kind(), l.otherCaseId()))));
      content.getChildren().add(titled("detail.links", links));
    }
  }

  private static TitledPane titled(String key, javafx.scene.Node body) {
    TitledPane pane = new TitledPane(Messages.get(key), body);
    pane.setCollapsible(false);
    return pane;
  }

  /** Shows the dialog and waits until it is closed. */
  public void showAndWait() {
    dialog.showAndWait();
  }
}
