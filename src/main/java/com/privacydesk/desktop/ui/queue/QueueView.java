package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.Icons;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.Presence;
import com.privacydesk.desktop.ui.queue.DueBadge.Urgency;
import com.privacydesk.desktop.ui.queue.QueueViewModel.ViewChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

/**
 * The case queue: view selector, search, the filter bar, and a table that holds every row of the
 * result and fetches pages as it scrolls. Columns can be hidden (the table's "+" menu), resized and
 * sorted; the layout is remembered per user.
 */
public final class QueueView {
  private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
  private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
  private static final PseudoClass INTERNAL_OVERDUE =
      PseudoClass.getPseudoClass("internal-overdue");

  private final QueueViewModel vm;
  private final BorderPane root = new BorderPane();
  private final TableView<CaseSummary> table = new TableView<>();
  private final Label summary = new Label();
  private final javafx.scene.control.Hyperlink changedElsewhere =
      new javafx.scene.control.Hyperlink(Messages.get("queue.changedElsewhere"));
  private final ComboBox<ViewChoice> viewChoice = new ComboBox<>();
  private final Button saveView = new Button(Messages.get("queue.saveView"));
  private final Button deleteView = new Button(Messages.get("queue.deleteView"));
  private final ToggleButton filters = new ToggleButton(Messages.get("queue.filters"));
  private final TextField search = TextFields.createClearableTextField();
  private final PauseTransition typing = new PauseTransition(Duration.millis(300));
  private final PauseTransition layoutChanged = new PauseTransition(Duration.seconds(1));
  private final QueueFilterBar filterBar;
  private final Map<String, TableColumn<CaseSummary, ?>> columns = new LinkedHashMap<>();

  public QueueView(QueueViewModel vm) {
    this.vm = vm;
    this.filterBar = new QueueFilterBar(vm, filters);
    createParts();
    layoutParts();
    bind();
  }

  private void createParts() {
    table.setId("queueTable");
    add("id", column("queue.col.id", 80, c -> "#" + c.id()));
    // while searching: which field the text was found in (issue 21)
    add(
        "matched",
        column(
            "queue.col.matched",
            170,
            c ->
                c.matched().stream()
                    .sorted()
                    .map(m -> Messages.get("queue.matched." + m))
                    .collect(java.util.stream.Collectors.joining(", "))));
    add("type", column("queue.col.type", 180, c -> Messages.get("type." + c.type())));
    add("status", column("queue.col.status", 150, c -> Messages.get("status." + c.status())));
    add("channel", column("queue.col.channel", 130, c -> Messages.value(c.channel())));
    add("received", column("queue.col.received", 110, c -> c.receivedDate().toString()));
    TableColumn<CaseSummary, String> dueCol = column("queue.col.due", 230, vm.due()::text);
    dueCol.setCellFactory(col -> new DueCell());
    add("due", dueCol);
    add(
        "assignee",
        column(
            "queue.col.assignee",
            140,
            c -> c.assigneeName() == null ? Messages.get("queue.unassigned") : c.assigneeName()));
    if (vm.teamMode()) {
      // who else has the case open now (issue 21): a courtesy, the optimistic lock still guards
      TableColumn<CaseSummary, String> presence =
          column(
              "queue.col.presence",
              120,
              c -> String.join(", ", vm.presence().getValue().getOrDefault(c.id(), List.of())));
      // the names in the row; the sentence ("ann has this case open") on hover and for readers
      presence.setCellFactory(col -> new PresenceCell());
      add("presence", presence);
      vm.presence().addListener((o, was, now) -> table.refresh());
    }
    columns.get("channel").setVisible(false);
    columns.values().forEach(c -> c.setSortable(true));
    columns.get("matched").setSortable(false);
    if (columns.containsKey("presence")) {
      columns.get("presence").setSortable(false);
    }
    showMatched();
    table.setTableMenuButtonVisible(true);
    Label empty = new Label();
    empty.setId("queueEmpty");
    empty
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                // loading, failed and empty are three different things to say
                () ->
                    vm.loadingProperty().get()
                        ? Messages.get("queue.loading")
                        : !vm.loadFailureProperty().get().isEmpty()
                            ? Messages.get(
                                "queue.loadFailedPlaceholder", vm.loadFailureProperty().get())
                            : vm.specProperty().get().equals(ViewSpec.ALL)
                                    && vm.searchProperty().get().isBlank()
                                ? Messages.get("queue.empty")
                                : Messages.get("queue.emptyFiltered"),
                vm.specProperty(),
                vm.searchProperty(),
                vm.loadingProperty(),
                vm.loadFailureProperty()));
    table.setPlaceholder(empty);
    table.setRowFactory(t -> new UrgencyRow());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    summary.setId("queueSummary");
    changedElsewhere.setId("queueChangedElsewhere");
    changedElsewhere.getStyleClass().add("changed-elsewhere");
    viewChoice.setId("queueView");
    viewChoice.setItems(vm.views());
    viewChoice.setCellFactory(l -> new ViewCell());
    viewChoice.setButtonCell(new ViewCell());
    viewChoice.setVisibleRowCount(15);
    saveView.setId("queueSaveView");
    Icons.on(saveView, Feather.SAVE);
    Icons.on(deleteView, Feather.TRASH_2);
    Icons.on(filters, Feather.FILTER);
    saveView.setTooltip(new Tooltip(Messages.get("queue.saveView.tip")));
    deleteView.setId("queueDeleteView");
    filters.setId("queueFilters");
    filters.setMnemonicParsing(true);
    search.setId("queueSearch");
    search.setPromptText(Messages.get("queue.search.prompt"));
    search.setAccessibleText(Messages.get("queue.search.name"));
    table.setAccessibleText(Messages.get("queue.table.name"));
    search.setPrefColumnCount(30);
    search.setMinWidth(160); // the buttons keep their labels whole; the search gives way
  }

  private void add(String key, TableColumn<CaseSummary, ?> column) {
    column.setId("col-" + key);
    columns.put(key, column);
    table.getColumns().add(column);
  }

  private void layoutParts() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox footer = new HBox(summary, changedElsewhere, spacer);
    footer.getStyleClass().add("queue-footer");
    Label viewLabel = new Label(Messages.get("queue.view"));
    viewLabel.setLabelFor(viewChoice);
    viewLabel.setMnemonicParsing(true);
    for (Region whole : List.of(viewLabel, saveView, deleteView, filters)) {
      whole.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox.setHgrow(search, Priority.ALWAYS);
    table.getStyleClass().add("dense"); // AtlantaFX's compact rows: more cases on a screen
    HBox top = new HBox(8, viewLabel, viewChoice, saveView, deleteView, search, filters);
    top.setAlignment(Pos.CENTER_LEFT);
    top.getStyleClass().add("queue-toolbar");
    root.setTop(new VBox(top, filterBar.node()));
    root.setCenter(table);
    root.setBottom(footer);
  }

  private void bind() {
    table.setItems(vm.rows());
    keepSelectionAcrossPages();
    vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    summary.textProperty().bind(vm.summaryProperty());
    changedElsewhere.visibleProperty().bind(vm.changedElsewhereProperty());
    changedElsewhere.managedProperty().bind(vm.changedElsewhereProperty());
    changedElsewhere.setOnAction(e -> vm.refresh());
    viewChoice.valueProperty().bindBidirectional(vm.viewProperty());
    deleteView
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.viewProperty().get() == null || !vm.viewProperty().get().saved(),
                vm.viewProperty()));
    deleteView.setOnAction(e -> vm.deleteChosenView());
    vm.specProperty()
        .addListener(
            (o, was, now) -> {
              filterBar.show(now);
              vm.refresh();
            });
    search.textProperty().bindBidirectional(vm.searchProperty());
    vm.searchProperty().addListener((o, was, now) -> showMatched());
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
    bindSorting();
  }

  /** The table's sort order becomes the database's; no sorting happens in memory. */
  private void bindSorting() {
    table.setSortPolicy(
        t -> {
          vm.sortProperty().set(sortFromTable());
          return true;
        });
    vm.sortProperty()
        .addListener(
            (o, was, now) -> {
              vm.refresh();
              layoutChanged.playFromStart();
            });
    layoutChanged.setOnFinished(e -> vm.saveLayout(layout()));
    for (TableColumn<CaseSummary, ?> c : columns.values()) {
      c.widthProperty().addListener((o, was, now) -> layoutChanged.playFromStart());
      c.visibleProperty().addListener((o, was, now) -> layoutChanged.playFromStart());
    }
    table
        .getColumns()
        .addListener(
            (ListChangeListener<TableColumn<CaseSummary, ?>>) c -> layoutChanged.playFromStart());
  }

  /** Each column's orders: ascending, then descending (the database sorts, never the table). */
  private static final Map<String, List<CaseSort>> SORTS =
      Map.of(
          "id", List.of(CaseSort.CASE_NUMBER, CaseSort.CASE_NUMBER_DESC),
          "type", List.of(CaseSort.TYPE, CaseSort.TYPE_DESC),
          "status", List.of(CaseSort.STATUS, CaseSort.STATUS_DESC),
          "channel", List.of(CaseSort.CHANNEL, CaseSort.CHANNEL_DESC),
          "received", List.of(CaseSort.RECEIVED_OLDEST, CaseSort.RECEIVED_NEWEST),
          "due", List.of(CaseSort.DUE, CaseSort.DUE_DESC),
          "assignee", List.of(CaseSort.ASSIGNEE, CaseSort.ASSIGNEE_DESC));

  private CaseSort sortFromTable() {
    if (table.getSortOrder().isEmpty()) {
      return CaseSort.DUE;
    }
    TableColumn<CaseSummary, ?> first = table.getSortOrder().getFirst();
    List<CaseSort> orders = SORTS.get(first.getId().substring("col-".length()));
    if (orders == null) {
      return CaseSort.DUE;
    }
    return orders.get(first.getSortType() == TableColumn.SortType.ASCENDING ? 0 : 1);
  }

  /** The "Found in" column shows while a search is typed, and only then. */
  private void showMatched() {
    String text = vm.searchProperty().get();
    columns.get("matched").setVisible(text != null && !text.isBlank());
  }

  /** "id:80:1,type:180:1,...|sort=DUE": column order, widths, visibility and the sort. */
  String layout() {
    StringBuilder b = new StringBuilder();
    for (TableColumn<CaseSummary, ?> c : table.getColumns()) {
      String key = c.getId().substring("col-".length());
      if (!b.isEmpty()) {
        b.append(',');
      }
      b.append(key)
          .append(':')
          .append(Math.round(c.getWidth()))
          .append(':')
          .append(c.isVisible() ? 1 : 0);
    }
    return b.append("|sort=").append(vm.sortProperty().get()).toString();
  }

  /** Applies a stored layout; anything unreadable in it is skipped. */
  public void applyLayout(String layout) {
    if (layout == null || layout.isBlank()) {
      return;
    }
    String[] parts = layout.split("\\|", 0);
    List<TableColumn<CaseSummary, ?>> order = new ArrayList<>();
    for (String spec : parts[0].split(",", 0)) {
      String[] f = spec.split(":", 0);
      TableColumn<CaseSummary, ?> c = columns.get(f[0]);
      if (c == null || f.length < 3 || order.contains(c)) {
        continue;
      }
      try {
        c.setPrefWidth(Math.clamp(Double.parseDouble(f[1]), 40, 800));
      } catch (NumberFormatException ignored) {
        // keep the default width
      }
      c.setVisible(!"0".equals(f[2]));
      order.add(c);
    }
    columns.values().stream().filter(c -> !order.contains(c)).forEach(order::add);
    table.getColumns().setAll(order);
    showMatched();
    for (String p : parts) {
      if (p.startsWith("sort=")) {
        try {
          CaseSort s = CaseSort.valueOf(p.substring(5));
          showSort(s);
        } catch (IllegalArgumentException ignored) {
          // unknown sort: keep the default
        }
      }
    }
  }

  private void showSort(CaseSort s) {
    table.getSortOrder().clear();
    SORTS.forEach(
        (key, orders) -> {
          if (orders.contains(s)) {
            TableColumn<CaseSummary, ?> c = columns.get(key);
            c.setSortType(
                orders.indexOf(s) == 0
                    ? TableColumn.SortType.ASCENDING
                    : TableColumn.SortType.DESCENDING);
            table.getSortOrder().add(c);
          }
        });
  }

  /** A view's name with its count, redrawn when the counts are reloaded. */
  private final class ViewCell extends ListCell<ViewChoice> {
    // held by the cell, registered weakly: cells the list drops do not stay listening
    private final javafx.collections.MapChangeListener<String, Long> redraw =
        c -> updateItem(getItem(), isEmpty());

    ViewCell() {
      vm.viewCounts().addListener(new javafx.collections.WeakMapChangeListener<>(redraw));
    }

    @Override
    protected void updateItem(ViewChoice v, boolean empty) {
      super.updateItem(v, empty);
      setText(empty || v == null ? null : vm.viewText(v));
    }
  }

  /** Puts the keyboard in the search box (Ctrl+F). */
  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  /** Opens or closes the filter bar (Ctrl+L). */
  public void toggleFilters() {
    filters.setSelected(!filters.isSelected());
    if (filters.isSelected()) {
      filterBar.focus();
    } else {
      table.requestFocus();
    }
  }

  /** Calls {@code action} when "Save view…" is pressed. */
  public void setOnSaveView(Runnable action) {
    saveView.setOnAction(e -> action.run());
  }

  /** A page arriving replaces rows; keep the same case selected so keyboard work goes on. */
  private void keepSelectionAcrossPages() {
    long[] selectedId = {-1};
    int[] selectedIndex = {-1};
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                selectedId[0] = now.id();
                selectedIndex[0] = table.getSelectionModel().getSelectedIndex();
              }
            });
    vm.rows()
        .addListener(
            (ListChangeListener<CaseSummary>)
                change -> {
                  // a row selected before its page arrived: select it again to pick the case up
                  int now = table.getSelectionModel().getSelectedIndex();
                  if (now >= 0
                      && now < vm.rows().size()
                      && table.getSelectionModel().getSelectedItem() == null
                      && vm.rows().peek(now) != null) {
                    table.getSelectionModel().clearAndSelect(now);
                    return;
                  }
                  int at = selectedIndex[0];
                  if (table.getSelectionModel().getSelectedItem() != null
                      || at < 0
                      || at >= vm.rows().size()) {
                    return;
                  }
                  CaseSummary row = vm.rows().peek(at);
                  if (row != null && row.id() == selectedId[0]) {
                    table.getSelectionModel().select(at);
                    table.getFocusModel().focus(at);
                  }
                });
  }

  private static TableColumn<CaseSummary, String> column(
      String key, double width, Function<CaseSummary, String> text) {
    TableColumn<CaseSummary, String> col = new TableColumn<>(Messages.get(key));
    col.setPrefWidth(width);
    col.setSortable(false);
    col.setCellValueFactory(
        cell ->
            new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? null : text.apply(cell.getValue())));
    return col;
  }

  /** Calls {@code action} with the selected case on Enter or a double click. */
  public void setOnOpen(Consumer<CaseSummary> action) {
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
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

  /** Who else has the case open: their names, and the sentence on hover. */
  private final class PresenceCell extends TableCell<CaseSummary, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      CaseSummary row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
      String sentence = row == null ? "" : Presence.text(vm.presence().getValue(), row.id());
      setText(empty ? null : text);
      setAccessibleText(sentence.isEmpty() ? null : sentence);
      setTooltip(sentence.isEmpty() ? null : new Tooltip(sentence));
      getStyleClass().remove("presence");
      if (!sentence.isEmpty()) {
        getStyleClass().add("presence");
      }
    }
  }

  /** Shows how the due date was computed when the pointer rests on it. */
  private static final class DueCell extends TableCell<CaseSummary, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      CaseSummary row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
      setTooltip(
          row == null || row.dueExplanation() == null ? null : new Tooltip(row.dueExplanation()));
    }
  }

  /**
   * The ids of the rows the table shows now (loaded ones only), for asking who else has them open.
   */
  public List<Long> shownIds() {
    if (!(table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)
        || flow.getFirstVisibleCell() == null) {
      return List.of();
    }
    int from = flow.getFirstVisibleCell().getIndex();
    int to = flow.getLastVisibleCell().getIndex();
    List<Long> ids = new ArrayList<>();
    for (int i = Math.max(0, from); i <= to && i < vm.rows().size(); i++) {
      CaseSummary row = vm.rows().peek(i);
      if (row != null) {
        ids.add(row.id());
      }
    }
    return ids;
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
      Urgency u = empty || item == null ? Urgency.NONE : vm.due().urgency(item);
      pseudoClassStateChanged(OVERDUE, u == Urgency.OVERDUE);
      pseudoClassStateChanged(DUE_SOON, u == Urgency.DUE_SOON);
      pseudoClassStateChanged(INTERNAL_OVERDUE, u == Urgency.INTERNAL_OVERDUE);
    }
  }
}
