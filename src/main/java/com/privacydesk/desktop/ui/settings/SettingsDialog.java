package com.privacydesk.desktop.ui.settings;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.LockoutPolicy;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.settings.SettingsForm;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.ZoneId;
import java.util.TreeSet;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;

/** Supervisor settings: time zone, designated channels and addresses, targets, closure days. */
public final class SettingsDialog {
  private final SettingsViewModel vm;
  private final Dialog<Integer> dialog = new Dialog<>();
  private final GridPane grid = formGrid();
  private final GridPane workflow = formGrid();
  private final GridPane privacy = formGrid();
  private final ButtonType saveType =
      new ButtonType(Messages.get("action.save"), ButtonData.OK_DONE);
  private final ComboBox<String> zone = new ComboBox<>();
  private final TextArea addresses = new TextArea();
  private final TextArea closures = new TextArea();
  private final TextArea suppression = new TextArea();
  private final TextArea deletion = new TextArea();
  private final Label errorLabel = new Label();
  private final TabPane tabs = new TabPane();

  public SettingsDialog(Window owner, SettingsViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("settings.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("settings.header"));
    dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
    dialog.getDialogPane().setPrefWidth(720);
    dialog.setResultConverter(b -> null);
    createParts();
    bind();
  }

  /**
   * The first free row of {@code g}. (GridPane's own row count skips unmanaged children, such as an
   * error line not shown yet, so the next row would land on top of it.)
   */
  private static int nextRow(GridPane g) {
    return g.getChildren().stream()
            .mapToInt(
                n -> {
                  Integer r = GridPane.getRowIndex(n);
                  return r == null ? 0 : r;
                })
            .max()
            .orElse(-1)
        + 1;
  }

  /** The width of the field names' column. */
  private static final double LABELS = 260;

  private static GridPane formGrid() {
    GridPane g = new GridPane();
    g.getStyleClass().add("form-grid");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(LABELS);
    labels.setMaxWidth(LABELS);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    g.getColumnConstraints().setAll(labels, inputs);
    // a long field name wraps onto a second line instead of ending in "…" (larger text sizes too)
    g.getChildren()
        .addListener(
            (javafx.collections.ListChangeListener<javafx.scene.Node>)
                c -> {
                  while (c.next()) {
                    for (javafx.scene.Node n : c.getAddedSubList()) {
                      Integer column = GridPane.getColumnIndex(n);
                      if (n instanceof Label l
                          && (column == null || column == 0)
                          && GridPane.getColumnSpan(n) == null) {
                        l.setWrapText(true);
                        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                      }
                    }
                  }
                });
    return g;
  }

  private void createParts() {
    ValidationSupport support = Forms.validationFor(vm.fieldErrors());

    zone.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    zone.setId("settings-zone");
    zone.valueProperty().bindBidirectional(vm.zoneProperty());
    addRow(grid, "settings.zone", zone, SettingsForm.ZONE, support);

    FlowPane channels = new FlowPane(12, 6);
    for (Channel c : Channel.values()) {
      if (c == Channel.INTERNAL) {
        continue;
      }
      CheckBox box = new CheckBox(Messages.value(c));
      box.selectedProperty().bindBidirectional(vm.designatedProperty(c));
      channels.getChildren().add(box);
    }
    grid.addRow(nextRow(grid), new Label(Messages.get("settings.designatedChannels")), channels);

    addresses.setPrefRowCount(2);
    addresses.textProperty().bindBidirectional(vm.addressesProperty());
    addRow(grid, "settings.addresses", addresses, SettingsForm.ADDRESSES, support);

    Spinner<Integer> ca = spinner(vm.caInternalProperty());
    addRow(grid, "settings.target.ca", ca, SettingsForm.TARGETS, support);
    grid.addRow(
        nextRow(grid),
        new Label(Messages.get("settings.target.coppaAck")),
        spinner(vm.coppaAcknowledgeProperty()));
    grid.addRow(
        nextRow(grid),
        new Label(Messages.get("settings.target.coppaDelete")),
        spinner(vm.coppaDeleteProperty()));
    grid.addRow(
        nextRow(grid),
        new Label(Messages.get("settings.target.password")),
        spinner(vm.passwordProperty()));
    for (var target : CompanySettings.typeTargetSettings()) {
      Spinner<Integer> days =
          spinner(vm.typeTargetProperty(target.key()), target.minDays(), target.maxDays());
      days.setId("settings-target-" + target.key());
      Label label = new Label(Messages.get("settings.target." + target.key()));
      label.setLabelFor(days);
      grid.addRow(nextRow(grid), label, days);
    }

    closures.setId("settings-closures");
    closures.setPrefRowCount(4);
    closures.setPromptText(Messages.get("settings.closures.prompt"));
    closures.textProperty().bindBidirectional(vm.closuresProperty());
    addRow(grid, "settings.closures", closures, SettingsForm.CLOSURES, support);
    Label note = new Label(Messages.get("settings.note"));
    note.getStyleClass().add("hint");
    note.setWrapText(true);
    note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.add(note, 0, nextRow(grid), 2, 1);

    FlowPane review = new FlowPane(12, 6);
    for (CaseType t : CaseType.values()) {
      CheckBox box = new CheckBox(Messages.get("type." + t));
      box.setId("settings-review-" + t);
      box.selectedProperty().bindBidirectional(vm.reviewProperty(t));
      review.getChildren().add(box);
    }
    workflow.addRow(nextRow(workflow), new Label(Messages.get("settings.reviewTypes")), review);
    suppression.setId("settings-suppression");
    suppression.setPrefRowCount(4);
    suppression.textProperty().bindBidirectional(vm.suppressionSystemsProperty());
    addRow(workflow, "settings.suppressionSystems", suppression, SettingsForm.SYSTEMS, support);
    deletion.setId("settings-deletion");
    deletion.setPrefRowCount(4);
    deletion.textProperty().bindBidirectional(vm.deletionSystemsProperty());
    workflow.addRow(
        nextRow(workflow), new Label(Messages.get("settings.deletionSystems")), deletion);
    for (var systems : CompanySettings.otherSystemsLists()) {
      TextArea area = new TextArea();
      area.setId("settings-" + systems.key());
      area.setPrefRowCount(3);
      area.textProperty().bindBidirectional(vm.typeSystemsProperty(systems.key()));
      Label label = new Label(Messages.get("settings." + systems.key()));
      label.setLabelFor(area);
      workflow.addRow(nextRow(workflow), label, area);
    }
    Label systemsNote = new Label(Messages.get("settings.systems.note"));
    systemsNote.getStyleClass().add("hint");
    systemsNote.setWrapText(true);
    systemsNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    workflow.add(systemsNote, 0, nextRow(workflow), 2, 1);
    Spinner<Integer> confirmDays =
        spinner(
            vm.confirmReceivedProperty(),
            CompanySettings.MIN_CONFIRM_RECEIVED_DAYS,
            CompanySettings.MAX_CONFIRM_RECEIVED_DAYS);
    confirmDays.setId("settings-confirm-received");
    addRow(
        workflow, "settings.confirmReceived", confirmDays, SettingsForm.CONFIRM_RECEIVED, support);
    Spinner<Integer> correction =
        spinner(vm.noteCorrectionProperty(), 0, CompanySettings.MAX_NOTE_CORRECTION_MINUTES);
    correction.setId("settings-note-correction");
    addRow(workflow, "settings.noteCorrection", correction, SettingsForm.NOTE_CORRECTION, support);

    for (CaseType t : CaseType.values()) {
      Spinner<Integer> months =
          spinner(
              vm.retentionProperty(t), RetentionPolicy.minimumFor(t), RetentionPolicy.MAX_MONTHS);
      months.setId("settings-retention-" + t);
      Label label = new Label(Messages.get("settings.retention.type", Messages.get("type." + t)));
      label.setLabelFor(months);
      privacy.addRow(nextRow(privacy), label, months);
    }
    Label retentionNote = new Label(Messages.get("settings.retention.note"));
    retentionNote.getStyleClass().add("hint");
    retentionNote.setWrapText(true);
    retentionNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    privacy.add(retentionNote, 0, nextRow(privacy), 2, 1);
    Spinner<Integer> attempts =
        spinner(vm.lockoutAttemptsProperty(), 1, LockoutPolicy.MAX_ATTEMPTS);
    attempts.setId("settings-lockout-attempts");
    privacy.addRow(
        nextRow(privacy), new Label(Messages.get("settings.lockout.attempts")), attempts);
    Spinner<Integer> minutes = spinner(vm.lockoutMinutesProperty(), 1, LockoutPolicy.MAX_MINUTES);
    minutes.setId("settings-lockout-minutes");
    privacy.addRow(nextRow(privacy), new Label(Messages.get("settings.lockout.minutes")), minutes);

    errorLabel.getStyleClass().add("form-error");
    errorLabel.setWrapText(true);
    Tab deadlines = new Tab(Messages.get("settings.tab.deadlines"), grid);
    Tab work = new Tab(Messages.get("settings.tab.workflow"), workflow);
    work.setId("settings-tab-workflow");
    Tab privacyTab = new Tab(Messages.get("settings.tab.privacy"), privacy);
    privacyTab.setId("settings-tab-privacy");
    tabs.getTabs().setAll(deadlines, work, privacyTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    dialog.getDialogPane().setContent(new VBox(8, tabs, errorLabel));
  }

  private void addRow(
      GridPane target, String labelKey, Control control, String field, ValidationSupport support) {
    Label label = new Label(Messages.get(labelKey));
    label.setLabelFor(control);
    target.addRow(nextRow(target), label, control);
    Label error = new Label();
    error.setWrapText(true);
    Forms.showErrors(support, vm.fieldErrors(), field, control, error);
    target.add(error, 1, nextRow(target));
  }

  private static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty value) {
    return spinner(value, 0, 365);
  }

  private static Spinner<Integer> spinner(
      javafx.beans.property.IntegerProperty value, int min, int max) {
    Spinner<Integer> s = new Spinner<>(min, max, Math.clamp(value.get(), min, max));
    s.setEditable(true);
    s.getValueFactory()
        .valueProperty()
        .addListener((o, was, now) -> value.set(now == null ? 0 : now));
    value.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
    return s;
  }

  private void bind() {
    errorLabel.textProperty().bind(vm.errorProperty());
    Forms.resizeWithErrors(dialog.getDialogPane(), vm.fieldErrors(), vm.errorProperty());
    Forms.submitWith(
        dialog,
        saveType,
        vm.busyProperty(),
        finish ->
            vm.validated()
                .or(
                    () -> {
                      // show the tab with the first field in error
                      boolean workflowOnly =
                          (!vm.fieldErrors().get(SettingsForm.SYSTEMS).isEmpty()
                                  || !vm.fieldErrors().get(SettingsForm.CONFIRM_RECEIVED).isEmpty()
                                  || !vm.fieldErrors().get(SettingsForm.NOTE_CORRECTION).isEmpty())
                              && vm.fieldErrors().get(SettingsForm.ZONE).isEmpty()
                              && vm.fieldErrors().get(SettingsForm.ADDRESSES).isEmpty()
                              && vm.fieldErrors().get(SettingsForm.TARGETS).isEmpty()
                              && vm.fieldErrors().get(SettingsForm.CLOSURES).isEmpty();
                      tabs.getSelectionModel().select(workflowOnly ? 1 : 0);
                      return java.util.Optional.empty();
                    })
                .filter(proposed -> !vm.addsClosures(proposed) || confirmClosures())
                .ifPresent(proposed -> vm.save(proposed, finish::accept)));
    Forms.focusWhenShown(dialog, zone);
    // Save in the question does what the Save button does (and closes once stored)
    Forms.guardUnsaved(dialog, vm::hasUnsavedChanges, saveType);
  }

  private boolean confirmClosures() {
    Alert confirm =
        new Alert(Alert.AlertType.CONFIRMATION, Messages.get("settings.closures.warning"));
    confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
    confirm.setHeaderText(Messages.get("settings.closures.warningHeader"));
    return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /** Shows the dialog; the number of settings changed, or empty when cancelled. */
  public java.util.Optional<Integer> showAndWait() {
    vm.load();
    return dialog.showAndWait();
  }
}
