package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.workflow.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialogs the case window asks through: the outcome of a close or review, a confirmation,
 * the reason to show personal data in clear, the contact correction and a link to another case.
 */
final class CaseDetailPrompts {
  private final CaseDetailViewModel vm;
  private final Supplier<Window> owner;

  CaseDetailPrompts(CaseDetailViewModel vm, Supplier<Window> owner) {
    this.vm = vm;
    this.owner = owner;
  }

  Optional<Outcome> chooseOutcome(List<Outcome> outcomes, String key) {
    Dialog<Outcome> choose = new Dialog<>();
    choose.initOwner(owner.get());
    choose.setTitle(Messages.get(key + ".title"));
    choose.setHeaderText(Messages.get(key + ".header"));
    ComboBox<Outcome> combo = new ComboBox<>();
    combo.setId("outcome-choice");
    combo.getItems().setAll(outcomes);
    combo.setConverter(Converters.text(Messages::value));
    // nothing chosen in advance: closing a case is final, so Enter alone must not pick an outcome
    combo.setPromptText(Messages.get("detail.outcome.prompt"));
    Label note = new Label(Messages.get(key + ".note"));
    note.setWrapText(true);
    note.getStyleClass().add("hint");
    choose.getDialogPane().setContent(new VBox(8, combo, note));
    choose.getDialogPane().setPrefWidth(460);
    choose.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    choose
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(combo.valueProperty().isNull());
    choose.setResultConverter(b -> b == ButtonType.OK ? combo.getValue() : null);
    choose.setOnShown(e -> combo.requestFocus());
    return choose.showAndWait();
  }

  /**
   * Asks the reviewer's comment on an approval or a send-back ({@code action}): the agent reads it
   * in the case's notes. Empty is allowed; Cancel (empty Optional) takes no action.
   */
  Optional<String> askReviewComment(com.privacydesk.domain.workflow.CaseAction action) {
    Dialog<String> ask = new Dialog<>();
    ask.initOwner(owner.get());
    ask.setTitle(Messages.get("detail.review.title." + action));
    ask.setHeaderText(Messages.get("detail.review.header." + action));
    javafx.scene.control.TextArea comment = new javafx.scene.control.TextArea();
    comment.setId("review-comment");
    comment.setPrefRowCount(4);
    comment.setPrefColumnCount(48);
    comment.setWrapText(true);
    comment.setAccessibleText(Messages.get("detail.review.comment"));
    Label label = new Label(Messages.get("detail.review.comment"));
    label.setLabelFor(comment);
    javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, label, comment);
    ask.getDialogPane().setContent(box);
    ButtonType go =
        new ButtonType(Messages.get("detail.review.go." + action), ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
    javafx.scene.Node goButton = ask.getDialogPane().lookupButton(go);
    goButton.setId("review-go");
    if (action == com.privacydesk.domain.workflow.CaseAction.SEND_BACK) {
      // the agent must learn what to rework: no send-back without a word
      goButton.disableProperty().bind(comment.textProperty().map(t -> t.isBlank()));
    }
    ask.setResultConverter(b -> b == go ? comment.getText() : null);
    // after the window has taken the focus (under a window manager the dialog's own default
    // button would keep it, and a space typed for the comment would press it)
    ask.setOnShown(e -> com.privacydesk.desktop.ui.common.FxThread.later(comment::requestFocus));
    return ask.showAndWait();
  }

  /** Asks for the corrected text of a note, starting from {@code before}; empty: cancelled. */
  java.util.Optional<String> askCorrection(String before) {
    Dialog<String> ask = new Dialog<>();
    ask.initOwner(owner.get());
    ask.setTitle(Messages.get("detail.note.correct.title"));
    ask.setHeaderText(Messages.get("detail.note.correct.header"));
    javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(before);
    text.setId("note-correction");
    text.setWrapText(true);
    text.setPrefRowCount(5);
    text.setAccessibleText(Messages.get("detail.note.correct.title"));
    ask.getDialogPane().setContent(text);
    ButtonType save =
        new ButtonType(
            Messages.get("detail.note.correct.save"),
            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
    javafx.scene.Node saveButton = ask.getDialogPane().lookupButton(save);
    saveButton.setId("note-correction-save");
    saveButton
        .disableProperty()
        .bind(text.textProperty().map(t -> t.isBlank() || t.strip().equals(before.strip())));
    ask.setResultConverter(b -> b == save ? text.getText() : null);
    ask.setOnShown(e -> com.privacydesk.desktop.ui.common.FxThread.later(text::requestFocus));
    return ask.showAndWait();
  }

  boolean confirm(String text) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, text);
    a.initOwner(owner.get());
    a.setHeaderText(null);
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /**
   * Asks why the personal data is needed and shows it in clear (audited); {@code then} runs once it
   * is shown. Cancel leaves it masked.
   */
  void askReveal(Runnable then) {
    Dialog<Boolean> ask = new Dialog<>();
    ask.initOwner(owner.get());
    ask.setTitle(Messages.get("detail.reveal.title"));
    ask.setHeaderText(Messages.get("detail.reveal.header"));
    TextField reason = new TextField();
    reason.setId("reveal-reason");
    reason.setPromptText(Messages.get("detail.reveal.prompt"));
    reason.setPrefColumnCount(36);
    Label reasonLabel = new Label(Messages.get("detail.reveal.reason"));
    reasonLabel.setLabelFor(reason);
    Label error = new Label();
    error.setId("reveal-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    grid.addRow(0, reasonLabel, reason);
    grid.add(error, 0, 1, 2, 1);
    ask.getDialogPane().setContent(grid);
    ask.getDialogPane().setPrefWidth(560);
    ButtonType show =
        new ButtonType(Messages.get("detail.reveal.show"), ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(show, ButtonType.CANCEL);
    Forms.submitWith(
        ask,
        show,
        vm.busyProperty(),
        finish -> vm.reveal(reason.getText(), () -> finish.accept(true), error::setText));
    ask.setOnShown(e -> reason.requestFocus());
    ask.showAndWait().filter(Boolean.TRUE::equals).ifPresent(b -> then.run());
  }

  void editContact() {
    if (!vm.isRevealed()) {
      // masked values are never offered for editing: show them in clear first (audited)
      askReveal(this::editContactForm);
    } else {
      editContactForm();
    }
  }

  private void editContactForm() {
    Dialog<Boolean> ask = new Dialog<>();
    ask.initOwner(owner.get());
    ask.setTitle(Messages.get("detail.edit.title"));
    ask.setHeaderText(Messages.get("detail.edit.header"));
    TextField account = new TextField(vm.fact("accountRef"));
    account.setId("edit-accountRef");
    TextField contact = new TextField(vm.fact("replyContact"));
    contact.setId("edit-replyContact");
    Label error = new Label();
    error.setId("edit-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    Label accountLabel = new Label(Messages.get("field.accountRef"));
    accountLabel.setLabelFor(account);
    Label contactLabel = new Label(Messages.get("field.replyContact"));
    contactLabel.setLabelFor(contact);
    grid.addRow(0, accountLabel, account);
    grid.addRow(1, contactLabel, contact);
    grid.add(error, 0, 2, 2, 1);
    Label hint = new Label(Messages.get("detail.edit.hint"));
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    grid.add(hint, 0, 3, 2, 1);
    ask.getDialogPane().setContent(grid);
    ask.getDialogPane().setPrefWidth(560);
    ButtonType save = new ButtonType(Messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
    Forms.submitWith(
        ask,
        save,
        vm.busyProperty(),
        finish ->
            vm.editContact(
                account.getText(), contact.getText(), () -> finish.accept(true), error::setText));
    ask.setOnShown(e -> account.requestFocus());
    ask.showAndWait();
  }

  void askLink() {
    Dialog<ButtonType> ask = new Dialog<>();
    ask.initOwner(owner.get());
    ask.setTitle(Messages.get("detail.link.title"));
    ask.setHeaderText(Messages.get("detail.link.header"));
    TextField number = new TextField();
    number.setId("link-case-number");
    number.setPromptText(Messages.get("detail.link.prompt"));
    ComboBox<String> kind = new ComboBox<>();
    kind.setId("link-kind");
    kind.getItems().setAll(WorkflowService.LINK_KINDS);
    kind.setConverter(Converters.text(k -> Messages.get("linkKind." + k)));
    kind.getSelectionModel().selectFirst();
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    Label numberLabel = new Label(Messages.get("detail.link.case"));
    numberLabel.setLabelFor(number);
    grid.addRow(0, numberLabel, number);
    grid.addRow(1, new Label(Messages.get("detail.link.kind")), kind);
    ask.getDialogPane().setContent(grid);
    ask.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = ask.getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty().bind(number.textProperty().map(t -> !t.strip().matches("\\d{1,18}")));
    ask.setOnShown(e -> number.requestFocus());
    ask.showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(b -> vm.link(Long.parseLong(number.getText().strip()), kind.getValue()));
  }
}
