package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.BulkActions;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.queue.QueueBulk.BulkRun;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the bulk actions: choose, confirm with the count, progress, report. */
public final class BulkDialogs {
  private final Window owner;
  private final QueueViewModel vm;
  private Dialog<Void> current;

  public BulkDialogs(Window owner, QueueViewModel vm) {
    this.owner = owner;
    this.vm = vm;
  }

  /** Bulk assign: choose the user, confirm the count, run, report. */
  public void assignAll() {
    List<UserSummary> users = List.copyOf(vm.assignees());
    if (users.isEmpty() || !confirmable()) {
      return;
    }
    Dialog<UserSummary> choose = dialog(Messages.get("bulk.assign.title"));
    ChoiceBox<UserSummary> who = new ChoiceBox<>();
    who.setId("bulkAssignee");
    who.getItems().setAll(users);
    who.setConverter(Converters.text(UserSummary::username));
    who.setValue(users.getFirst());
    choose.getDialogPane().setContent(form(Messages.get("bulk.assign.to"), who));
    choose.setResultConverter(b -> b == ButtonType.OK ? who.getValue() : null);
    choose
        .showAndWait()
        .filter(
            u ->
                confirm(
                    Messages.get("bulk.assign.confirm", vm.totalProperty().get(), u.username())))
        .ifPresent(
            u ->
                progress(
                    Messages.get("bulk.assign.title"), vm.bulk().assignAll(u.id(), this::report)));
  }

  /** Bulk "assign to me". */
  public void takeAll() {
    if (confirmable() && confirm(Messages.get("bulk.take.confirm", vm.totalProperty().get()))) {
      progress(Messages.get("bulk.take.title"), vm.bulk().assignAll(vm.userId(), this::report));
    }
  }

  /** Bulk step: choose the action (and outcome), confirm the count, run, report. */
  public void performAll() {
    if (!confirmable()) {
      return;
    }
    Dialog<Object[]> choose = dialog(Messages.get("bulk.action.title"));
    ChoiceBox<CaseAction> action = new ChoiceBox<>();
    action.setId("bulkAction");
    action.getItems().setAll(vm.bulk().bulkActions());
    action.setConverter(Converters.text(BulkDialogs::actionName));
    action.setValue(action.getItems().getFirst());
    ChoiceBox<Outcome> outcome = new ChoiceBox<>();
    outcome.setId("bulkOutcome");
    outcome.getItems().setAll(vm.bulk().bulkOutcomes());
    outcome.setConverter(Converters.text(Messages::value));
    outcome.setValue(Outcome.WITHDRAWN);
    outcome
        .disableProperty()
        .bind(
            action
                .valueProperty()
                .isNotEqualTo(CaseAction.CLOSE)
                .and(action.valueProperty().isNotEqualTo(CaseAction.SUBMIT_FOR_REVIEW)));
    GridPane grid = form(Messages.get("bulk.action.action"), action);
    grid.addRow(1, new Label(Messages.get("bulk.action.outcome")), outcome);
    choose.getDialogPane().setContent(grid);
    choose.setResultConverter(
        b -> b == ButtonType.OK ? new Object[] {action.getValue(), outcome.getValue()} : null);
    choose
        .showAndWait()
        .ifPresent(
            r -> {
              CaseAction a = (CaseAction) r[0];
              Outcome o =
                  a == CaseAction.CLOSE || a == CaseAction.SUBMIT_FOR_REVIEW
                      ? (Outcome) r[1]
                      : null;
              String what = actionName(a) + (o == null ? "" : " (" + Messages.value(o) + ")");
              if (confirm(Messages.get("bulk.action.confirm", vm.totalProperty().get(), what))) {
                progress(
                    Messages.get("bulk.action.title"), vm.bulk().performAll(a, o, this::report));
              }
            });
  }

  /** Export to CSV: choose the file, run with progress, say where it went. */
  public void exportCsv() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("bulk.export.title"));
    chooser.setInitialFileName("privacydesk-cases.csv");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    java.io.File file = chooser.showSaveDialog(owner);
    if (file != null) {
      exportCsv(file.toPath());
    }
  }

  /** Export to {@code file} with progress (also the test's entry point). */
  public void exportCsv(Path file) {
    long count = vm.totalProperty().get();
    BulkRun run =
        vm.bulk()
            .exportCsv(
                file,
                rows -> {
                  closeProgress();
                  // a note in the corner, not another dialog to dismiss
                  org.controlsfx.control.Notifications.create()
                      .owner(owner)
                      .title(Messages.get("bulk.export.title"))
                      .text(Messages.get("bulk.export.done", rows, file))
                      .hideAfter(javafx.util.Duration.seconds(8))
                      .showInformation();
                });
    progress(Messages.get("bulk.export.progress", count), run);
  }

  /** "Start work", from the case window's button label without its mnemonic. */
  static String actionName(CaseAction a) {
    return Messages.get("detail.action." + a).replace("_", "").replace("…", "");
  }

  private boolean confirmable() {
    if (vm.totalProperty().get() == 0) {
      info(Messages.get("bulk.title"), Messages.get("bulk.nothing"));
      return false;
    }
    return true;
  }

  private boolean confirm(String text) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
    a.initOwner(owner);
    a.setTitle(Messages.get("bulk.title"));
    a.setHeaderText(Messages.get("bulk.confirm.header"));
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /** A modal dialog with a progress bar and Cancel, closed when the run reports. */
  private Dialog<Void> progress(String title, BulkRun run) {
    Dialog<Void> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(title);
    ProgressBar bar = new ProgressBar();
    bar.setId("bulkProgress");
    bar.setPrefWidth(360);
    bar.progressProperty().bind(run.progressProperty());
    Label text = new Label();
    text.textProperty().bind(run.textProperty());
    VBox box = new VBox(10, text, bar);
    box.setPadding(new Insets(10));
    d.getDialogPane().setContent(box);
    ButtonType cancel =
        new ButtonType(Messages.get("bulk.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    d.getDialogPane().getButtonTypes().setAll(cancel);
    d.setOnCloseRequest(e -> run.cancel());
    d.getDialogPane()
        .lookupButton(cancel)
        .addEventFilter(javafx.event.ActionEvent.ACTION, e -> run.cancel());
    current = d;
    d.show();
    return d;
  }

  private void closeProgress() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  private void report(BulkActions.Report report) {
    closeProgress();
    String head =
        Messages.get(
            report.cancelled() ? "bulk.report.cancelled" : "bulk.report.done",
            report.changed(),
            report.total(),
            report.failures().size());
    if (report.failures().isEmpty()) {
      info(Messages.get("bulk.title"), head);
      return;
    }
    Alert a = new Alert(Alert.AlertType.WARNING);
    a.initOwner(owner);
    a.setTitle(Messages.get("bulk.title"));
    a.setHeaderText(head);
    TextArea details = new TextArea(vm.bulk().describeFailures(report, 200));
    details.setId("bulkFailures");
    details.setEditable(false);
    details.setWrapText(true);
    details.setPrefRowCount(12);
    a.getDialogPane().setContent(details);
    a.showAndWait();
  }

  private void info(String title, String text) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, text);
    a.initOwner(owner);
    a.setTitle(title);
    a.setHeaderText(null);
    a.showAndWait();
  }

  private <T> Dialog<T> dialog(String title) {
    Dialog<T> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(title);
    d.setHeaderText(Messages.get("bulk.scope", vm.totalProperty().get()));
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    return d;
  }

  private static GridPane form(String label, javafx.scene.Node field) {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    grid.setPadding(new Insets(10));
    Label l = new Label(label);
    l.setLabelFor(field);
    grid.addRow(0, l, field);
    return grid;
  }
}
