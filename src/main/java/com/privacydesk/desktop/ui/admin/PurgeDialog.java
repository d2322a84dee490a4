package com.privacydesk.desktop.ui.admin;

import com.privacydesk.app.privacy.PurgePreview;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseType;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The retention purge from the window: what would go (per type, with the retention and cut-off that
 * decide it), a confirmed "Purge", then the certificate shown and saved.
 */
public final class PurgeDialog {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final PurgeViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();
  private final GridPane counts = new GridPane();
  private final TextArea certificate = new TextArea();

  public PurgeDialog(Window owner, PurgeViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("purge.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("purge.header"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    // Sized for the preview and the certificate up front: both arrive after the dialog is shown.
    dialog.getDialogPane().setPrefSize(740, 600);
    dialog.setResizable(true);
    build();
  }

  private void build() {
    counts.setId("purgeCounts");
    counts.getStyleClass().add("form-grid");
    certificate.setId("purgeCertificate");
    certificate.setEditable(false);
    certificate.getStyleClass().add("monospace");
    certificate.setPrefRowCount(22);
    certificate.setVisible(false);
    certificate.setManaged(false);
    VBox.setVgrow(certificate, Priority.ALWAYS);
    Button purge = new Button();
    purge.setId("purgeApply");
    purge
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    Messages.get(
                        "purge.apply",
                        vm.previewProperty().get() == null
                            ? 0
                            : vm.previewProperty().get().total()),
                vm.previewProperty()));
    purge
        .disableProperty()
        .bind(
            vm.busyProperty()
                .or(
                    Bindings.createBooleanBinding(
                        () ->
                            vm.previewProperty().get() == null
                                || vm.previewProperty().get().total() == 0,
                        vm.previewProperty())));
    purge.setOnAction(e -> confirmAndApply());
    Label status = new Label();
    status.setId("purgeStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    Label error = AccountsDialog.errorLabel("purgeError");
    error.setMaxWidth(680);
    error.textProperty().bind(vm.errorProperty());
    vm.previewProperty().addListener((o, was, now) -> render(now));
    vm.certificateProperty()
        .addListener(
            (o, was, now) -> {
              certificate.setText(now == null ? "" : now.text());
              certificate.setVisible(now != null);
              certificate.setManaged(now != null);
              counts.setVisible(now == null);
              counts.setManaged(now == null);
              fitToContent();
            });
    dialog.getDialogPane().setContent(new VBox(10, counts, purge, status, error, certificate));
  }

  private void render(PurgePreview p) {
    counts.getChildren().clear();
    if (p == null) {
      return;
    }
    int row = 0;
    counts.addRow(
        row++,
        header("purge.col.type"),
        header("purge.col.cases"),
        header("purge.col.retention"),
        header("purge.col.before"));
    for (CaseType t : CaseType.values()) {
      Label n = new Label(Long.toString(p.counts().get(t)));
      n.setId("purgeCount-" + t);
      counts.addRow(
          row++,
          new Label(Messages.get("type." + t)),
          n,
          new Label(Messages.get("purge.months", p.policy().monthsFor(t))),
          new Label(DAY.format(p.cutoffs().get(t).atZone(p.zone()))));
    }
    Label total = new Label(Long.toString(p.total()));
    total.setId("purgeTotal");
    counts.addRow(row++, header("purge.total"), total);
    Label range =
        new Label(
            p.closedFrom() == null
                ? Messages.get("purge.range.none")
                : Messages.get(
                    "purge.range",
                    DAY.format(p.closedFrom().atZone(p.zone())),
                    DAY.format(p.closedTo().atZone(p.zone()))));
    range.setWrapText(true);
    counts.add(range, 0, row++, 4, 1);
    Label kept = new Label(Messages.get("purge.kept"));
    kept.getStyleClass().add("hint");
    kept.setWrapText(true);
    kept.setMaxWidth(680);
    counts.add(kept, 0, row, 4, 1);
    // a label is never cut to "determinatio…": the dialog grows instead
    counts.getChildren().stream()
        .filter(n -> n instanceof Label l && !l.isWrapText())
        .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    fitToContent();
  }

  /** The preview and the certificate arrive after the dialog is shown: grow it to show them. */
  private void fitToContent() {
    Forms.growToContent(dialog.getDialogPane());
  }

  private static Label header(String key) {
    Label l = new Label(Messages.get(key));
    l.getStyleClass().add("grid-header");
    return l;
  }

  private void confirmAndApply() {
    long n = vm.previewProperty().get().total();
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("purge.confirm", n));
    confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
    confirm.setHeaderText(Messages.get("purge.confirmHeader", n));
    // a purge cannot be undone: Enter means Cancel, the purge needs the button itself
    ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK))
        .setDefaultButton(false);
    ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL))
        .setDefaultButton(true);
    confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.apply());
  }

  /** Computes the preview and shows the dialog until closed. */
  public Optional<Void> showAndWait() {
    vm.loadPreview();
    return dialog.showAndWait();
  }
}
