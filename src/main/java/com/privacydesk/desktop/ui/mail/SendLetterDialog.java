package com.privacydesk.desktop.ui.mail;

import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.mail.MailboxSettings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Send letter by email: choose the mailbox, check the recipient and exactly what goes, send. */
public final class SendLetterDialog {
  private final Dialog<Void> dialog = new Dialog<>();

  public SendLetterDialog(Window owner, SendLetterViewModel vm) {
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("send.title"));
    dialog.setResizable(true);
    ButtonType sendType = new ButtonType(Messages.get("send.send"), ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(sendType, ButtonType.CLOSE);

    ChoiceBox<MailboxSettings> from = new ChoiceBox<>(vm.senders());
    from.setId("sendFrom");
    from.valueProperty().bindBidirectional(vm.senderProperty());
    from.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(MailboxSettings m) {
            return m == null ? "" : m.name() + " <" + m.senderAddress() + ">";
          }

          @Override
          public MailboxSettings fromString(String s) {
            return null;
          }
        });
    TextField to = new TextField();
    to.setId("sendTo");
    to.textProperty().bindBidirectional(vm.toProperty());
    // the contact of record; only an account-change notice's address is typed
    to.setEditable(false);
    Label toLabel = new Label(Messages.get("send.to"));
    vm.previewProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null && p.addressOfRecordOnly()) {
                toLabel.setText(Messages.get("send.ofRecord"));
                toLabel.setWrapText(true);
                to.setEditable(true);
                to.requestFocus();
              }
            });
    TextArea preview = new TextArea();
    preview.setId("sendPreview");
    preview.setEditable(false);
    preview.setWrapText(true);
    preview.setPrefRowCount(16);
    Runnable showPreview = () -> preview.setText(vm.previewText());
    vm.previewProperty().addListener((o, a, p) -> showPreview.run());
    vm.toProperty().addListener((o, a, t) -> showPreview.run());
    Label status = new Label();
    status.setId("sendStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());

    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(6);
    g.addRow(0, new Label(Messages.get("send.mailbox")), from);
    g.addRow(1, toLabel, to);
    GridPane.setHgrow(to, Priority.ALWAYS);
    VBox.setVgrow(preview, Priority.ALWAYS);
    VBox content = new VBox(8, g, new Label(Messages.get("send.preview")), preview, status);
    content.setPadding(new Insets(8));
    content.setPrefSize(720, 560);
    dialog.getDialogPane().setContent(content);

    Button send = (Button) dialog.getDialogPane().lookupButton(sendType);
    send.setId("sendButton");
    send.disableProperty()
        .bind(vm.busyProperty().or(vm.doneProperty()).or(vm.senderProperty().isNull()));
    // the dialog stays open: the agent sees whether the server took it
    send.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          vm.send();
          e.consume();
        });
    vm.load();
  }

  public void showAndWait() {
    dialog.showAndWait();
  }
}
