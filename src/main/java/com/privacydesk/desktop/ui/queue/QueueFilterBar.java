package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.cases.ViewSpec.Assignee;
import com.privacydesk.app.cases.ViewSpec.Due;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The queue's filter bar (Ctrl+L): type, status, channel, assignee, received range, due and open
 * only. It shows the view model's filter and sets a new one when a control changes.
 */
final class QueueFilterBar {
  private final QueueViewModel vm;
  private final ToggleButton filters;
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
  private final FlowPane bar = new FlowPane(8, 6);
  private boolean syncing;

  QueueFilterBar(QueueViewModel vm, ToggleButton filters) {
    this.vm = vm;
    this.filters = filters;
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
    receivedFrom.setPrefWidth(170); // the prompt "Received from" shows whole
    receivedTo.setId("filterReceivedTo");
    receivedTo.setPromptText(Messages.get("filter.receivedTo"));
    receivedTo.setPrefWidth(170);
    due.setId("filterDue");
    due.getItems().setAll(Due.values());
    due.setConverter(Converters.text(d -> Messages.get("filter.due." + d)));
    dueDays.setId("filterDueDays");
    dueDays.setEditable(true);
    dueDays.setPrefWidth(70);
    openOnly.setId("filterOpenOnly");
    clearFilters.setId("filterClear");
    // names for screen readers: these controls show a title or a prompt, not a label
    types.setAccessibleText(Messages.get("filter.types"));
    statuses.setAccessibleText(Messages.get("filter.statuses"));
    channels.setAccessibleText(Messages.get("filter.channels"));
    assignee.setAccessibleText(Messages.get("filter.assignee"));
    receivedFrom.setAccessibleText(Messages.get("filter.receivedFrom"));
    receivedTo.setAccessibleText(Messages.get("filter.receivedTo"));
    dueDays.setAccessibleText(Messages.get("filter.businessDays.name"));
    layoutParts();
    bindFilterBar();
    vm.assignees().addListener((ListChangeListener<UserSummary>) c -> fillAssignees());
    fillAssignees();
    show(vm.specProperty().get());
  }

  /** Puts the keyboard on the bar's first control. */
  void focus() {
    types.requestFocus();
  }

  /** The bar, shown while the Filters button is pressed. */
  FlowPane node() {
    return bar;
  }

  private void layoutParts() {
    Label dueLabel = new Label(Messages.get("filter.due"));
    dueLabel.setLabelFor(due);
    Label daysLabel = new Label(Messages.get("filter.businessDays"));
    bar.getChildren()
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
    bar.getStyleClass().add("queue-filter-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.visibleProperty().bind(filters.selectedProperty());
    bar.managedProperty().bind(bar.visibleProperty());
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
    dueDays
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> due.getValue() == null || !due.getValue().counted(), due.valueProperty()));
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
    show(vm.specProperty().get());
  }

  /** Shows {@code s} in the filter bar without feeding the change back. */
  void show(ViewSpec s) {
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
      if (s.due().counted()) {
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
}
