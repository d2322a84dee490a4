package com.privacydesk.desktop.ui.intake;

import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseType;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/**
 * Renders a {@link RequestIntakeViewModel}'s fields as a form; stays open until the input is valid.
 */
public final class RequestIntakeDialog {
  private final RequestIntakeViewModel vm;
  private final Dialog<Long> dialog = new Dialog<>();
  private final GridPane grid = new GridPane();
  private final Label errorLabel = new Label();
  private final ButtonType saveType =
      new ButtonType(Messages.get("action.save"), ButtonData.OK_DONE);
  private Control firstControl;

  public RequestIntakeDialog(Window owner, RequestIntakeViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    vm.setDuplicateResolver(
        matches -> DuplicatesDialog.ask(dialog.getDialogPane().getScene().getWindow(), matches));
    vm.setOldReceiptConfirmer(
        (days, received) ->
            OldReceiptDialog.confirm(
                dialog.getDialogPane().getScene().getWindow(), days, received));
    createParts();
    layoutParts();
    bind();
  }

  private void createParts() {
    CaseType type = vm.type();
    dialog.setTitle(Messages.get("intake.title." + type));
    dialog
        .getDialogPane()
        .setHeaderText(
            type == CaseType.CPNI_BREACH
                ? Messages.get("intake.header.CPNI_BREACH", vm.passwordCaseId())
                : Messages.get("intake.header." + type));
    dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
    dialog.getDialogPane().getStyleClass().add("form-dialog");
    dialog
        .getDialogPane()
        .setPrefWidth(760); // the longest field names and the relationship box show whole
    dialog.setResultConverter(b -> null);
    errorLabel.getStyleClass().add("form-error");
    errorLabel.setWrapText(true);
  }

  private void layoutParts() {
    grid.getStyleClass().add("form-grid");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(230);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(labels, inputs);
    ValidationSupport support = Forms.validationFor(vm.fieldErrors());
    int row = 0;
    for (FormField f : vm.fields()) {
      Label label = new Label(Messages.get("field." + f.name()) + (f.required() ? " *" : ""));
      Control control = controlFor(f);
      control.setId("field-" + f.name());
      label.setLabelFor(control);
      if (firstControl == null) {
        firstControl = control;
      }
      Node input = control;
      if (f.kind() == FormField.Kind.DATE_TIME) {
        TextField time = new TextField();
        time.setId("field-" + f.name() + "-time");
        time.setPrefColumnCount(5);
        time.setPromptText(Messages.get("optout.time.prompt"));
        time.textProperty().bindBidirectional(f.textProperty());
        HBox box = new HBox(control, time, new Label(Messages.get("optout.received.hint")));
        box.getStyleClass().add("form-row");
        input = box;
      }
      Label error = new Label();
      error.setWrapText(true);
      Forms.showErrors(support, vm.fieldErrors(), f.name(), control, error);
      grid.addRow(row++, label, input);
      grid.add(error, 1, row++);
      String hint = "hint." + f.name() + "." + vm.type();
      if (!Messages.get(hint).equals(hint)) {
        Label h = new Label(Messages.get(hint));
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        grid.add(h, 1, row++);
      }
    }
    grid.add(errorLabel, 0, row, 2, 1);
    dialog.getDialogPane().setContent(grid);
  }

  private Control controlFor(FormField f) {
    return switch (f.kind()) {
      case TEXT -> {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(f.textProperty());
        yield t;
      }
      case LONG_TEXT -> {
        TextArea t = new TextArea();
        t.setPrefRowCount(4);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(f.textProperty());
        yield t;
      }
      case CHOICE -> {
        ChoiceBox<Enum<?>> c = new ChoiceBox<>();
        c.getItems().setAll(f.choices());
        c.setConverter(valueText());
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().bindBidirectional(f.choiceProperty());
        yield c;
      }
      case DATE, DATE_TIME -> {
        DatePicker d = com.privacydesk.desktop.ui.common.Converters.isoDates(new DatePicker());
        d.valueProperty().bindBidirectional(f.dateProperty());
        yield d;
      }
      case CHECK -> {
        CheckBox c = new CheckBox(Messages.get("check." + f.name()));
        c.selectedProperty().bindBidirectional(f.checkProperty());
        yield c;
      }
    };
  }

  private void bind() {
    errorLabel.textProperty().bind(vm.errorProperty());
    Forms.resizeWithErrors(dialog.getDialogPane(), vm.fieldErrors(), vm.errorProperty());
    Forms.submitWith(
        dialog,
        saveType,
        vm.savingProperty(),
        finish -> {
          grid.lookupAll(".date-picker").forEach(n -> Forms.commitTypedDate((DatePicker) n));
          vm.save(finish::accept);
        });
    Forms.focusWhenShown(dialog, firstControl);
    vm.markPristine();
    Forms.guardUnsaved(dialog, vm::hasUnsavedChanges, saveType);
  }

  private static StringConverter<Enum<?>> valueText() {
    return Converters.text(Messages::value);
  }

  /** Shows the dialog; the new case id, or empty when cancelled. */
  public Optional<Long> showAndWait() {
    return dialog.showAndWait();
  }
}
