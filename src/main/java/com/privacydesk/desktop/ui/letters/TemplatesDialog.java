package com.privacydesk.desktop.ui.letters;

import com.privacydesk.app.port.LetterRepository.StoredTemplate;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.letters.LetterTemplate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tools → Letter templates…: choose a letter, see its versions, edit the text with merge fields and
 * save it as the next version. Letters already written keep the version they used.
 */
public final class TemplatesDialog {
  private final TemplatesViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();

  public TemplatesDialog(Window owner, TemplatesViewModel vm, Supplier<ZoneId> zone) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("templates.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("templates.header"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    com.privacydesk.desktop.ui.common.Forms.guardUnsaved(
        dialog, vm::hasUnsavedChanges, vm::save, () -> {});
    dialog.getDialogPane().setPrefSize(900, 680);
    dialog.setResizable(true);
    build(zone);
  }

  private void build(Supplier<ZoneId> zone) {
    ChoiceBox<LetterKind> kind = new ChoiceBox<>();
    kind.setId("templateKind");
    kind.getItems().setAll(LetterKind.values());
    kind.setConverter(Converters.text(k -> Messages.get("letter.kind." + k)));
    kind.valueProperty().addListener((o, was, now) -> vm.load(now));
    Label kindLabel = new Label(Messages.get("templates.kind"));
    kindLabel.setMnemonicParsing(true);
    kindLabel.setLabelFor(kind);
    HBox top = new HBox(10, kindLabel, kind);
    top.setAlignment(Pos.BASELINE_LEFT);

    ListView<StoredTemplate> versions = new ListView<>(vm.versions());
    versions.setId("templateVersions");
    versions.setPrefWidth(220);
    versions.setCellFactory(
        lv ->
            new ListCell<>() {
              @Override
              protected void updateItem(StoredTemplate t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : TemplatesViewModel.describe(t, zone.get()));
              }
            });
    versions
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                vm.show(now);
              }
            });

    TextField subject = new TextField();
    subject.setId("templateSubject");
    subject.textProperty().bindBidirectional(vm.subjectProperty());
    TextArea body = new TextArea();
    body.setId("templateBody");
    body.setWrapText(true);
    body.getStyleClass().add("monospace");
    body.textProperty().bindBidirectional(vm.bodyProperty());
    VBox.setVgrow(body, Priority.ALWAYS);
    Label fields =
        new Label(
            Messages.get("templates.fields")
                + "\n"
                + LetterTemplate.FIELDS.entrySet().stream()
                    .map(e -> "{{" + e.getKey() + "}}  " + e.getValue())
                    .collect(Collectors.joining("\n")));
    fields.getStyleClass().add("hint");
    fields.setWrapText(true);
    VBox editor =
        new VBox(
            6,
            new Label(Messages.get("templates.subject")),
            subject,
            new Label(Messages.get("templates.body")),
            body,
            fields);
    HBox.setHgrow(editor, Priority.ALWAYS);
    HBox middle = new HBox(10, versions, editor);
    VBox.setVgrow(middle, Priority.ALWAYS);

    Button save = new Button(Messages.get("templates.save"));
    save.setId("templateSave");
    save.disableProperty().bind(vm.busyProperty().or(vm.kindProperty().isNull()));
    save.setOnAction(e -> vm.save());
    Label status = Forms.statusLine("templateStatus", vm.statusProperty());
    Label error = Forms.errorLine("templateError", vm.errorProperty());
    HBox bottom = new HBox(10, save, status);
    bottom.setAlignment(Pos.BASELINE_LEFT);

    VBox box = new VBox(8, top, middle, bottom, error);
    box.setPadding(new Insets(4, 0, 0, 0));
    box.setMinWidth(0);
    dialog.getDialogPane().setContent(box);
    kind.setValue(kind.getItems().getFirst());
  }

  /** Shows the dialog until closed. */
  public void showAndWait() {
    dialog.showAndWait();
  }
}
