package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.queue.QueueViewModel.Urgency;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/** The case queue table with its count and "show more". */
public final class QueueView {
  private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
  private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

  private final QueueViewModel vm;
  private final BorderPane root = new BorderPane();
  private final TableView<CaseSummary> table = new TableView<>();
  private final Label summary = new Label();
  private final Button more = new Button(Messages.get("queue.more"));
  private final ComboBox<BuiltInView> viewChoice = new ComboBox<>();
  private final TextField search = TextFields.createClearableTextField();
  private final PauseTransition typing = new PauseTransition(Duration.millis(300));

  public QueueView(QueueViewModel vm) {
    this.vm = vm;
    createParts();
    layoutParts();
    bind();
  }

  private void createParts() {
    table.setId("queueTable");
    table.getColumns().add(column("queue.col.id", 80, c -> "#" + c.id()));
    table.getColumns().add(column("queue.col.type", 180, c -> Messages.get("type." + c.type())));
    table
        .getColumns()
        .add(column("queue.col.status", 150, c -> Messages.get("status." + c.status())));
    table.getColumns().add(column("queue.col.received", 110, c -> c.receivedDate().toString()));
    TableColumn<CaseSummary, String> due = column("queue.col.due", 230, vm::dueText);
    due.setCellFactory(col -> new DueCell());
    table.getColumns().add(due);
    table
        .getColumns()
        .add(
            column(
                "queue.col.assignee",
                140,
                c ->
                    c.assigneeName() == null
                        ? Messages.get("queue.unassigned")
                        : c.assigneeName()));
    Label empty = new Label();
    empty.setId("queueEmpty");
    empty
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    vm.viewProperty().get() == BuiltInView.ALL_CASES
                            && vm.searchProperty().get().isBlank()
                        ? Messages.get("queue.empty")
                        : Messages.get("queue.emptyFiltered"),
                vm.viewProperty(),
                vm.searchProperty()));
    table.setPlaceholder(empty);
    table.setRowFactory(t -> new UrgencyRow());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    summary.setId("queueSummary");
    more.setId("queueMore");
    viewChoice.setId("queueView");
    viewChoice.getItems().setAll(BuiltInView.values());
    viewChoice.setCellFactory(l -> new ViewCell());
    viewChoice.setButtonCell(new ViewCell());
    search.setId("queueSearch");
    search.setPromptText(Messages.get("queue.search.prompt"));
    search.setPrefColumnCount(28);
  }

  private void layoutParts() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox footer = new HBox(summary, spacer, more);
    footer.getStyleClass().add("queue-footer");
    Label viewLabel = new Label(Messages.get("queue.view"));
    viewLabel.setLabelFor(viewChoice);
    viewLabel.setMnemonicParsing(true);
    HBox top = new HBox(8, viewLabel, viewChoice, search);
    top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    top.getStyleClass().add("queue-toolbar");
    root.setTop(top);
    root.setCenter(table);
    root.setBottom(footer);
  }

  private void bind() {
    table.setItems(vm.rows());
    keepSelectionAcrossReloads();
    vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    summary.textProperty().bind(vm.summaryProperty());
    more.visibleProperty().bind(vm.moreAvailableBinding());
    more.managedProperty().bind(more.visibleProperty());
    more.disableProperty().bind(vm.loadingProperty());
    more.setOnAction(e -> vm.loadMore());
    viewChoice.valueProperty().bindBidirectional(vm.viewProperty());
    viewChoice.valueProperty().addListener((o, was, now) -> vm.refresh());
    search.textProperty().bindBidirectional(vm.searchProperty());
    typing.setOnFinished(e -> vm.refresh());
    search.textProperty().addListener((o, was, now) -> typing.playFromStart());
    search.setOnAction(
        e -> {
          typing.stop();
          vm.refresh();
          table.requestFocus();
        });
    search.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN) {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
            e.consume();
          }
        });
  }

  /** A view's name with its count, redrawn when the counts are reloaded. */
  private final class ViewCell extends javafx.scene.control.ListCell<BuiltInView> {
    // held by the cell, registered weakly: cells the list drops do not stay listening
    private final javafx.collections.MapChangeListener<BuiltInView, Long> redraw =
        c -> updateItem(getItem(), isEmpty());

    ViewCell() {
      vm.viewCounts().addListener(new javafx.collections.WeakMapChangeListener<>(redraw));
    }

    @Override
    protected void updateItem(BuiltInView v, boolean empty) {
      super.updateItem(v, empty);
      setText(empty || v == null ? null : vm.viewText(v));
    }
  }

  /** Puts the keyboard in the search box (Ctrl+F). */
  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  /** A reload replaces the rows; select the same case again so keyboard work can go on. */
  private void keepSelectionAcrossReloads() {
    long[] selectedId = {-1};
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                selectedId[0] = now.id();
              }
            });
    vm.rows()
        .addListener(
            (ListChangeListener<CaseSummary>)
                change -> {
                  if (table.getSelectionModel().getSelectedItem() != null) {
                    return;
                  }
                  for (int i = 0; i < vm.rows().size(); i++) {
                    if (vm.rows().get(i).id() == selectedId[0]) {
                      table.getSelectionModel().select(i);
                      table.getFocusModel().focus(i);
                      return;
                    }
                  }
                });
  }

  private static TableColumn<CaseSummary, String> column(
      String key, double width, Function<CaseSummary, String> text) {
    TableColumn<CaseSummary, String> col = new TableColumn<>(Messages.get(key));
    col.setPrefWidth(width);
    col.setSortable(false);
    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
    return col;
  }

  /** Calls {@code action} with the selected case on Enter or a double click. */
  public void setOnOpen(java.util.function.Consumer<CaseSummary> action) {
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && table.getSelectionModel().getSelectedItem() != null) {
            action.accept(table.getSelectionModel().getSelectedItem());
            e.consume();
          }
        });
    table.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
            action.accept(table.getSelectionModel().getSelectedItem());
          }
        });
  }

  /** Shows how the due date was computed when the pointer rests on it. */
  private static final class DueCell extends javafx.scene.control.TableCell<CaseSummary, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      CaseSummary row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
      setTooltip(
          row == null || row.dueExplanation() == null
              ? null
              : new javafx.scene.control.Tooltip(row.dueExplanation()));
    }
  }

  /** The node to place in the window. */
  public BorderPane root() {
    return root;
  }

  /** The table, for focus and keyboard handling. */
  public TableView<CaseSummary> table() {
    return table;
  }

  /** Marks rows overdue or due soon (the due text says so too: not colour alone). */
  private final class UrgencyRow extends TableRow<CaseSummary> {
    @Override
    protected void updateItem(CaseSummary item, boolean empty) {
      super.updateItem(item, empty);
      Urgency u = empty || item == null ? Urgency.NONE : vm.urgency(item);
      pseudoClassStateChanged(OVERDUE, u == Urgency.OVERDUE);
      pseudoClassStateChanged(DUE_SOON, u == Urgency.DUE_SOON);
    }
  }
}
