package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.port.LetterRepository.StoredLetter;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.letters.LetterKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Letters tab of the case dialog: write, open, draft, and record the sending of letters. */
final class LettersPane {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final LettersViewModel vm;
  private final IntSupplier caseVersion;
  private final Supplier<LocalDate> today;
  private final ChoiceBox<LetterKind> kind = new ChoiceBox<>();
  private final TableView<StoredLetter> table =
      new TableView<>(javafx.collections.FXCollections.observableArrayList());
  private final VBox root;

  LettersPane(
      LettersViewModel vm,
      IntSupplier caseVersion,
      Supplier<LocalDate> today,
      Supplier<ZoneId> zone) {
    this.vm = vm;
    this.caseVersion = caseVersion;
    this.today = today;
    kind.setId("letterKind");
    kind.setConverter(
        com.privacydesk.desktop.ui.common.Converters.text(k -> Messages.get("letter.kind." + k)));
    Button write = new Button(Messages.get("letters.write"));
    write.setId("letterWrite");
    write.disableProperty().bind(vm.busyProperty().or(kind.valueProperty().isNull()));
    write.setOnAction(e -> vm.generate(kind.getValue()));
    Label kindLabel = new Label(Messages.get("letters.kind"));
    kindLabel.setMnemonicParsing(true);
    kindLabel.setLabelFor(kind);
    HBox top = new HBox(8, kindLabel, kind, write);
    top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

    table.setId("lettersTable");
    table.setItems(vm.rows());
    table.setPlaceholder(new Label(Messages.get("letters.none")));
    table.getColumns().add(column("letters.col.number", l -> "#" + l.id(), 60));
    table
        .getColumns()
        .add(column("letters.col.kind", l -> Messages.get("letter.kind." + l.kind()), 220));
    table.getColumns().add(column("letters.col.template", l -> "v" + l.templateVersion(), 70));
    table
        .getColumns()
        .add(
            column(
                "letters.col.register",
                l -> l.registerYear() == null ? "" : l.registerYear().toString(),
                80));
    table
        .getColumns()
        .add(
            column(
                "letters.col.written",
                l -> AT.format(l.generatedAt().atZone(zone.get())) + " · " + l.generatedBy(),
                170));
    table
        .getColumns()
        .add(
            column(
                "letters.col.sent",
                l ->
                    l.sentOn() == null
                        ? Messages.get("letters.notSent")
                        : l.sentOn() + " · " + Messages.get("letter.method." + l.sentMethod()),
                160));
    for (int i : new int[] {0, 2, 3}) {
      table.getColumns().get(i).setMaxWidth(100);
      table.getColumns().get(i).setMinWidth(i == 0 ? 60 : 85);
    }
    table.getColumns().get(1).setMinWidth(200);
    table.getColumns().get(4).setMinWidth(170);
    table.getColumns().get(4).setMaxWidth(230);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(table, Priority.ALWAYS);

    var none = table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty());
    Button openPdf = new Button(Messages.get("letters.openPdf"));
    openPdf.setId("letterOpen");
    openPdf.disableProperty().bind(none);
    openPdf.setOnAction(e -> vm.openPdf(selected()));
    Button draft = new Button(Messages.get("letters.draftButton"));
    draft.setId("letterDraft");
    draft.disableProperty().bind(none);
    draft.setOnAction(e -> vm.openDraft(selected()));
    Button sent = new Button(Messages.get("letters.recordSent"));
    sent.setId("letterSent");
    sent.disableProperty().bind(none);
    sent.setOnAction(e -> recordSending(selected()));
    Button email = new Button(Messages.get("letters.sendEmail"));
    email.setId("letterEmail");
    email.disableProperty().bind(none);
    email.setVisible(vm.canEmail());
    email.setManaged(vm.canEmail());
    email.setOnAction(
        e ->
            new com.privacydesk.desktop.ui.mail.SendLetterDialog(
                    email.getScene().getWindow(), vm.sender(selected().id()))
                .showAndWait());
    HBox actions = new HBox(8, openPdf, email, draft, sent);

    Label status = Forms.statusLine("lettersStatus", vm.statusProperty());
    Label error = Forms.errorLine("lettersError", vm.errorProperty());
    Label hint = new Label(Messages.get("letters.hint"));
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    root = new VBox(8, top, hint, table, actions, status, error);
    root.setPadding(new Insets(8));
  }

  Node root() {
    return root;
  }

  /** Called when the case (re)loads: the kinds for its type, its letters. */
  void show(long caseId, com.privacydesk.domain.CaseType type) {
    vm.load(caseId, type);
    if (!kind.getItems().equals(vm.kinds())) {
      kind.getItems().setAll(vm.kinds());
      kind.setValue(vm.kinds().isEmpty() ? null : vm.kinds().getFirst());
    }
  }

  private StoredLetter selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private void recordSending(StoredLetter letter) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(root.getScene().getWindow());
    d.setTitle(Messages.get("letters.sent.title"));
    d.setHeaderText(
        Messages.get(
            "letters.sent.header", Messages.get("letter.kind." + letter.kind()), letter.id()));
    DatePicker on =
        com.privacydesk.desktop.ui.common.Converters.isoDates(new DatePicker(today.get()));
    on.setId("letterSentOn");
    ChoiceBox<LetterKind.Method> how = new ChoiceBox<>();
    how.setId("letterSentMethod");
    how.getItems().setAll(vm.methods(letter));
    how.setValue(how.getItems().getFirst());
    how.setConverter(
        com.privacydesk.desktop.ui.common.Converters.text(m -> Messages.get("letter.method." + m)));
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, new Label(Messages.get("letters.sent.on")), on);
    form.addRow(1, new Label(Messages.get("letters.sent.how")), how);
    if (letter.kind().sentItem() != null) {
      Label note =
          new Label(
              Messages.get(
                  "letters.sent.ticks", Messages.checklistItem(letter.kind().sentItem().name())));
      note.getStyleClass().add("hint");
      note.setWrapText(true);
      note.setMaxWidth(420);
      form.add(note, 0, 2, 2, 1);
    }
    d.getDialogPane().setContent(form);
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    d.showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(
            b -> {
              com.privacydesk.desktop.ui.common.Forms.commitTypedDate(on);
              vm.markSent(letter, caseVersion.getAsInt(), on.getValue(), how.getValue());
            });
  }

  private static <T> TableColumn<T, String> column(
      String key, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
