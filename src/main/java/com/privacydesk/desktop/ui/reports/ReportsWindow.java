package com.privacydesk.desktop.ui.reports;

import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportTable;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.report.Cells;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportCharts;
import com.privacydesk.report.ReportExporter;
import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The supervisors' Reports window: choose the month (or a year for the CPNI export), see every
 * section as a table and the charts, and export the pack with a progress bar and Cancel.
 */
public final class ReportsWindow {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  /** Room for column labels of up to three lines. */
  private static final double HEADER_HEIGHT = 46;

  private final Stage stage = new Stage();
  private final ReportsViewModel vm;
  private final DialogService dialogs;
  private final TabPane tabs = new TabPane();
  private final Label basis = new Label();

  public ReportsWindow(Window owner, ReportsViewModel vm, DialogService dialogs) {
    this.vm = vm;
    this.dialogs = dialogs;
    stage.initOwner(owner);
    stage.setTitle(Messages.get("reports.title"));
    stage.setUserData(this);
    BorderPane root = new BorderPane();
    root.setTop(toolbar());
    basis.setId("reportBasis");
    basis.setPadding(new Insets(6, 10, 2, 10));
    basis.setWrapText(true);
    // wrapped, not cut short: the month-to-date warning is read in full
    basis.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    basis.setMaxWidth(Double.MAX_VALUE);
    tabs.setId("reportTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root.setCenter(new VBox(basis, tabs));
    root.setBottom(statusBar());
    Scene scene = new Scene(root, 1100, 760);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::chooseAndExport);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::compute);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.ESCAPE),
            () -> {
              if (vm.exportingProperty().get()) {
                vm.cancelExport();
              } else {
                stage.close();
              }
            });
    stage.setScene(scene);
    vm.modelProperty().addListener((o, was, model) -> show(model));
    vm.failureProperty()
        .addListener(
            (o, was, text) -> {
              if (text != null) {
                dialogs.showError(Messages.get("reports.failed"), text);
              }
            });
  }

  /** Opens the window on {@code kind} and computes its default period. */
  public void show(ReportsViewModel.Kind kind) {
    show(kind, null);
  }

  /** Shows the window on {@code month}'s report (null: the last full month). */
  public void show(
      ReportsViewModel.Kind kind, java.time.@org.jspecify.annotations.Nullable YearMonth month) {
    stage.show();
    vm.start(kind, month);
  }

  /** The report kind shown. */
  public ReportsViewModel.Kind kind() {
    return vm.kindProperty().get();
  }

  /** The window (tests and screenshots). */
  public Stage stage() {
    return stage;
  }

  private ToolBar toolbar() {
    ChoiceBox<ReportsViewModel.Kind> kind =
        new ChoiceBox<>(FXCollections.observableArrayList(ReportsViewModel.Kind.values()));
    kind.setId("reportKind");
    kind.setConverter(Converters.text(k -> Messages.get("reports.kind." + k.name())));
    kind.valueProperty().bindBidirectional(vm.kindProperty());
    ComboBox<YearMonth> month = new ComboBox<>();
    month.setId("reportMonth");
    month.setConverter(Converters.text(m -> m == null ? "" : MONTH.format(m)));
    month.valueProperty().bindBidirectional(vm.monthProperty());
    ComboBox<Integer> year = new ComboBox<>();
    year.setId("reportYear");
    year.valueProperty().bindBidirectional(vm.yearProperty());
    month.setOnShowing(e -> month.getItems().setAll(vm.months()));
    year.setOnShowing(e -> year.getItems().setAll(vm.years()));
    Label monthLabel = new Label(Messages.get("reports.month"), month);
    monthLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    Label yearLabel = new Label(Messages.get("reports.year"), year);
    yearLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    monthLabel.visibleProperty().bind(vm.kindProperty().isEqualTo(ReportsViewModel.Kind.MONTHLY));
    monthLabel.managedProperty().bind(monthLabel.visibleProperty());
    yearLabel.visibleProperty().bind(monthLabel.visibleProperty().not());
    yearLabel.managedProperty().bind(yearLabel.visibleProperty());
    Button show = new Button(Messages.get("reports.show"));
    show.setId("reportShow");
    show.setDefaultButton(true);
    show.disableProperty().bind(vm.computingProperty().or(vm.exportingProperty()));
    show.setOnAction(e -> vm.compute());
    ChoiceBox<PaperSize> paper =
        new ChoiceBox<>(FXCollections.observableArrayList(PaperSize.values()));
    paper.setId("reportPaper");
    paper.setConverter(Converters.text(p -> p == PaperSize.A4 ? "A4" : "Letter"));
    paper.valueProperty().bindBidirectional(vm.paperProperty());
    Button export = new Button(Messages.get("reports.export"));
    export.setId("reportExport");
    export.disableProperty().bind(vm.canExport().not());
    export.setOnAction(e -> chooseAndExport());
    Label kindLabel = new Label(Messages.get("reports.kind"), kind);
    kindLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    Label paperLabel = new Label(Messages.get("reports.paper"), paper);
    paperLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    return new ToolBar(kindLabel, monthLabel, yearLabel, show, new Separator(), paperLabel, export);
  }

  private HBox statusBar() {
    Label status = new Label();
    status.setId("reportStatus");
    status.textProperty().bind(vm.statusProperty());
    ProgressBar bar = new ProgressBar();
    bar.setId("reportProgress");
    bar.setPrefWidth(260);
    bar.progressProperty().bind(vm.progressProperty());
    Button cancel = new Button(Messages.get("reports.cancel"));
    cancel.setId("reportCancel");
    cancel.setOnAction(e -> vm.cancelExport());
    for (var n : List.of(bar, cancel)) {
      n.visibleProperty().bind(vm.exportingProperty());
      n.managedProperty().bind(n.visibleProperty());
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(10, status, spacer, bar, cancel);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(6, 10, 6, 10));
    return box;
  }

  private void chooseAndExport() {
    if (!vm.canExport().get()) {
      return;
    }
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(Messages.get("reports.exportChooser"));
    File dir = chooser.showDialog(stage);
    if (dir != null) {
      exportTo(dir.toPath());
    }
  }

  /** Exports the pack into {@code dir} (also the tests' entry point, without the chooser). */
  public void exportTo(Path dir) {
    vm.exportPack(
        dir,
        files ->
            dialogs.showInfo(
                Messages.get("reports.exportedTitle"),
                Messages.get(
                    "reports.exportedText",
                    files.stream()
                        .map(ReportsWindow::describe)
                        .collect(Collectors.joining("\n")))));
  }

  private static String describe(ReportExporter.Exported f) {
    return f.file().getFileName()
        + "  ("
        + f.bytes()
        + " bytes, sha256 "
        + f.sha256().substring(0, 16)
        + "…)";
  }

  private void show(ReportModel model) {
    int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
    tabs.getTabs().clear();
    basis.getStyleClass().remove("month-to-date");
    if (model == null) {
      basis.setText("");
      return;
    }
    basis.setText(vm.basis(model));
    if (model.header().monthToDate()) {
      basis.getStyleClass().add("month-to-date");
    }
    basis.setTooltip(
        new javafx.scene.control.Tooltip(
            model.header().lines().stream()
                .map(l -> l[0] + ": " + l[1])
                .collect(Collectors.joining("\n"))));
    Tab charts = new Tab(Messages.get("reports.charts"), charts(model));
    charts.setId("tab-charts");
    java.util.List<Tab> all = new java.util.ArrayList<>(List.of(charts));
    for (ReportTable t : model.tables()) {
      Tab tab = new Tab(tabName(t), table(t));
      tab.setId("tab-" + t.id());
      all.add(tab);
    }
    // one change: the report's tabs appear together, never a half-built set
    tabs.getTabs().setAll(all);
    tabs.getSelectionModel().select(Math.min(selected, tabs.getTabs().size() - 1));
  }

  private static String tabName(ReportTable t) {
    try {
      return Messages.get("reports.tab." + t.id());
    } catch (MissingResourceException e) {
      return t.title();
    }
  }

  private static ScrollPane charts(ReportModel model) {
    VBox box = new VBox(12);
    box.setPadding(new Insets(10));
    for (ReportCharts.Chart c : ReportCharts.of(model)) {
      box.getChildren().add(chart(c));
    }
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    return scroll;
  }

  /** An axis of whole cases: ticks on whole numbers only (never 0.25 of a case). */
  private static NumberAxis countAxis(ReportCharts.Chart c) {
    double max = 0;
    for (ReportCharts.Series s : c.series()) {
      for (Double v : s.values()) {
        max = Math.max(max, v == null ? 0 : v);
      }
    }
    double step = Math.max(1, Math.ceil(max / 8));
    NumberAxis y = new NumberAxis(0, Math.max(step, Math.ceil(max / step) * step), step);
    y.setMinorTickVisible(false);
    y.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            return Long.toString(Math.round(n.doubleValue()));
          }

          @Override
          public Number fromString(String s) {
            return Long.parseLong(s);
          }
        });
    return y;
  }

  private static BarChart<String, Number> chart(ReportCharts.Chart c) {
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = c.percent() ? new NumberAxis(0, 100, 10) : countAxis(c);
    y.setLabel(c.percent() ? "%" : null);
    BarChart<String, Number> chart = new BarChart<>(x, y);
    chart.setTitle(c.title());
    chart.setAnimated(false);
    // the types' names stand upright under a narrow window: room for them and for the bars
    chart.setPrefHeight(440);
    chart.setMinHeight(380);
    for (ReportCharts.Series s : c.series()) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(s.name());
      for (int i = 0; i < c.categories().size(); i++) {
        Double v = s.values().get(i);
        series
            .getData()
            .add(
                new XYChart.Data<>(
                    c.categories().get(i), v == null ? 0 : c.percent() ? v * 100 : v));
      }
      chart.getData().add(series);
    }
    return chart;
  }

  private static VBox table(ReportTable t) {
    Label title = new Label(t.title());
    title.getStyleClass().add("section-title");
    TableView<ReportTable.Row> view = new TableView<>(FXCollections.observableArrayList(t.rows()));
    view.setId("table-" + t.id());
    view.setPlaceholder(new Label(Messages.get("reports.empty")));
    view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    for (int i = 0; i < t.columns().size(); i++) {
      ReportTable.Column col = t.columns().get(i);
      int index = i;
      TableColumn<ReportTable.Row, String> c = new TableColumn<>();
      // the label wraps inside the header instead of being cut
      Label header = new Label(col.label());
      header.setWrapText(true);
      header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
      header.prefWidthProperty().bind(c.widthProperty().subtract(8));
      header.setMinHeight(HEADER_HEIGHT);
      c.setGraphic(header);
      c.setSortable(false);
      c.setCellValueFactory(
          r ->
              new ReadOnlyStringWrapper(
                  Cells.display(col.kind(), r.getValue().cells().get(index))));
      if (col.kind() != ReportTable.Kind.TEXT && col.kind() != ReportTable.Kind.DATE) {
        c.getStyleClass().add("number-column");
      }
      c.setPrefWidth(i == 0 ? 260 : Math.max(90, col.label().length() * 7));
      view.getColumns().add(c);
    }
    Label note = new Label(t.note());
    note.setWrapText(true);
    note.getStyleClass().add("table-note");
    VBox box = new VBox(8, title, view, note);
    box.setPadding(new Insets(10));
    VBox.setVgrow(view, Priority.ALWAYS);
    return box;
  }
}
