package com.privacydesk.desktop.ui.main;

import com.privacydesk.app.AppInfo;
import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.desktop.ui.admin.AccountsDialog;
import com.privacydesk.desktop.ui.admin.AccountsViewModel;
import com.privacydesk.desktop.ui.admin.ChangePasswordDialog;
import com.privacydesk.desktop.ui.admin.PurgeDialog;
import com.privacydesk.desktop.ui.admin.PurgeViewModel;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.desktop.ui.detail.CaseDetailDialog;
import com.privacydesk.desktop.ui.detail.CaseDetailViewModel;
import com.privacydesk.desktop.ui.intake.ImportOptOutsDialog;
import com.privacydesk.desktop.ui.intake.ImportOptOutsViewModel;
import com.privacydesk.desktop.ui.intake.NewOptOutDialog;
import com.privacydesk.desktop.ui.intake.NewOptOutViewModel;
import com.privacydesk.desktop.ui.intake.RequestIntakeDialog;
import com.privacydesk.desktop.ui.intake.RequestIntakeViewModel;
import com.privacydesk.desktop.ui.login.CreateAdminDialog;
import com.privacydesk.desktop.ui.login.CreateAdminViewModel;
import com.privacydesk.desktop.ui.login.LoginDialog;
import com.privacydesk.desktop.ui.login.LoginViewModel;
import com.privacydesk.desktop.ui.main.MainViewModel.Phase;
import com.privacydesk.desktop.ui.queue.BulkDialogs;
import com.privacydesk.desktop.ui.queue.QueueView;
import com.privacydesk.desktop.ui.queue.QueueViewModel;
import com.privacydesk.desktop.ui.reports.ReportsViewModel;
import com.privacydesk.desktop.ui.reports.ReportsWindow;
import com.privacydesk.desktop.ui.settings.SettingsDialog;
import com.privacydesk.desktop.ui.settings.SettingsViewModel;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.types.RequestTypeSpec;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.report.PurgeCertificateFile;
import com.privacydesk.report.ReportExporter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The main window: menus, the queue, and a status bar that shows start-up progress. */
public final class MainWindow {
  private final Stage stage;
  private final MainViewModel vm;
  private final UiTaskRunner tasks;
  private final DialogService dialogs;
  private final Clock clock;

  private final BorderPane root = new BorderPane();
  private final StackPane center = new StackPane();
  private final Label placeholder = new Label();
  private final Label status = new Label();
  private final ProgressIndicator progress = new ProgressIndicator();

  /** File → New items, one per request type the registry offers there (in type order). */
  private final Map<CaseType, MenuItem> newItems = new EnumMap<>(CaseType.class);

  private final MenuItem importOptOuts = new MenuItem(Messages.get("menu.file.importOptOuts"));
  private final MenuItem openCase = new MenuItem(Messages.get("menu.case.open"));
  private final MenuItem find = new MenuItem(Messages.get("menu.case.find"));
  private final MenuItem escalate = new MenuItem(Messages.get("menu.case.escalate"));
  private final MenuItem recalculate = new MenuItem(Messages.get("menu.case.recalculate"));
  private final MenuItem settings = new MenuItem(Messages.get("menu.tools.settings"));
  private final MenuItem verifyAudit = new MenuItem(Messages.get("menu.tools.verifyAudit"));
  private final MenuItem accounts = new MenuItem(Messages.get("menu.tools.accounts"));
  private final MenuItem purge = new MenuItem(Messages.get("menu.tools.purge"));
  private final MenuItem register = new MenuItem(Messages.get("menu.tools.register"));
  private final MenuItem templates = new MenuItem(Messages.get("menu.tools.templates"));
  private final MenuItem changePassword = new MenuItem(Messages.get("menu.file.password"));
  private final MenuItem monthlyReport = new MenuItem(Messages.get("menu.reports.monthly"));
  private final MenuItem cpniReport = new MenuItem(Messages.get("menu.reports.cpni"));
  private final Menu reportsMenu =
      new Menu(Messages.get("menu.reports"), null, monthlyReport, cpniReport);
  private ReportsWindow reportsWindow;
  private final MenuItem refresh = new MenuItem(Messages.get("menu.file.refresh"));
  private final MenuItem quit = new MenuItem(Messages.get("menu.file.quit"));
  private final MenuItem signOut = new MenuItem(Messages.get("menu.file.signOut"));
  private final java.util.Map<Long, CaseDetailDialog> openCases = new java.util.HashMap<>();
  private final com.privacydesk.desktop.ui.common.WindowPlacement placement =
      com.privacydesk.desktop.ui.common.WindowPlacement.shared();
  private final MenuItem takeCase = new MenuItem(Messages.get("menu.case.take"));
  private final MenuItem assignCase = new MenuItem(Messages.get("menu.case.assign"));
  private final MenuItem about = new MenuItem(Messages.get("menu.help.about"));
  private final MenuItem shortcuts = new MenuItem(Messages.get("menu.help.shortcuts"));
  private final MenuItem userGuide = new MenuItem(Messages.get("menu.help.guide"));
  private final MenuItem saveView = new MenuItem(Messages.get("menu.view.save"));
  private final MenuItem deleteView = new MenuItem(Messages.get("menu.view.delete"));
  private final MenuItem toggleFilters = new MenuItem(Messages.get("menu.view.filters"));
  private final MenuItem bulkAssign = new MenuItem(Messages.get("menu.case.bulkAssign"));
  private final MenuItem bulkTake = new MenuItem(Messages.get("menu.case.bulkTake"));
  private final MenuItem bulkAction = new MenuItem(Messages.get("menu.case.bulkAction"));
  private final MenuItem bulkExport = new MenuItem(Messages.get("menu.case.bulkExport"));
  private final Menu viewMenu = new Menu(Messages.get("menu.view"));
  private MenuBar menus;
  private QueueViewModel queueVm;

  public MainWindow(
      Stage stage, MainViewModel vm, UiTaskRunner tasks, DialogService dialogs, Clock clock) {
    this.stage = stage;
    this.vm = vm;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.clock = clock;
    createParts();
    layoutParts();
    bind();
  }

  private void createParts() {
    for (RequestTypeSpec spec : RequestTypes.all()) {
      spec.newMenuShortcut()
          .ifPresent(
              keys -> {
                MenuItem item = new MenuItem(Messages.get("menu.file.new." + spec.type()));
                item.setId(
                    spec.type() == CaseType.EMAIL_OPT_OUT
                        ? "menuNewOptOut"
                        : "menuNew-" + spec.type());
                item.setAccelerator(KeyCombination.keyCombination(keys));
                newItems.put(spec.type(), item);
              });
    }
    importOptOuts.setId("menuImportOptOuts");
    importOptOuts.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
    openCase.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
    shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
    userGuide.setId("menuUserGuide");
    userGuide.setAccelerator(KeyCombination.keyCombination("Shift+F1"));
    escalate.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
    recalculate.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
    settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
    refresh.setAccelerator(KeyCombination.keyCombination("F5"));
    monthlyReport.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
    monthlyReport.setId("menuMonthlyReport");
    reportsMenu.setId("menuReports");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    signOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Q"));
    signOut.setId("menuSignOut");
    takeCase.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
    assignCase.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
    saveView.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
    toggleFilters.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
    bulkAssign.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
    bulkTake.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
    bulkAction.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
    bulkExport.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
    placeholder.getStyleClass().add("placeholder");
    placeholder.textProperty().bind(vm.statusProperty());
    status.setId("statusText");
    progress.setPrefSize(16, 16);
  }

  private void layoutParts() {
    Menu file = new Menu(Messages.get("menu.file"));
    file.getItems().addAll(newItems.values());
    file.getItems()
        .addAll(
            new SeparatorMenuItem(),
            importOptOuts,
            new SeparatorMenuItem(),
            refresh,
            new SeparatorMenuItem(),
            changePassword,
            signOut,
            new SeparatorMenuItem(),
            quit);
    Menu cases =
        new Menu(
            Messages.get("menu.case"),
            null,
            find,
            openCase,
            takeCase,
            assignCase,
            new SeparatorMenuItem(),
            escalate,
            recalculate,
            new SeparatorMenuItem(),
            bulkTake,
            bulkAssign,
            bulkAction,
            bulkExport);
    Menu tools =
        new Menu(
            Messages.get("menu.tools"),
            null,
            settings,
            register,
            templates,
            accounts,
            purge,
            verifyAudit);
    tools.setId("menuTools");
    Menu help = new Menu(Messages.get("menu.help"), null, userGuide, shortcuts, about);
    viewMenu.setId("menuView");
    viewMenu.getItems().setAll(toggleFilters, saveView, deleteView);
    reportsMenu.setVisible(false);
    menus = new MenuBar(file, viewMenu, cases, reportsMenu, tools, help);
    HBox statusBar = new HBox(progress, status);
    statusBar.getStyleClass().add("status-bar");
    center.getChildren().setAll(placeholder);
    root.setTop(menus);
    root.setCenter(center);
    root.setBottom(statusBar);
    Scene scene = new Scene(root, 1100, 700);
    scene
        .getStylesheets()
        .add(getClass().getResource("/com/privacydesk/desktop/css/app.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle(Messages.get("app.title"));
    stage.setMinWidth(720);
    stage.setMinHeight(420);
    com.privacydesk.desktop.ui.common.WindowPlacement.name(stage, "main");
    com.privacydesk.desktop.ui.common.WindowPlacement.minimum(stage, 720, 420);
  }

  private void bind() {
    status.textProperty().bind(vm.statusProperty());
    progress.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.OPENING));
    progress.managedProperty().bind(progress.visibleProperty());
    BooleanBinding notReady = vm.readyBinding().not();
    newItems.values().forEach(item -> item.disableProperty().bind(notReady));
    importOptOuts.disableProperty().bind(notReady);
    openCase.disableProperty().bind(notReady);
    escalate.disableProperty().bind(notReady);
    recalculate.disableProperty().bind(notReady);
    settings.disableProperty().bind(notReady);
    accounts.disableProperty().bind(notReady);
    purge.disableProperty().bind(notReady);
    register.disableProperty().bind(notReady);
    templates.disableProperty().bind(notReady);
    register.setId("menuRegister");
    templates.setId("menuTemplates");
    changePassword.disableProperty().bind(notReady);
    signOut.disableProperty().bind(notReady);
    signOut.setOnAction(e -> signOut());
    accounts.setId("menuAccounts");
    purge.setId("menuPurge");
    changePassword.setId("menuChangePassword");
    verifyAudit.disableProperty().bind(notReady);
    monthlyReport.disableProperty().bind(notReady);
    cpniReport.disableProperty().bind(notReady);
    refresh.disableProperty().bind(notReady);
    find.disableProperty().bind(notReady);
    takeCase.disableProperty().bind(notReady);
    assignCase.disableProperty().bind(notReady);
    for (MenuItem item :
        List.of(
            saveView, deleteView, toggleFilters, bulkAssign, bulkTake, bulkAction, bulkExport)) {
      item.disableProperty().bind(notReady);
    }
    quit.setOnAction(e -> stage.close());
    shortcuts.setOnAction(e -> ShortcutsDialog.show(stage, menus));
    userGuide.setOnAction(e -> openUserGuide());
    about.setOnAction(
        e ->
            dialogs.showInfo(
                Messages.get("about.title"),
                Messages.get(
                    "about.text", AppInfo.version(), vm.dataDir(), vm.databaseLocation())));
    vm.phaseProperty().addListener((o, was, phase) -> onPhase(phase));
  }

  private record Guide(java.nio.file.Path page, boolean browser) {}

  /** Writes the guide out (in the background) and hands it to the browser, or says where it is. */
  private void openUserGuide() {
    tasks.run(
        () -> {
          java.nio.file.Path page = UserGuide.write(UserGuide.defaultFolder(AppInfo.version()));
          return new Guide(page, dialogs.canOpen(page));
        },
        guide -> {
          if (guide.browser()) {
            dialogs.openDocument(guide.page());
            vm.showStatus(Messages.get("guide.opened", guide.page()));
          } else {
            dialogs.showInfo(
                Messages.get("guide.noBrowser.title"),
                Messages.get("guide.noBrowser", guide.page()));
          }
        },
        ex -> dialogs.showError(Messages.get("guide.failed"), Messages.describe(ex)));
  }

  /** Shows the window at once; the database opens in the background. */
  public void show() {
    stage.show();
    vm.startUp();
  }

  /** Where start-up stands (opening the database, sign-in, ready…). */
  public javafx.beans.value.ObservableValue<MainViewModel.Phase> phase() {
    return vm.phaseProperty();
  }

  private void onPhase(Phase phase) {
    switch (phase) {
      case NEEDS_KEY -> askDatabaseKey();
      case NEEDS_FIRST_ADMIN ->
          new CreateAdminDialog(stage, new CreateAdminViewModel(vm.services().users(), tasks))
              .showAndWait()
              .ifPresentOrElse(vm::signedIn, stage::close);
      case NEEDS_SIGN_IN ->
          new LoginDialog(stage, new LoginViewModel(vm.services().users(), tasks))
              .showAndWait()
              .ifPresentOrElse(vm::signedIn, stage::close);
      case READY -> showQueue();
      case FAILED -> {
        dialogs.showError(Messages.get("startup.failed"), vm.failureProperty().get());
        stage.close();
      }
      case OPENING -> center.getChildren().setAll(placeholder);
    }
  }

  /**
   * Closes what belongs to the signed-in user (case windows, the reports window, the queue) and
   * signs out; the sign-in dialog then asks for the next user.
   */
  private void signOut() {
    for (CaseDetailDialog open : List.copyOf(openCases.values())) {
      open.close();
    }
    openCases.clear();
    if (reportsWindow != null) {
      reportsWindow.stage().close();
      reportsWindow = null;
    }
    if (changeCheck != null) {
      changeCheck.stop();
    }
    placement.rememberNow(stage);
    placement.forget();
    center.getChildren().setAll(placeholder);
    vm.signOut();
  }

  /** Asks for the key of the encrypted database; Cancel closes the window. */
  private void askDatabaseKey() {
    javafx.scene.control.Dialog<char[]> ask = new javafx.scene.control.Dialog<>();
    ask.initOwner(stage);
    ask.setTitle(Messages.get("key.title"));
    ask.setHeaderText(Messages.get("key.header", vm.dataDir()));
    javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
    key.setId("databaseKey");
    javafx.scene.control.Label label = new javafx.scene.control.Label(Messages.get("key.label"));
    label.setLabelFor(key);
    javafx.scene.control.Label error = new javafx.scene.control.Label(vm.keyErrorProperty().get());
    error.setId("databaseKeyError");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
    grid.getStyleClass().add("form-grid");
    grid.addRow(0, label, key);
    grid.add(error, 0, 1, 2, 1);
    ask.getDialogPane().setContent(grid);
    ask.getDialogPane().setPrefWidth(520);
    javafx.scene.control.ButtonType open =
        new javafx.scene.control.ButtonType(
            Messages.get("key.open"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    ask.getDialogPane().getButtonTypes().setAll(open, javafx.scene.control.ButtonType.CANCEL);
    ask.getDialogPane().lookupButton(open).disableProperty().bind(key.textProperty().isEmpty());
    ask.setResultConverter(b -> b == open ? key.getText().toCharArray() : null);
    ask.setOnShown(e -> key.requestFocus());
    ask.showAndWait().ifPresentOrElse(vm::openWithKey, stage::close);
  }

  /** How often the queue asks whether cases changed elsewhere (a colleague, an import). */
  private static final javafx.util.Duration CHANGE_CHECK = javafx.util.Duration.seconds(30);

  private javafx.animation.Timeline changeCheck;

  /** Every {@link #CHANGE_CHECK}, the queue asks (in the background) whether to offer a reload. */
  private void watchForChanges() {
    if (changeCheck != null) {
      changeCheck.stop();
    } else {
      stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> changeCheck.stop());
    }
    QueueViewModel watched = queueVm;
    changeCheck =
        new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(CHANGE_CHECK, e -> watched.checkForChanges()));
    changeCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
    changeCheck.play();
  }

  private void showQueue() {
    rememberWindowsOf(vm.actorProperty().get());
    queueVm =
        new QueueViewModel(
            QueueViewModel.QueueServices.of(vm.services()),
            vm.actorProperty().get(),
            tasks,
            dialogs,
            this::companyToday);
    QueueView view = new QueueView(queueVm);
    center.getChildren().setAll(view.root());
    watchForChanges();
    bindViewMenu(view);
    bindBulk();
    refresh.setOnAction(e -> queueVm.refresh());
    newItems.forEach(
        (type, item) ->
            item.setOnAction(
                e -> {
                  if (type == CaseType.EMAIL_OPT_OUT) {
                    openNewOptOut(); // the opt-out has its own form (address, scope, import)
                  } else {
                    openIntake(type, 0);
                  }
                }));
    importOptOuts.setVisible(vm.actorProperty().get().can(Permission.IMPORT_OPT_OUTS));
    importOptOuts.setOnAction(e -> openImportOptOuts());
    view.setOnOpen(c -> openDetail(c.id()));
    find.setOnAction(e -> view.focusSearch());
    openCase.disableProperty().unbind();
    openCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    openCase.setOnAction(e -> openDetail(queueVm.selectedProperty().get().id()));
    escalate.disableProperty().unbind();
    escalate
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    queueVm.selectedProperty().get() == null
                        || queueVm.selectedProperty().get().type() != CaseType.PASSWORD_COMPROMISE,
                queueVm.selectedProperty()));
    escalate.setOnAction(
        e -> openIntake(CaseType.CPNI_BREACH, queueVm.selectedProperty().get().id()));
    recalculate.setVisible(queueVm.canRecalculate());
    recalculate.disableProperty().unbind();
    recalculate.disableProperty().bind(queueVm.hasSelectionBinding().not());
    recalculate.setOnAction(e -> queueVm.previewRecalculation(this::confirmRecalculation));
    settings.setVisible(vm.actorProperty().get().can(Permission.CHANGE_SETTINGS));
    settings.setOnAction(e -> openSettings());
    accounts.setVisible(vm.actorProperty().get().can(Permission.MANAGE_USERS));
    accounts.setOnAction(e -> openAccounts());
    purge.setVisible(vm.actorProperty().get().can(Permission.PURGE_DATA));
    purge.setOnAction(e -> openPurge());
    register.setVisible(vm.actorProperty().get().can(Permission.MAINTAIN_REGISTER));
    register.setOnAction(
        e ->
            new com.privacydesk.desktop.ui.letters.RegisterDialog(
                    stage,
                    new com.privacydesk.desktop.ui.letters.RegisterViewModel(
                        vm.services().register(), vm.actorProperty().get(), tasks),
                    companyToday().getYear())
                .showAndWait());
    templates.setVisible(vm.actorProperty().get().can(Permission.EDIT_TEMPLATES));
    templates.setOnAction(
        e ->
            new com.privacydesk.desktop.ui.letters.TemplatesDialog(
                    stage,
                    new com.privacydesk.desktop.ui.letters.TemplatesViewModel(
                        vm.services().letters(), vm.actorProperty().get(), tasks),
                    vm::zone)
                .showAndWait());
    changePassword.setOnAction(
        e ->
            new ChangePasswordDialog(stage, vm.services().users(), vm.actorProperty().get(), tasks)
                .showAndWait()
                .ifPresent(
                    ok ->
                        dialogs.showInfo(
                            Messages.get("password.title"), Messages.get("password.changed"))));
    verifyAudit.setVisible(vm.actorProperty().get().can(Permission.VERIFY_AUDIT));
    verifyAudit.setOnAction(e -> vm.verifyAudit(dialogs::showInfo));
    reportsMenu.setVisible(vm.actorProperty().get().can(Permission.VIEW_REPORTS));
    monthlyReport.setOnAction(e -> openReports(ReportsViewModel.Kind.MONTHLY));
    cpniReport.setOnAction(e -> openReports(ReportsViewModel.Kind.CPNI_YEAR));
    takeCase.disableProperty().unbind();
    takeCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    takeCase.setOnAction(e -> queueVm.takeSelected());
    assignCase.disableProperty().unbind();
    assignCase.setVisible(queueVm.canAssignOthers());
    assignCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    assignCase.setOnAction(e -> queueVm.loadAssignees(this::chooseAssignee));
    queueVm.loadLayout(view::applyLayout);
    queueVm.start();
    view.table().requestFocus();
  }

  /** View menu: filters, save/delete view, and one item per view with Ctrl+1.. Ctrl+9. */
  private void bindViewMenu(QueueView view) {
    toggleFilters.setOnAction(e -> view.toggleFilters());
    Runnable save =
        () -> {
          TextInputDialog ask =
              new TextInputDialog(
                  queueVm.viewProperty().get().saved() ? queueVm.viewProperty().get().name() : "");
          ask.initOwner(stage);
          ask.setTitle(Messages.get("view.save.title"));
          ask.setHeaderText(Messages.get("view.save.header"));
          ask.setContentText(Messages.get("view.save.name"));
          ask.getEditor().setId("saveViewName");
          ask.showAndWait()
              .ifPresent(
                  name ->
                      queueVm.saveView(
                          name,
                          error -> dialogs.showError(Messages.get("view.save.failed"), error)));
        };
    saveView.setOnAction(e -> save.run());
    view.setOnSaveView(save);
    deleteView.disableProperty().unbind();
    deleteView
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> queueVm.viewProperty().get() == null || !queueVm.viewProperty().get().saved(),
                queueVm.viewProperty()));
    deleteView.setOnAction(e -> queueVm.deleteChosenView());
    Runnable fill =
        () -> {
          List<MenuItem> items =
              new java.util.ArrayList<>(
                  List.of(toggleFilters, saveView, deleteView, new SeparatorMenuItem()));
          int n = 0;
          for (QueueViewModel.ViewChoice c : queueVm.views()) {
            MenuItem item = new MenuItem(c.name());
            n++;
            if (n <= 9) {
              item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n));
            }
            item.setOnAction(e -> queueVm.viewProperty().set(c));
            items.add(item);
          }
          viewMenu.getItems().setAll(items);
        };
    queueVm.views().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
    fill.run();
  }

  private void bindBulk() {
    BulkDialogs bulk = new BulkDialogs(stage, queueVm);
    for (MenuItem item : List.of(bulkAssign, bulkTake, bulkAction, bulkExport)) {
      item.disableProperty().unbind();
      item.disableProperty().bind(queueVm.hasRowsBinding().not());
    }
    bulkAssign.setVisible(queueVm.canAssignOthers());
    bulkAssign.setOnAction(e -> bulk.assignAll());
    bulkTake.setOnAction(e -> bulk.takeAll());
    bulkAction.setOnAction(e -> bulk.performAll());
    bulkExport.setOnAction(e -> bulk.exportCsv());
  }

  private void openNewOptOut() {
    var s = vm.services();
    var dialogVm =
        new NewOptOutViewModel(s.intake(), vm.actorProperty().get(), tasks, this::companyNow);
    dialogVm.setConfirmReceivedDays(vm.confirmReceivedDays());
    new NewOptOutDialog(stage, dialogVm).showAndWait().ifPresent(id -> queueVm.refresh());
  }

  private void openImportOptOuts() {
    var importVm =
        new ImportOptOutsViewModel(
            vm.services().optOutImports(), vm.actorProperty().get(), tasks, queueVm::refresh);
    new ImportOptOutsDialog(stage, importVm).showAndWait();
  }

  private void openIntake(CaseType type, long passwordCaseId) {
    var s = vm.services();
    var formVm =
        new RequestIntakeViewModel(
            type, s.intake(), vm.actorProperty().get(), tasks, this::companyNow, passwordCaseId);
    formVm.setConfirmReceivedDays(vm.confirmReceivedDays());
    new RequestIntakeDialog(stage, formVm).showAndWait().ifPresent(id -> queueVm.refresh());
  }

  private void openAccounts() {
    new AccountsDialog(
            stage,
            new AccountsViewModel(vm.services().users(), vm.actorProperty().get(), tasks),
            vm::zone)
        .showAndWait();
    queueVm.refresh();
  }

  private void openPurge() {
    new PurgeDialog(
            stage,
            new PurgeViewModel(
                vm.services().purges(),
                vm.actorProperty().get(),
                tasks,
                PurgeCertificateFile.defaultFolder(vm.services().dataDir())))
        .showAndWait();
    queueVm.refresh();
  }

  private void openSettings() {
    var settingsVm =
        new SettingsViewModel(vm.services().settings(), vm.actorProperty().get(), tasks);
    new SettingsDialog(stage, settingsVm)
        .showAndWait()
        .ifPresent(
            n -> {
              vm.reloadSettings();
              queueVm.refresh();
              dialogs.showInfo(
                  Messages.get("settings.saved"), Messages.get("settings.savedText", n));
            });
  }

  /** Opens (or brings forward) the Reports window on {@code kind}. */
  private void openReports(ReportsViewModel.Kind kind) {
    if (reportsWindow != null && reportsWindow.stage().isShowing()) {
      reportsWindow.stage().toFront();
      if (reportsWindow.kind() != kind) {
        reportsWindow.show(kind);
      }
      return;
    }
    var reports = vm.services().reports();
    reportsWindow =
        new ReportsWindow(
            stage,
            new ReportsViewModel(
                reports, new ReportExporter(reports), vm.actorProperty().get(), tasks),
            dialogs);
    reportsWindow.show(kind);
  }

  /** The Reports window, once opened (tests). */
  public ReportsWindow reportsWindow() {
    return reportsWindow;
  }

  private void confirmRecalculation(RecalculationService.Preview preview) {
    if (!preview.changesDates()) {
      dialogs.showInfo(
          Messages.get("recalc.title"),
          Messages.get("recalc.nothing") + "\n\n" + queueVm.describe(preview));
      return;
    }
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, queueVm.describe(preview));
    confirm.initOwner(stage);
    confirm.setTitle(Messages.get("recalc.title"));
    confirm.setHeaderText(Messages.get("recalc.header", preview.caseId()));
    confirm
        .showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(b -> queueVm.applyRecalculation(preview));
  }

  /** From now on windows open where {@code actor} last left them, and are remembered for them. */
  private void rememberWindowsOf(com.privacydesk.app.Actor actor) {
    var prefs = vm.services().queuePreferences();
    tasks.run(
        () -> prefs.preferences(actor),
        stored -> {
          placement.rememberFor(
              stored,
              (key, value) ->
                  tasks.run(
                      () -> {
                        prefs.put(actor, key, value);
                        return null;
                      },
                      x -> {},
                      ex -> {}));
          // the main window opened before anyone signed in: now it goes where this user keeps it
          placement.restore(stage);
        },
        ex -> {});
  }

  private void openDetail(long caseId) {
    CaseDetailDialog open = openCases.get(caseId);
    if (open != null) {
      open.toFront();
      return;
    }
    var s = vm.services();
    var detailVm =
        new CaseDetailViewModel(
            s.queries(),
            s.workflow(),
            s.assignments(),
            vm.actorProperty().get(),
            tasks,
            this::companyToday,
            vm::zone);
    detailVm.load(caseId);
    var lettersVm =
        new com.privacydesk.desktop.ui.detail.LettersViewModel(
            s.letters(), vm.actorProperty().get(), tasks, dialogs, detailVm::reload);
    CaseDetailDialog window =
        new CaseDetailDialog(
            stage,
            detailVm,
            lettersVm,
            vm::zone,
            this::openDetail,
            passwordCase -> {
              openIntake(CaseType.CPNI_BREACH, passwordCase);
              detailVm.reload();
            });
    openCases.put(caseId, window);
    window.show(
        () -> {
          openCases.remove(caseId);
          if (detailVm.changed() && queueVm != null) {
            queueVm.refresh();
          }
        });
  }

  private void chooseAssignee(List<UserSummary> users) {
    List<String> names = users.stream().map(UserSummary::username).toList();
    ChoiceDialog<String> choice =
        new ChoiceDialog<>(names.isEmpty() ? null : names.getFirst(), names);
    choice.initOwner(stage);
    choice.setTitle(Messages.get("assign.title"));
    choice.setHeaderText(Messages.get("assign.header"));
    choice
        .showAndWait()
        .flatMap(name -> users.stream().filter(u -> u.username().equals(name)).findFirst())
        .ifPresent(queueVm::assignSelected);
  }

  private LocalDateTime companyNow() {
    return LocalDateTime.now(clock.withZone(vm.zone()));
  }

  private LocalDate companyToday() {
    return companyNow().toLocalDate();
  }
}
