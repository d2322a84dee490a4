package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.cases.ViewSpec.Assignee;
import com.privacydesk.app.cases.ViewSpec.Due;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.queue.QueueViewModel.Urgency;
import com.privacydesk.desktop.ui.queue.QueueViewModel.ViewChoice;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

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
  private final CheckComboBox<CaseType> types = new CheckComboBox<>();
  private final CheckComboBox<CaseStatus> statuses = new CheckComboBox<>();
  private final CheckComboBox<Channel> channels = new CheckComboBox<>();
  private final ComboBox<Object> assignee = new ComboBox<>();
  private final DatePicker receivedFrom = Converters.isoDates(new DatePicker());
  private final DatePicker receivedTo = Converters.isoDates(new DatePicker());
  private final ComboBox<Due> due = new ComboBox<>();
  private final Spinner<Integer> dueDays = new Spinner<>(0, ViewSpec.MAX_DUE_DAYS, 3);
  private final CheckBox openOnly = new CheckBox(Messages.get("filter.openOnly"));
  private final Button clearFilters = new Button(Messages.get("filter.clear"));
  private final FlowPane filterBar = new FlowPane(8, 6);
  private final Map<String, TableColumn<CaseSummary, ?>> columns = new LinkedHashMap<>();
  private boolean syncing;

  public QueueView(QueueViewModel vm) {
    this.vm = vm;
    createParts();
    layoutParts();
    bind();
  }

  private void createParts() {
    table.setId("queueTable");
    add("id", column("queue.col.id", 80, c -> "#" + c.id()));
    add("type", column("queue.col.type", 180, c -> Messages.get("type." + c.type())));
    add("status", column("queue.col.status", 150, c -> Messages.get("status." + c.status())));
    add("channel", column("queue.col.channel", 130, c -> Messages.value(c.channel())));
    add("received", column("queue.col.received", 110, c -> c.receivedDate().toString()));
    TableColumn<CaseSummary, String> dueCol = column("queue.col.due", 230, vm::dueText);
    dueCol.setCellFactory(col -> new DueCell());
    add("due", dueCol);
    add(
        "assignee",
        column(
            "queue.col.assignee",
            140,
            c -> c.assigneeName() == null ? Messages.get("queue.unassigned") : c.assigneeName()));
    columns.get("channel").setVisible(false);
    columns.values().forEach(c -> c.setSortable(true));
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
    saveView.setTooltip(new Tooltip(Messages.get("queue.saveView.tip")));
    deleteView.setId("queueDeleteView");
    filters.setId("queueFilters");
    filters.setMnemonicParsing(true);
    search.setId("queueSearch");
    search.setPromptText(Messages.get("queue.search.prompt"));
    search.setPrefColumnCount(30);
    search.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    types.setId("filterTypes");
    types.getItems().setAll(CaseType.values());
    types.setConverter(Converters.text(t -> Messages.get("type." + t)));
    types.setTitle(Messages.get("filter.types"));
    statuses.setId("filterStatuses");
    statuses.getItems().setAll(CaseStatus.values());
    statuses.setConverter(Converters.text(s -> Messages.get("status." + s)));
    statuses.setTitle(Messages.get("filter.statuses"));
    channels.setId("filterChannels");
    channels.getItems().setAll(Channel.values());
    channels.setConverter(Converters.text(Messages::value));
    channels.setTitle(Messages.get("filter.channels"));
    for (CheckComboBox<?> box : List.of(types, statuses, channels)) {
      box.setPrefWidth(170);
      box.setMaxWidth(170);
      // "Type (2/5)": the title stays, the count says a filter is on
      box.setShowCheckedCount(true);
    }
    assignee.setPrefWidth(150);
    assignee.setId("filterAssignee");
    assignee.setConverter(
        Converters.text(
            o ->
                o instanceof UserSummary u
                    ? u.username()
                    : o instanceof Assignee a ? Messages.get("filter.assignee." + a) : ""));
    receivedFrom.setId("filterReceivedFrom");
    receivedFrom.setPromptText(Messages.get("filter.receivedFrom"));
    receivedFrom.setPrefWidth(140);
    receivedTo.setId("filterReceivedTo");
    receivedTo.setPromptText(Messages.get("filter.receivedTo"));
    receivedTo.setPrefWidth(140);
    due.setId("filterDue");
    due.getItems().setAll(Due.values());
    due.setConverter(Converters.text(d -> Messages.get("filter.due." + d)));
    dueDays.setId("filterDueDays");
    dueDays.setEditable(true);
    dueDays.setPrefWidth(70);
    openOnly.setId("filterOpenOnly");
    clearFilters.setId("filterClear");
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
    HBox top = new HBox(8, viewLabel, viewChoice, saveView, deleteView, search, filters);
    top.setAlignment(Pos.CENTER_LEFT);
    top.getStyleClass().add("queue-toolbar");
    Label dueLabel = new Label(Messages.get("filter.due"));
    dueLabel.setLabelFor(due);
    Label daysLabel = new Label(Messages.get("filter.businessDays"));
    filterBar
        .getChildren()
        .setAll(
            types,
            statuses,
            channels,
            assignee,
            receivedFrom,
            receivedTo,
            new HBox(6, dueLabel, due, dueDays, daysLabel),
            openOnly,
            clearFilters);
    filterBar.getStyleClass().add("queue-filter-bar");
    filterBar.setAlignment(Pos.CENTER_LEFT);
    filterBar.visibleProperty().bind(filters.selectedProperty());
    filterBar.managedProperty().bind(filterBar.visibleProperty());
    root.setTop(new VBox(top, filterBar));
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
              showSpec(now);
              vm.refresh();
            });
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
    bindFilterBar();
    bindSorting();
    vm.assignees().addListener((ListChangeListener<UserSummary>) c -> fillAssignees());
    fillAssignees();
    showSpec(vm.specProperty().get());
  }

  private void bindFilterBar() {
    ListChangeListener<Object> changed = c -> applyFilterBar();
    types.getCheckModel().getCheckedItems().addListener(changed);
    statuses.getCheckModel().getCheckedItems().addListener(changed);
    channels.getCheckModel().getCheckedItems().addListener(changed);
    assignee.valueProperty().addListener((o, was, now) -> applyFilterBar());
    receivedFrom.valueProperty().addListener((o, was, now) -> applyFilterBar());
    receivedTo.valueProperty().addListener((o, was, now) -> applyFilterBar());
    due.valueProperty().addListener((o, was, now) -> applyFilterBar());
    dueDays.valueProperty().addListener((o, was, now) -> applyFilterBar());
    dueDays.disableProperty().bind(due.valueProperty().isNotEqualTo(Due.WITHIN));
    openOnly.selectedProperty().addListener((o, was, now) -> applyFilterBar());
    clearFilters.setOnAction(e -> vm.specProperty().set(ViewSpec.ALL));
  }

  private void fillAssignees() {
    syncing = true;
    try {
      Object current = assignee.getValue();
      List<Object> items = new ArrayList<>(List.of(Assignee.ANYONE, Assignee.ME, Assignee.NOBODY));
      items.addAll(vm.assignees());
      assignee.getItems().setAll(items);
      assignee.setValue(current == null ? Assignee.ANYONE : current);
    } finally {
      syncing = false;
    }
    showSpec(vm.specProperty().get());
  }

  /** Shows {@code s} in the filter bar without feeding the change back. */
  private void showSpec(ViewSpec s) {
    syncing = true;
    try {
      check(types, s.types());
      check(statuses, s.statuses());
      check(channels, s.channels());
      Object who =
          s.assignee() == Assignee.USER
              ? vm.assignees().stream()
                  .filter(u -> u.id() == s.assigneeId())
                  .findFirst()
                  .map(Object.class::cast)
                  .orElse(Assignee.ANYONE)
              : s.assignee();
      assignee.setValue(who);
      receivedFrom.setValue(s.receivedFrom());
      receivedTo.setValue(s.receivedTo());
      due.setValue(s.due());
      if (s.due() == Due.WITHIN) {
        dueDays.getValueFactory().setValue(s.dueDays());
      }
      openOnly.setSelected(s.openOnly());
      if (!s.equals(ViewSpec.ALL) && vm.filterChanged()) {
        filters.setSelected(true);
      }
    } finally {
      syncing = false;
    }
  }

  private static <T> void check(CheckComboBox<T> box, Set<T> values) {
    box.getCheckModel().clearChecks();
    values.forEach(v -> box.getCheckModel().check(v));
  }

  /** Builds the filter from the bar's controls; a reversed date range is refused in place. */
  private void applyFilterBar() {
    if (syncing) {
      return;
    }
    LocalDate from = receivedFrom.getValue();
    LocalDate to = receivedTo.getValue();
    boolean reversed = from != null && to != null && from.isAfter(to);
    receivedTo.pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"), reversed);
    receivedTo.setTooltip(reversed ? new Tooltip(Messages.get("filter.reversed")) : null);
    if (reversed) {
      return;
    }
    Object who = assignee.getValue();
    Assignee kind = who instanceof Assignee a ? a : who == null ? Assignee.ANYONE : Assignee.USER;
    Long userId = who instanceof UserSummary u ? u.id() : null;
    Due d = due.getValue() == null ? Due.ANY : due.getValue();
    Integer days = dueDays.getValue();
    vm.specProperty()
        .set(
            new ViewSpec(
                set(types.getCheckModel().getCheckedItems(), CaseType.class),
                set(statuses.getCheckModel().getCheckedItems(), CaseStatus.class),
                set(channels.getCheckModel().getCheckedItems(), Channel.class),
                kind,
                userId,
                openOnly.isSelected(),
                from,
                to,
                d,
                days == null ? 0 : days));
  }

  private static <E extends Enum<E>> Set<E> set(List<E> checked, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(checked);
    return out;
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
      types.requestFocus();
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
      pseudoClassStateChanged(INTERNAL_OVERDUE, u == Urgency.INTERNAL_OVERDUE);
    }
  }
}
