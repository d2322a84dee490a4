package com.privacydesk.desktop.ui.letters;

import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.letters.DisclosureCategory;
import com.privacydesk.domain.letters.DisclosureRegister;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/**
 * Tools → Disclosure register…: for a calendar year, the categories of personal information
 * disclosed to third parties for their direct marketing and those third parties, or "no
 * disclosures". The CA answer letters of the following year are built from it.
 */
public final class RegisterDialog {
  private final RegisterViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();
  private final CheckListView<DisclosureCategory> categories = new CheckListView<>();
  private final TableView<DisclosureRegister.Recipient> recipients = new TableView<>();
  private final TextField name = new TextField();
  private final TextField address = new TextField();
  private final TextField products = new TextField();
  private boolean syncing;

  public RegisterDialog(Window owner, RegisterViewModel vm, int currentYear) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("register.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("register.header"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setPrefSize(860, 680);
    dialog.setResizable(true);
    dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("registerClose");
    build(currentYear);
    // a third party typed but not added yet counts as a change too
    Forms.guardUnsaved(
        dialog,
        () ->
            vm.hasUnsavedChanges()
                || !name.getText().isBlank()
                || !address.getText().isBlank()
                || !products.getText().isBlank(),
        vm::save,
        () -> {
          vm.discard();
          name.clear();
          address.clear();
          products.clear();
        });
  }

  private void build(int currentYear) {
    Spinner<Integer> year =
        new Spinner<>(DisclosureRegister.FIRST_YEAR, currentYear, currentYear - 1);
    year.setId("registerYear");
    year.setEditable(true);
    year.valueProperty().addListener((o, was, now) -> vm.load(now));
    Label yearLabel = new Label(Messages.get("register.year"));
    yearLabel.setMnemonicParsing(true);
    yearLabel.setLabelFor(year);
    CheckBox none = new CheckBox(Messages.get("register.none"));
    none.setId("registerNone");
    none.selectedProperty().bindBidirectional(vm.noneProperty());
    HBox top = new HBox(12, yearLabel, year, none);
    top.setAlignment(Pos.BASELINE_LEFT);

    categories.setId("registerCategories");
    categories.getItems().setAll(DisclosureCategory.values());
    categories.setCellFactory(
        lv ->
            new javafx.scene.control.cell.CheckBoxListCell<>(
                categories::getItemBooleanProperty,
                com.privacydesk.desktop.ui.common.Converters.text(
                    DisclosureCategory::statutoryText)));
    categories.setPrefHeight(230);
    categories.disableProperty().bind(vm.noneProperty());
    categories
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (javafx.collections.ListChangeListener<DisclosureCategory>)
                c -> {
                  if (!syncing) {
                    vm.categories().retainAll(categories.getCheckModel().getCheckedItems());
                    vm.categories().addAll(categories.getCheckModel().getCheckedItems());
                  }
                });
    vm.categories().addListener((SetChangeListener<DisclosureCategory>) c -> syncChecks());

    recipients.setId("registerRecipients");
    recipients.setItems(vm.recipients());
    recipients.setPlaceholder(new Label(Messages.get("register.noRecipients")));
    recipients
        .getColumns()
        .add(column("register.col.name", DisclosureRegister.Recipient::name, 220));
    recipients
        .getColumns()
        .add(column("register.col.address", DisclosureRegister.Recipient::address, 330));
    recipients
        .getColumns()
        .add(
            column(
                "register.col.exampleProducts",
                r -> r.exampleProducts() == null ? "" : r.exampleProducts(),
                200));
    recipients.setPrefHeight(150);
    recipients.disableProperty().bind(vm.noneProperty());
    recipients
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                name.setText(now.name());
                address.setText(now.address());
                products.setText(now.exampleProducts() == null ? "" : now.exampleProducts());
              }
            });
    VBox.setVgrow(recipients, Priority.ALWAYS);

    name.setId("recipientName");
    address.setId("recipientAddress");
    products.setId("recipientProducts");
    name.setPromptText(Messages.get("register.col.name"));
    address.setPromptText(Messages.get("register.col.address"));
    products.setPromptText(Messages.get("register.col.exampleProducts"));
    HBox.setHgrow(address, Priority.ALWAYS);
    Button add = new Button(Messages.get("register.add"));
    add.setId("recipientAdd");
    add.disableProperty().bind(vm.noneProperty().or(name.textProperty().isEmpty()));
    add.setOnAction(e -> addOrReplace(false));
    Button replace = new Button(Messages.get("register.replace"));
    replace.setId("recipientReplace");
    replace
        .disableProperty()
        .bind(vm.noneProperty().or(recipients.getSelectionModel().selectedItemProperty().isNull()));
    replace.setOnAction(e -> addOrReplace(true));
    Button remove = new Button(Messages.get("register.remove"));
    remove.setId("recipientRemove");
    remove
        .disableProperty()
        .bind(vm.noneProperty().or(recipients.getSelectionModel().selectedItemProperty().isNull()));
    remove.setOnAction(
        e -> vm.recipients().remove(recipients.getSelectionModel().getSelectedIndex()));
    name.setPrefColumnCount(16);
    products.setPrefColumnCount(14);
    HBox form = new HBox(8, name, address, products);
    HBox formButtons = new HBox(8, add, replace, remove);

    Button save = new Button(Messages.get("register.save"));
    save.setId("registerSave");
    save.setDefaultButton(true);
    save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
    save.setOnAction(e -> vm.save());
    Label status = Forms.statusLine("registerStatus", vm.statusProperty());
    Label error = Forms.errorLine("registerError", vm.errorProperty());

    VBox box =
        new VBox(
            8,
            top,
            new Label(Messages.get("register.categories")),
            categories,
            new Label(Messages.get("register.recipients")),
            recipients,
            form,
            formButtons,
            new HBox(10, save, status),
            error);
    box.setPadding(new Insets(4, 0, 0, 0));
    box.setMinWidth(0);
    dialog.getDialogPane().setContent(box);
    vm.load(currentYear - 1);
  }

  private void syncChecks() {
    syncing = true;
    try {
      for (DisclosureCategory c : DisclosureCategory.values()) {
        if (vm.categories().contains(c)) {
          categories.getCheckModel().check(c);
        } else {
          categories.getCheckModel().clearCheck(c);
        }
      }
    } finally {
      syncing = false;
    }
  }

  private void addOrReplace(boolean replace) {
    var r =
        new DisclosureRegister.Recipient(
            name.getText().strip(), address.getText().strip(), products.getText().strip());
    int at = recipients.getSelectionModel().getSelectedIndex();
    if (replace && at >= 0) {
      vm.recipients().set(at, r);
    } else {
      vm.recipients().add(r);
    }
    name.clear();
    address.clear();
    products.clear();
    recipients.getSelectionModel().clearSelection();
    name.requestFocus();
  }

  private static TableColumn<DisclosureRegister.Recipient, String> column(
      String key, Function<DisclosureRegister.Recipient, String> value, double width) {
    TableColumn<DisclosureRegister.Recipient, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** Shows the dialog until closed. */
  public void showAndWait() {
    dialog.showAndWait();
  }
}
