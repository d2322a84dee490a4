package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.cases.OptOutImportService.Preview;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Import opt-outs…: choose a CSV file, read the preview (counts and every row that would not
 * be imported, by line), import with a progress bar and Cancel, read what was imported.
 */
public final class ImportOptOutsDialog {
  private final ImportOptOutsViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();
  private final GridPane counts = new GridPane();
  private final TextField path = new TextField();

  public ImportOptOutsDialog(Window owner, ImportOptOutsViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("import.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("import.header"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setPrefSize(780, 620);
    dialog.setResizable(true);
    build();
    dialog.setOnShown(e -> com.privacydesk.desktop.ui.common.FxThread.later(path::requestFocus));
  }

  private void build() {
    Button choose = new Button(Messages.get("import.choose"));
    choose.setId("importChoose");
    choose.setMnemonicParsing(true);
    choose.disableProperty().bind(vm.busyProperty());
    choose.setOnAction(e -> chooseFile());
    path.setId("importPath");
    path.setPromptText(Messages.get("import.path.prompt"));
    path.setPrefColumnCount(20);
    path.disableProperty().bind(vm.busyProperty());
    path.setOnAction(e -> readTyped());
    HBox.setHgrow(path, Priority.ALWAYS);
    Button read = new Button(Messages.get("import.read"));
    read.setId("importRead");
    read.disableProperty().bind(vm.busyProperty().or(path.textProperty().isEmpty()));
    read.setOnAction(e -> readTyped());
    Label pathLabel = new Label(Messages.get("import.path"));
    pathLabel.setLabelFor(path);
    pathLabel.setMnemonicParsing(true);
    HBox top = new HBox(8, pathLabel, path, choose, read);
    top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
    Label format = new Label(Messages.get("import.format"));
    format.getStyleClass().add("hint");
    format.setWrapText(true);
    format.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    format.setPrefWidth(720);

    counts.setId("importCounts");
    counts.getStyleClass().add("form-grid");
    counts.setHgap(16);
    counts.setVgap(4);
    vm.previewProperty().addListener((o, was, now) -> render(now));

    TableView<ImportOptOutsViewModel.ProblemRow> problems = new TableView<>(vm.problems());
    problems.setId("importProblems");
    problems.setPlaceholder(new Label(Messages.get("import.noProblems")));
    problems.getColumns().add(column("import.col.line", r -> r.line(), 60));
    problems.getColumns().add(column("import.col.kind", r -> r.kind(), 150));
    problems.getColumns().add(column("import.col.reason", r -> r.reason(), 520));
    problems.getColumns().get(0).setMinWidth(60);
    problems.getColumns().get(0).setMaxWidth(90);
    problems.getColumns().get(1).setMinWidth(160);
    problems.getColumns().get(1).setMaxWidth(190);
    problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(problems, Priority.ALWAYS);

    Button run = new Button();
    run.setId("importApply");
    run.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    Messages.get(
                        "import.apply",
                        vm.previewProperty().get() == null
                            ? 0
                            : vm.previewProperty().get().newRows()),
                vm.previewProperty()));
    run.disableProperty()
        .bind(
            vm.busyProperty()
                .or(
                    Bindings.createBooleanBinding(
                        () ->
                            vm.previewProperty().get() == null
                                || vm.previewProperty().get().newRows() == 0,
                        vm.previewProperty())));
    run.setOnAction(e -> vm.importNow());
    Button cancel = new Button(Messages.get("import.cancel"));
    cancel.setId("importCancel");
    cancel.visibleProperty().bind(vm.importingProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> vm.cancel());
    ProgressBar bar = new ProgressBar();
    bar.setId("importProgress");
    bar.setPrefWidth(260);
    bar.progressProperty().bind(vm.progressProperty());
    bar.visibleProperty().bind(vm.busyProperty());
    HBox actions = new HBox(10, run, cancel, bar);

    Label status = Forms.statusLine("importStatus", vm.statusProperty());
    Label error = Forms.errorLine("importError", vm.errorProperty());

    VBox box = new VBox(10, top, format, counts, actions, status, error, problems);
    box.setPadding(new Insets(4, 0, 0, 0));
    // wrapped hints and the table would otherwise ask for more width than the dialog has
    box.setMinWidth(0);
    box.setPrefWidth(740);
    dialog.getDialogPane().setContent(box);
    // closing while an import runs asks it to stop after its batch; the dialog stays until it has
    dialog.setOnCloseRequest(
        e -> {
          if (vm.importingProperty().get()) {
            vm.cancel();
            e.consume();
          }
        });
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.CLOSE)
        .disableProperty()
        .bind(vm.importingProperty());
  }

  private static TableColumn<ImportOptOutsViewModel.ProblemRow, Object> column(
      String key,
      java.util.function.Function<ImportOptOutsViewModel.ProblemRow, Object> value,
      double width) {
    TableColumn<ImportOptOutsViewModel.ProblemRow, Object> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private void render(Preview p) {
    counts.getChildren().clear();
    if (p == null) {
      return;
    }
    int row = 0;
    row = count(row, "import.count.rows", p.rows(), "importRows");
    row = count(row, "import.count.new", p.newRows(), "importNew");
    row = count(row, "import.count.already", p.alreadyOptedOut(), "importAlready");
    row = count(row, "import.count.inFile", p.duplicateInFile(), "importInFile");
    row = count(row, "import.count.invalid", p.invalid(), "importInvalid");
    if (p.blankLines() > 0) {
      row = count(row, "import.count.blank", p.blankLines(), "importBlank");
    }
    if (p.withoutReceived() > 0) {
      counts.add(hint(Messages.get("import.withoutReceived", p.withoutReceived())), 0, row++, 2, 1);
    }
    if (!p.ignoredColumns().isEmpty()) {
      counts.add(
          hint(Messages.get("import.ignoredColumns", String.join(", ", p.ignoredColumns()))),
          0,
          row,
          2,
          1);
    }
  }

  private int count(int row, String key, long value, String id) {
    Label n = new Label(String.format(java.util.Locale.ROOT, "%,d", value));
    n.setId(id);
    counts.addRow(row, new Label(Messages.get(key)), n);
    return row + 1;
  }

  private static Label hint(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("hint");
    l.setWrapText(true);
    l.setMaxWidth(720);
    return l;
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("import.choose.title"));
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"),
            new FileChooser.ExtensionFilter(Messages.get("import.allFiles"), "*"));
    java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
    if (chosen != null) {
      path.setText(chosen.getPath());
      vm.choose(chosen.toPath());
    }
  }

  /** Reads the file whose path was typed (or pasted) into the field. */
  private void readTyped() {
    String typed = path.getText() == null ? "" : path.getText().strip();
    if (typed.isEmpty()) {
      return;
    }
    try {
      vm.choose(Path.of(typed));
    } catch (java.nio.file.InvalidPathException e) {
      vm.errorProperty().set(Messages.get("import.path.invalid"));
    }
  }

  /** Shows the dialog until closed. */
  public void showAndWait() {
    dialog.showAndWait();
  }
}
