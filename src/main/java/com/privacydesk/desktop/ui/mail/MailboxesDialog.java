package com.privacydesk.desktop.ui.mail;

import com.privacydesk.app.MailSettings;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.Security;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Tools → Mailboxes and mail rules: each mailbox's IMAP and SMTP settings and this workstation's
 * password for it (never shown again), a connection test, and the fetch interval, size limit, keep
 * days and the keyword rules.
 */
public final class MailboxesDialog {
  private final MailboxesViewModel vm;
  private final Dialog<Void> dialog = new Dialog<>();
  private final ListView<MailboxSettings> list = new ListView<>();
  private final TextField name = new TextField();
  private final TextField imapHost = new TextField();
  private final TextField imapPort = new TextField("993");
  private final ChoiceBox<Security> imapSecurity = security(Security.TLS);
  private final TextField folder = new TextField("INBOX");
  private final TextField account = new TextField();
  private final PasswordField password = new PasswordField();
  private final CheckBox designated = new CheckBox(Messages.get("mailboxes.designated"));
  private final CheckBox enabled = new CheckBox(Messages.get("mailboxes.enabled"));
  private final TextField smtpHost = new TextField();
  private final TextField smtpPort = new TextField("465");
  private final ChoiceBox<Security> smtpSecurity = security(Security.TLS);
  private final TextField sender = new TextField();
  private final TextField senderName = new TextField();
  private final TextField minutes = new TextField();
  private final TextField maxMb = new TextField();
  private final TextField keepDays = new TextField();
  private final TextArea rules = new TextArea();
  private long editing;

  public MailboxesDialog(Window owner, MailboxesViewModel vm) {
    this.vm = vm;
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("mailboxes.title"));
    dialog.setResizable(true);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    TabPane tabs =
        new TabPane(
            new Tab(Messages.get("mailboxes.tab.mailboxes"), mailboxesPane()),
            new Tab(Messages.get("mailboxes.tab.settings"), settingsPane()));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Label status = new Label();
    status.setId("mailboxesStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    VBox content = new VBox(8, tabs, status);
    content.setPrefSize(860, 620);
    dialog.getDialogPane().setContent(content);
    vm.settingsProperty().addListener((o, a, s) -> showSettings(s));
    vm.load();
    clear();
  }

  private static ChoiceBox<Security> security(Security initial) {
    ChoiceBox<Security> box = new ChoiceBox<>();
    box.getItems().setAll(Security.values());
    box.setValue(initial);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Security s) {
            return s == null ? "" : Messages.value(s);
          }

          @Override
          public Security fromString(String s) {
            return null;
          }
        });
    return box;
  }

  private BorderPane mailboxesPane() {
    list.setId("mailboxList");
    list.setItems(vm.mailboxes());
    list.setPrefWidth(200);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(MailboxSettings m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
              }
            });
    list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> edit(m));
    Button add = new Button(Messages.get("mailboxes.new"));
    add.setOnAction(e -> clear());
    VBox left = new VBox(6, list, add);
    VBox.setVgrow(list, Priority.ALWAYS);

    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(6);
    g.setPadding(new Insets(0, 0, 0, 12));
    int row = 0;
    name.setId("mailboxName");
    imapHost.setId("mailboxImapHost");
    password.setId("mailboxPassword");
    g.addRow(row++, new Label(Messages.get("mailboxes.name")), name);
    g.addRow(
        row++,
        new Label(Messages.get("mailboxes.imapHost")),
        new HBox(6, imapHost, new Label(Messages.get("mailboxes.imapPort")), imapPort));
    g.addRow(row++, new Label(Messages.get("mailboxes.imapSecurity")), imapSecurity);
    g.addRow(row++, new Label(Messages.get("mailboxes.folder")), folder);
    g.addRow(row++, new Label(Messages.get("mailboxes.account")), account);
    g.addRow(row++, new Label(Messages.get("mailboxes.password")), password);
    g.add(designated, 1, row++);
    g.add(enabled, 1, row++);
    g.addRow(
        row++,
        new Label(Messages.get("mailboxes.smtpHost")),
        new HBox(6, smtpHost, new Label(Messages.get("mailboxes.smtpPort")), smtpPort));
    g.addRow(row++, new Label(Messages.get("mailboxes.smtpSecurity")), smtpSecurity);
    g.addRow(row++, new Label(Messages.get("mailboxes.sender")), sender);
    g.addRow(row++, new Label(Messages.get("mailboxes.senderName")), senderName);
    imapPort.setPrefColumnCount(5);
    smtpPort.setPrefColumnCount(5);
    HBox.setHgrow(imapHost, Priority.ALWAYS);
    HBox.setHgrow(smtpHost, Priority.ALWAYS);
    designated.setWrapText(true);
    smtpHost.setPromptText(Messages.get("mailboxes.smtpHint"));
    Button test = new Button(Messages.get("mailboxes.test"));
    test.setId("mailboxTest");
    test.setOnAction(e -> read().ifPresent(m -> vm.test(m, typedPassword())));
    Button save = new Button(Messages.get("mailboxes.save"));
    save.setId("mailboxSave");
    save.setDefaultButton(true);
    save.setOnAction(
        e ->
            read()
                .ifPresent(
                    m ->
                        vm.save(
                            m,
                            typedPassword(),
                            id -> {
                              editing = id;
                              password.clear();
                              password.setPromptText(Messages.get("mailboxes.passwordKept"));
                            })));
    test.disableProperty().bind(vm.busyProperty());
    save.disableProperty().bind(vm.busyProperty());
    g.add(new HBox(8, test, save), 1, row);
    BorderPane pane = new BorderPane(g);
    pane.setLeft(left);
    pane.setPadding(new Insets(8));
    return pane;
  }

  private String typedPassword() {
    return password.getText().isEmpty() ? null : password.getText();
  }

  private java.util.Optional<MailboxSettings> read() {
    try {
      int ip = Integer.parseInt(imapPort.getText().strip());
      String smtp = smtpHost.getText().strip();
      int sp = smtp.isEmpty() ? 0 : Integer.parseInt(smtpPort.getText().strip());
      return java.util.Optional.of(
          new MailboxSettings(
              editing,
              name.getText(),
              imapHost.getText(),
              ip,
              imapSecurity.getValue(),
              folder.getText(),
              account.getText(),
              designated.isSelected(),
              smtp.isEmpty() ? null : smtp,
              sp,
              smtpSecurity.getValue(),
              sender.getText().isBlank() ? null : sender.getText(),
              senderName.getText().isBlank() ? null : senderName.getText(),
              enabled.isSelected()));
    } catch (NumberFormatException e) {
      vm.statusProperty().set(Messages.get("error.mailbox.port"));
      return java.util.Optional.empty();
    }
  }

  private void clear() {
    list.getSelectionModel().clearSelection();
    editing = 0;
    name.clear();
    imapHost.clear();
    imapPort.setText("993");
    imapSecurity.setValue(Security.TLS);
    folder.setText("INBOX");
    account.clear();
    password.clear();
    password.setPromptText(Messages.get("mailboxes.passwordNone"));
    designated.setSelected(true);
    enabled.setSelected(true);
    smtpHost.clear();
    smtpPort.setText("465");
    smtpSecurity.setValue(Security.TLS);
    sender.clear();
    senderName.clear();
    name.requestFocus();
  }

  private void edit(MailboxSettings m) {
    if (m == null) {
      return;
    }
    editing = m.id();
    name.setText(m.name());
    imapHost.setText(m.imapHost());
    imapPort.setText(Integer.toString(m.imapPort()));
    imapSecurity.setValue(m.imapSecurity());
    folder.setText(m.folder());
    account.setText(m.account());
    password.clear();
    password.setPromptText("");
    vm.hasPassword(
        m.name(),
        has ->
            password.setPromptText(
                Messages.get(has ? "mailboxes.passwordKept" : "mailboxes.passwordNone")));
    designated.setSelected(m.designated());
    enabled.setSelected(m.enabled());
    smtpHost.setText(m.smtpHost() == null ? "" : m.smtpHost());
    smtpPort.setText(m.smtpPort() == 0 ? "465" : Integer.toString(m.smtpPort()));
    smtpSecurity.setValue(m.smtpSecurity());
    sender.setText(m.senderAddress() == null ? "" : m.senderAddress());
    senderName.setText(m.senderName() == null ? "" : m.senderName());
  }

  private VBox settingsPane() {
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(6);
    minutes.setPrefColumnCount(5);
    maxMb.setPrefColumnCount(5);
    keepDays.setPrefColumnCount(5);
    g.addRow(0, new Label(Messages.get("mailboxes.fetchMinutes")), minutes);
    g.addRow(1, new Label(Messages.get("mailboxes.maxMb")), maxMb);
    g.addRow(2, new Label(Messages.get("mailboxes.keepDays")), keepDays);
    Label rulesLabel = new Label(Messages.get("mailboxes.rules"));
    rulesLabel.setWrapText(true);
    rules.setId("mailRules");
    rules.setPrefRowCount(14);
    VBox.setVgrow(rules, Priority.ALWAYS);
    Button save = new Button(Messages.get("mailboxes.saveSettings"));
    save.setId("mailSettingsSave");
    save.setOnAction(
        e -> {
          try {
            vm.saveSettings(
                Integer.parseInt(minutes.getText().strip()),
                Integer.parseInt(maxMb.getText().strip()),
                Integer.parseInt(keepDays.getText().strip()),
                rules.getText());
          } catch (NumberFormatException ex) {
            vm.statusProperty().set(Messages.get("mailboxes.number"));
          }
        });
    VBox box = new VBox(8, g, rulesLabel, rules, save);
    box.setPadding(new Insets(8));
    return box;
  }

  private void showSettings(MailSettings s) {
    if (s == null) {
      return;
    }
    minutes.setText(Integer.toString(s.fetchMinutes()));
    maxMb.setText(Integer.toString(s.maxMessageMb()));
    keepDays.setText(Integer.toString(s.keepTextDays()));
    rules.setText(s.rules().format());
  }

  public void showAndWait() {
    dialog.showAndWait();
  }
}
