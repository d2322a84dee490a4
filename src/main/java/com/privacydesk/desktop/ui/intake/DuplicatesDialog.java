package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows the stored cases a new request may duplicate and lets the agent choose: record the repeat
 * on the selected case, create the new case linked to it as a duplicate, create it anyway, or go
 * back to the form.
 */
final class DuplicatesDialog {
  private DuplicatesDialog() {}

  /** Asks; empty when the agent goes back to the form. */
  static Optional<IntakeSaver.Decision> ask(Window owner, List<DuplicateRules.Match> matches) {
    Dialog<IntakeSaver.Decision> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("duplicates.title"));
    dialog.setHeaderText(Messages.get("duplicates.header", matches.size()));
    ListView<DuplicateRules.Match> list = new ListView<>();
    list.setId("duplicates-list");
    list.getItems().setAll(matches);
    list.setPrefHeight(Math.min(5, matches.size()) * 48 + 12);
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(DuplicateRules.Match m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : describe(m));
                setWrapText(true);
                setPrefWidth(0);
              }
            });
    list.getSelectionModel().selectFirst();
    ButtonType record = new ButtonType(Messages.get("duplicates.record"), ButtonData.OTHER);
    ButtonType link = new ButtonType(Messages.get("duplicates.link"), ButtonData.OK_DONE);
    ButtonType anyway = new ButtonType(Messages.get("duplicates.anyway"), ButtonData.OTHER);
    ButtonType back = new ButtonType(Messages.get("duplicates.back"), ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(record, link, anyway, back);
    Node recordButton = dialog.getDialogPane().lookupButton(record);
    recordButton.setId("duplicates-record");
    dialog.getDialogPane().lookupButton(link).setId("duplicates-link");
    dialog.getDialogPane().lookupButton(anyway).setId("duplicates-anyway");
    Label hint = new Label(Messages.get("duplicates.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("hint");
    dialog.getDialogPane().setContent(new VBox(8, list, hint));
    dialog.getDialogPane().setPrefWidth(900);
    dialog.setResultConverter(
        b -> {
          DuplicateRules.Match selected = list.getSelectionModel().getSelectedItem();
          long id =
              selected == null
                  ? matches.getFirst().candidate().caseId()
                  : selected.candidate().caseId();
          if (b == record) {
            return IntakeSaver.Decision.recordOn(id);
          }
          if (b == link) {
            return IntakeSaver.Decision.create(Duplicates.linkTo(id));
          }
          if (b == anyway) {
            return IntakeSaver.Decision.create(Duplicates.ignore());
          }
          return null;
        });
    dialog.setOnShown(e -> list.requestFocus());
    return dialog.showAndWait();
  }

  /** "Case #12 · CA disclosure · In progress · received 2026-03-02 — same customer, same year". */
  static String describe(DuplicateRules.Match m) {
    DuplicateRules.Candidate c = m.candidate();
    String state = Messages.get("status." + c.status());
    if (c.outcome() != null) {
      state = Messages.get("detail.withOutcome", state, Messages.value(c.outcome()));
    }
    return Messages.get(
        "duplicates.line",
        c.caseId(),
        Messages.get("type." + c.type()),
        state,
        c.received().toString(),
        Messages.get("duplicates.reason." + m.reason()));
  }
}
