package com.privacydesk.desktop.ui.admin;

import com.privacydesk.app.auth.UserService.Account;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Forms;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.user.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tools → Accounts… (administrators): the accounts with role and state; add, change role, disable
 * or re-enable, reset a password, lift a lock-out. Every button works on the selected row; the
 * service refuses what may not be done (one's own account, the last administrator) with a message.
 */
public final class AccountsDialog {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final AccountsViewModel vm;
  private final Supplier<ZoneId> zone;
  private final Dialog<Void> dialog = new Dialog<>();
  private final TableView<Account> table = new TableView<>();

  public AccountsDialog(Window owner, AccountsViewModel vm, Supplier<ZoneId> zone) {
    this.vm = vm;
    this.zone = zone;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("accounts.title"));
    dialog.getDialogPane().setHeaderText(Messages.get("accounts.header"));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setPrefSize(760, 520);
    dialog.setResizable(true);
    build();
  }

  private void build() {
    table.setId("accountsTable");
    table.setItems(vm.accounts());
    table.getColumns().add(column("accounts.col.user", Account::username, 160));
    table.getColumns().add(column("accounts.col.role", a -> Messages.get("role." + a.role()), 130));
    table.getColumns().add(column("accounts.col.state", this::state, 240));
    table
        .getColumns()
        .add(column("accounts.col.created", a -> AT.format(a.created().atZone(zone.get())), 140));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(Messages.get("accounts.none")));
    vm.selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (!java.util.Objects.equals(now, table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
              }
            });
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> vm.selectedProperty().set(now));
    VBox.setVgrow(table, Priority.ALWAYS);

    Button add = button("accountAdd", "accounts.add");
    add.setOnAction(e -> addUser());
    Button role = button("accountRole", "accounts.role");
    role.setOnAction(e -> chooseRole());
    Button toggle = button("accountToggle", "accounts.disable");
    toggle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    Messages.get(
                        vm.selectedProperty().get() != null
                                && !vm.selectedProperty().get().enabled()
                            ? "accounts.enable"
                            : "accounts.disable"),
                vm.selectedProperty()));
    toggle.setOnAction(e -> vm.setEnabled(!vm.selectedProperty().get().enabled()));
    Button reset = button("accountReset", "accounts.reset");
    reset.setOnAction(e -> resetPassword());
    Button unlock = button("accountUnlock", "accounts.unlock");
    unlock.setOnAction(e -> vm.unlock());

    BooleanBinding none = vm.selectedProperty().isNull().or(vm.busyProperty());
    add.disableProperty().bind(vm.busyProperty());
    role.disableProperty().bind(none);
    toggle.disableProperty().bind(none);
    reset.disableProperty().bind(none);
    unlock
        .disableProperty()
        .bind(
            none.or(
                Bindings.createBooleanBinding(
                    () ->
                        vm.selectedProperty().get() == null
                            || vm.selectedProperty().get().failedSignIns() == 0,
                    vm.selectedProperty())));
    HBox buttons = new HBox(8, add, role, toggle, reset, unlock);

    Label message = new Label();
    message.setId("accountsMessage");
    message.textProperty().bind(vm.messageProperty());
    message.setWrapText(true);
    Label error = new Label();
    error.setId("accountsError");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.textProperty().bind(vm.errorProperty());
    dialog.getDialogPane().setContent(new VBox(8, table, buttons, message, error));
    dialog.setOnShown(e -> table.requestFocus());
  }

  private String state(Account a) {
    if (!a.enabled()) {
      return Messages.get("accounts.state.disabled");
    }
    if (a.failedSignIns() > 0) {
      return Messages.get("accounts.state.failures", a.failedSignIns());
    }
    return Messages.get("accounts.state.active");
  }

  private static Button button(String id, String key) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    return b;
  }

  private static TableColumn<Account, String> column(
      String key, Function<Account, String> value, double width) {
    TableColumn<Account, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private void chooseRole() {
    Account a = vm.selectedProperty().get();
    ChoiceDialog<Role> ask = new ChoiceDialog<>(a.role(), Role.values());
    ask.initOwner(dialog.getDialogPane().getScene().getWindow());
    ask.setTitle(Messages.get("accounts.role.title"));
    ask.setHeaderText(Messages.get("accounts.role.header", a.username()));
    ask.setContentText(Messages.get("accounts.col.role"));
    ask.showAndWait().filter(r -> r != a.role()).ifPresent(vm::changeRole);
  }

  private void addUser() {
    Dialog<Boolean> ask = new Dialog<>();
    ask.initOwner(dialog.getDialogPane().getScene().getWindow());
    ask.setTitle(Messages.get("accounts.add.title"));
    ask.setHeaderText(Messages.get("accounts.add.header"));
    TextField name = new TextField();
    name.setId("newUserName");
    ComboBox<Role> role = new ComboBox<>();
    role.setId("newUserRole");
    role.getItems().setAll(Role.values());
    role.setConverter(Converters.text(r -> Messages.get("role." + r)));
    role.setValue(Role.AGENT);
    PasswordField password = new PasswordField();
    password.setId("newUserPassword");
    PasswordField repeat = new PasswordField();
    repeat.setId("newUserRepeat");
    Label error = errorLabel("newUserError");
    GridPane grid =
        grid(
            error,
            row("accounts.add.name", name),
            row("accounts.col.role", role),
            row("accounts.add.password", password),
            row("accounts.add.repeat", repeat));
    ask.getDialogPane().setContent(grid);
    ButtonType create =
        new ButtonType(Messages.get("accounts.add.create"), ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
    Forms.submitWith(
        ask,
        create,
        vm.busyProperty(),
        finish ->
            vm.add(
                name.getText(),
                role.getValue(),
                password.getText().toCharArray(),
                repeat.getText().toCharArray(),
                () -> finish.accept(true),
                error::setText));
    ask.setOnShown(e -> name.requestFocus());
    ask.showAndWait();
  }

  private void resetPassword() {
    Account a = vm.selectedProperty().get();
    Dialog<Boolean> ask = new Dialog<>();
    ask.initOwner(dialog.getDialogPane().getScene().getWindow());
    ask.setTitle(Messages.get("accounts.reset.title"));
    ask.setHeaderText(Messages.get("accounts.reset.header", a.username()));
    PasswordField password = new PasswordField();
    password.setId("resetPassword");
    PasswordField repeat = new PasswordField();
    repeat.setId("resetRepeat");
    Label error = errorLabel("resetError");
    ask.getDialogPane()
        .setContent(
            grid(
                error, row("accounts.add.password", password), row("accounts.add.repeat", repeat)));
    ButtonType set =
        new ButtonType(Messages.get("accounts.reset.set"), ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(set, ButtonType.CANCEL);
    Forms.submitWith(
        ask,
        set,
        vm.busyProperty(),
        finish ->
            vm.resetPassword(
                password.getText().toCharArray(),
                repeat.getText().toCharArray(),
                () -> finish.accept(true),
                error::setText));
    ask.setOnShown(e -> password.requestFocus());
    ask.showAndWait();
  }

  /** A labelled form row. */
  record Row(String labelKey, javafx.scene.control.Control control) {}

  static Row row(String labelKey, javafx.scene.control.Control control) {
    return new Row(labelKey, control);
  }

  static Label errorLabel(String id) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.setMaxWidth(420);
    return error;
  }

  /** The rows, then the error line under them. */
  static GridPane grid(Label error, Row... rows) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    int i = 0;
    for (Row r : rows) {
      Label label = new Label(Messages.get(r.labelKey()));
      label.setLabelFor(r.control());
      grid.addRow(i++, label, r.control());
    }
    grid.add(error, 0, i, 2, 1);
    return grid;
  }

  /** Loads the accounts and shows the dialog until closed. */
  public Optional<Void> showAndWait() {
    vm.load();
    return dialog.showAndWait();
  }
}
