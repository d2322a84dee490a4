package com.privacydesk.desktop.ui.intake;

import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Fxml;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.IntakeValidation;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/** Logs an email opt-out. Stays open, with the errors shown, until the input is valid. */
public final class NewOptOutDialog {
  private final NewOptOutViewModel vm;
  private final Dialog<Long> dialog = new Dialog<>();

  @FXML private TextField emailField;
  @FXML private ChoiceBox<OptOutScope> scopeChoice;
  @FXML private TextField categoriesField;
  @FXML private ChoiceBox<Channel> channelChoice;
  @FXML private DatePicker receivedDatePicker;
  @FXML private TextField receivedTimeField;
  @FXML private Label emailError;
  @FXML private Label categoriesError;
  @FXML private Label channelError;
  @FXML private Label receivedError;
  @FXML private Label errorLabel;
  @FXML private ButtonType saveButtonType;

  public NewOptOutDialog(Window owner, NewOptOutViewModel vm) {
    this.vm = vm;
    DialogPane pane = Fxml.load(this);
    dialog.setDialogPane(pane);
    dialog.initOwner(owner);
    vm.setDuplicateResolver(
        matches -> DuplicatesDialog.ask(dialog.getDialogPane().getScene().getWindow(), matches));
    vm.setOldReceiptConfirmer(
        (days, received) ->
            OldReceiptDialog.confirm(
                dialog.getDialogPane().getScene().getWindow(), days, received));
    dialog.setTitle(Messages.get("optout.title"));
    dialog.setResultConverter(b -> null);
    createParts();
    bind();
  }

  private void createParts() {
    scopeChoice.getItems().setAll(OptOutScope.values());
    scopeChoice.setConverter(enumText());
    channelChoice.getItems().setAll(Channel.values());
    channelChoice.getItems().remove(Channel.INTERNAL);
    channelChoice.setConverter(enumText());
  }

  private void bind() {
    emailField.textProperty().bindBidirectional(vm.emailProperty());
    scopeChoice.valueProperty().bindBidirectional(vm.scopeProperty());
    categoriesField.textProperty().bindBidirectional(vm.categoriesProperty());
    categoriesField
        .disableProperty()
        .bind(vm.scopeProperty().isNotEqualTo(OptOutScope.SELECTED_CATEGORIES));
    channelChoice.valueProperty().bindBidirectional(vm.channelProperty());
    com.privacydesk.desktop.ui.common.Converters.isoDates(receivedDatePicker);
    receivedDatePicker.valueProperty().bindBidirectional(vm.receivedDateProperty());
    receivedTimeField.textProperty().bindBidirectional(vm.receivedTimeProperty());

    ValidationSupport support = Forms.validationFor(vm.fieldErrors());
    Forms.showErrors(support, vm.fieldErrors(), IntakeValidation.EMAIL, emailField, emailError);
    Forms.showErrors(
        support, vm.fieldErrors(), IntakeValidation.CATEGORIES, categoriesField, categoriesError);
    Forms.showErrors(
        support, vm.fieldErrors(), IntakeValidation.CHANNEL, channelChoice, channelError);
    Forms.showErrors(
        support, vm.fieldErrors(), IntakeValidation.RECEIVED, receivedDatePicker, receivedError);
    errorLabel.textProperty().bind(vm.errorProperty());
    errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    Forms.resizeWithErrors(dialog.getDialogPane(), vm.fieldErrors(), vm.errorProperty());

    Forms.submitWith(
        dialog,
        saveButtonType,
        vm.savingProperty(),
        finish -> {
          // A date typed but not yet committed with Enter still counts.
          Forms.commitTypedDate(receivedDatePicker);
          vm.save(finish::accept);
        });
    Forms.focusWhenShown(dialog, emailField);
    Forms.guardUnsaved(dialog, vm::hasUnsavedChanges, saveButtonType);
  }

  private static <E extends Enum<E>> StringConverter<E> enumText() {
    return Converters.text(Messages::value);
  }

  /** Shows the dialog; the new case id, or empty when cancelled. */
  public Optional<Long> showAndWait() {
    return dialog.showAndWait();
  }
}
