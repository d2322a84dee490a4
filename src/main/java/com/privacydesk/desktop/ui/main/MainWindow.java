package com.privacydesk.desktop.ui.main;

import com.privacydesk.app.AppInfo;
import com.privacydesk.desktop.ui.admin.ChangePasswordDialog;
import com.privacydesk.desktop.ui.common.Appearance;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.desktop.ui.detail.CaseDetailViewModel;
import com.privacydesk.desktop.ui.detail.CaseView;
import com.privacydesk.desktop.ui.login.CreateAdminDialog;
import com.privacydesk.desktop.ui.login.CreateAdminViewModel;
import com.privacydesk.desktop.ui.login.LoginDialog;
import com.privacydesk.desktop.ui.main.MainViewModel.Phase;
import com.privacydesk.desktop.ui.queue.QueueView;
import com.privacydesk.desktop.ui.queue.QueueViewModel;
import com.privacydesk.desktop.ui.reports.ReportsViewModel;
import com.privacydesk.desktop.ui.reports.ReportsWindow;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
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
  private final HBox trayHolder = new HBox();
  private com.privacydesk.desktop.ui.notify.NotificationsViewModel reminders;
  private com.privacydesk.desktop.ui.notify.NotificationTray tray;

  private final CaseTabs cases;
  private final com.privacydesk.desktop.ui.common.WindowPlacement placement =
      com.privacydesk.desktop.ui.common.WindowPlacement.shared();
  private MenuBar menus;
  private final MainMenus m = new MainMenus();
  private QueueViewModel queueVm;
  private final ToolWindows toolWindows;

  public MainWindow(
      Stage stage, MainViewModel vm, UiTaskRunner tasks, DialogService dialogs, Clock clock) {
    this.stage = stage;
    this.vm = vm;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.clock = clock;
    this.toolWindows =
        new ToolWindows(stage, vm, tasks, dialogs, this::companyNow, () -> queueVm.refresh());
    this.cases =
        new CaseTabs(
            stage,
            tabs,
            new CaseTabs.Listener() {
              @Override
              public void opened(long caseId) {
                openCasesChanged();
              }

              @Override
              public void closed(long caseId, boolean changed) {
                openCasesChanged();
                if (changed && queueVm != null) {
                  queueVm.refresh();
                }
              }
            });
    createParts();
    layoutParts();
    bind();
    tasks.whenAccountChanged(this::accountChanged);
  }

  /**
   * An administrator disabled the signed-in account, or changed its role: every further call would
   * be refused, so the session ends here, saying why, and the sign-in dialog asks again.
   */
  private void accountChanged(com.privacydesk.app.AccountChangedException e) {
    if (vm.phaseProperty().get() != MainViewModel.Phase.READY || endingSession) {
      return; // several calls refused at once (the list and its counts): one explanation
    }
    endingSession = true;
    Object[] args = e.messageArgs();
    dialogs.showInfo(
        Messages.get("session.ended.title"),
        e.disabled()
            ? Messages.get("session.ended.disabled")
            : Messages.get(
                "session.ended.role",
                Messages.get("role." + args[0]),
                Messages.get("role." + args[1])));
    signOut();
  }

  /** True from a refused call until the next sign-in: sign-out itself runs in the background. */
  private boolean endingSession;

  private void createParts() {
    placeholder.getStyleClass().add("placeholder");
    placeholder.textProperty().bind(vm.statusProperty());
    status.setId("statusText");
    progress.setPrefSize(16, 16);
  }

  private void layoutParts() {
    menus = m.bar();
    javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
    HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
    HBox statusBar = new HBox(progress, status, grow, trayHolder);
    trayHolder.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    statusBar.getStyleClass().add("status-bar");
    center.getChildren().setAll(placeholder);
    root.setTop(menus);
    root.setCenter(center);
    root.setBottom(statusBar);
    Scene scene = new Scene(root, 1100, 700);
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
    m.newItems.values().forEach(item -> item.disableProperty().bind(notReady));
    m.importOptOuts.disableProperty().bind(notReady);
    m.openCase.disableProperty().bind(notReady);
    m.escalate.disableProperty().bind(notReady);
    m.recalculate.disableProperty().bind(notReady);
    m.settings.disableProperty().bind(notReady);
    m.accounts.disableProperty().bind(notReady);
    m.purge.disableProperty().bind(notReady);
    m.register.disableProperty().bind(notReady);
    m.templates.disableProperty().bind(notReady);
    m.register.setId("menuRegister");
    m.templates.setId("menuTemplates");
    m.changePassword.disableProperty().bind(notReady);
    m.signOut.disableProperty().bind(notReady);
    m.signOut.setOnAction(e -> signOut());
    m.accounts.setId("menuAccounts");
    m.purge.setId("menuPurge");
    m.changePassword.setId("menuChangePassword");
    m.verifyAudit.disableProperty().bind(notReady);
    m.monthlyReport.disableProperty().bind(notReady);
    m.cpniReport.disableProperty().bind(notReady);
    m.refresh.disableProperty().bind(notReady);
    m.find.disableProperty().bind(notReady);
    m.takeCase.disableProperty().bind(notReady);
    m.assignCase.disableProperty().bind(notReady);
    for (MenuItem item :
        List.of(
            m.saveView,
            m.deleteView,
            m.toggleFilters,
            m.home,
            m.queue,
            m.reminders,
            m.bulkAssign,
            m.bulkTake,
            m.bulkAction,
            m.bulkExport)) {
      item.disableProperty().bind(notReady);
    }
    bindAppearance();
    m.closeCase.disableProperty().bind(notReady.or(cases.caseInFront().not()));
    m.detachCase.disableProperty().bind(notReady.or(cases.caseInFront().not()));
    m.closeCase.setOnAction(e -> cases.selected().ifPresent(cases::close));
    m.detachCase.setOnAction(e -> cases.selected().ifPresent(cases::detach));
    m.quit.setOnAction(e -> stage.close());
    m.shortcuts.setOnAction(e -> ShortcutsDialog.show(stage, menus));
    m.userGuide.setOnAction(e -> openUserGuide());
    m.about.setOnAction(
        e ->
            dialogs.showInfo(
                Messages.get("about.title"),
                Messages.get(
                    "about.text", AppInfo.version(), vm.dataDir(), vm.databaseLocation())));
    vm.phaseProperty().addListener((o, was, phase) -> onPhase(phase));
    showQueueFirst();
    // quitting closes the detached cases after the main window: that is not the user closing them
    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> openCasesStore = null);
    // quitting: the presence marks lapse by themselves (the database closes with the window)
    stage.addEventHandler(
        javafx.stage.WindowEvent.WINDOW_HIDDEN,
        e -> {
          if (presenceBeat != null) {
            presenceBeat.stop();
          }
        });
  }

  /** View → Theme and the text size items act on every window's look. */
  private void bindAppearance() {
    Appearance look = Appearance.shared();
    m.themeItems.forEach(
        (theme, item) -> {
          item.setSelected(look.themeProperty().get() == theme);
          item.setOnAction(e -> look.choose(theme));
        });
    look.themeProperty().addListener((o, was, now) -> m.themeItems.get(now).setSelected(true));
    m.largerText.setOnAction(e -> look.larger());
    m.smallerText.setOnAction(e -> look.smaller());
    m.normalText.setOnAction(e -> look.normalSize());
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
          new LoginDialog(stage, vm.login())
              .showAndWait()
              .ifPresentOrElse(vm::signedIn, stage::close);
      case READY -> {
        endingSession = false;
        showQueue();
      }
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
    openCasesStore = null; // the set stays as it was: it opens again at this user's next sign-in
    stopPresence();
    cases.closeAll();
    if (toolWindows.reportsWindow() != null) {
      toolWindows.closeReports();
    }
    if (changeCheck != null) {
      changeCheck.stop();
    }
    if (mailCheck != null) {
      mailCheck.stop();
      mailCheck = null;
    }
    toolWindows.closeMail();
    stage.getScene().setOnDragOver(null);
    stage.getScene().setOnDragDropped(null);
    placement.rememberNow(stage);
    placement.forget();
    Appearance.shared().forget();
    if (tray != null) {
      tray.hide();
    }
    tray = null;
    reminders = null;
    trayHolder.getChildren().clear();
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

  private javafx.animation.Timeline mailCheck;

  /**
   * While someone who handles mail is signed in, fetches every N minutes (the setting; 0: only on
   * demand), in the background, when a mailbox is set up; new mail shows in the status line.
   */
  private void watchMail() {
    var actor = vm.actorProperty().get();
    if (!actor.can(Permission.HANDLE_MAIL)) {
      return;
    }
    var mail = vm.services().mail();
    tasks.run(
        () -> mail.mailboxes(actor).isEmpty() ? 0 : mail.settings(actor).fetchMinutes(),
        minutes -> {
          if (minutes <= 0 || !actor.equals(vm.actorProperty().get())) {
            return;
          }
          var incoming = toolWindows.incoming();
          incoming
              .lastFetchProperty()
              .addListener(
                  (o, before, now) -> {
                    if (now != null && !now.isBlank() && actor.equals(vm.actorProperty().get())) {
                      vm.showStatus(Messages.get("mail.status.newMail", now));
                    }
                  });
          mailCheck =
              new javafx.animation.Timeline(
                  new javafx.animation.KeyFrame(
                      javafx.util.Duration.minutes(minutes), e -> incoming.fetch()));
          mailCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
          mailCheck.play();
        },
        e -> {});
  }

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
            new javafx.animation.KeyFrame(
                CHANGE_CHECK,
                e -> {
                  watched.checkForChanges();
                  if (reminders != null) {
                    reminders.check();
                  }
                  if (homeVm != null
                      && homeTab.equals(tabs.getSelectionModel().getSelectedItem())) {
                    homeVm.refreshDay(); // colleagues' changes show without a click
                  }
                }));
    changeCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
    changeCheck.play();
  }

  private javafx.animation.Timeline presenceBeat;

  /**
   * Team mode: every {@link com.privacydesk.app.cases.PresenceService#BEAT}, in the background,
   * tells the server which cases this user has open and asks who else has the open cases and the
   * queue's shown rows open; the cases and the queue say so (issue 21, presence).
   */
  private void watchPresence(QueueView view) {
    if (!vm.services().onServer()) {
      return;
    }
    var actor = vm.actorProperty().get();
    var presence = vm.services().presence();
    QueueViewModel queue = queueVm;
    boolean[] asking = {false};
    presenceBeat =
        new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(
                    (double) com.privacydesk.app.cases.PresenceService.BEAT.toMillis()),
                e -> {
                  if (asking[0]) {
                    return; // a slow server: one question at a time
                  }
                  asking[0] = true;
                  java.util.Set<Long> open = new java.util.LinkedHashSet<>(cases.ids());
                  java.util.Set<Long> asked = new java.util.LinkedHashSet<>(open);
                  asked.addAll(view.shownIds());
                  tasks.run(
                      () -> {
                        presence.beat(actor, open);
                        return presence.others(actor, asked);
                      },
                      others -> {
                        asking[0] = false;
                        if (actor.equals(vm.actorProperty().get())) {
                          queue.showPresence(others);
                          cases.showPresence(others);
                        }
                      },
                      ex -> asking[0] = false);
                }));
    presenceBeat.setCycleCount(javafx.animation.Animation.INDEFINITE);
    presenceBeat.play();
  }

  /** Stops telling the server which cases are open, and clears this user's marks there. */
  private void stopPresence() {
    if (presenceBeat == null) {
      return;
    }
    presenceBeat.stop();
    presenceBeat = null;
    var actor = vm.actorProperty().get();
    var presence = vm.services().presence();
    tasks.run(
        () -> {
          presence.leave(actor);
          return null;
        },
        x -> {},
        ex -> {}); // the marks lapse by themselves within PresenceService.FRESH
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
    showTabs(view);
    watchForChanges();
    watchPresence(view);
    new QueueMenus(stage, m, dialogs, queueVm, view)
        .bind(this::openDetail, id -> toolWindows.intake(CaseType.CPNI_BREACH, id));
    m.refresh.setOnAction(
        e -> {
          if (homeTab.equals(tabs.getSelectionModel().getSelectedItem())) {
            homeVm.refresh();
          } else if (!cases.reloadSelected()) {
            queueVm.refresh();
          }
        });
    m.newItems.forEach(
        (type, item) ->
            item.setOnAction(
                e -> {
                  if (type == CaseType.EMAIL_OPT_OUT) {
                    toolWindows
                        .newOptOut(); // the opt-out has its own form (address, scope, import)
                  } else {
                    toolWindows.intake(type, 0);
                  }
                }));
    m.importOptOuts.setVisible(vm.actorProperty().get().can(Permission.IMPORT_OPT_OUTS));
    m.importOptOuts.setOnAction(e -> toolWindows.importOptOuts());
    boolean mail = vm.actorProperty().get().can(Permission.HANDLE_MAIL);
    m.incomingMail.setVisible(mail);
    m.fetchMail.setVisible(mail);
    m.importEmail.setVisible(mail);
    m.incomingMail.setOnAction(e -> toolWindows.incomingMail());
    m.importEmail.setOnAction(e -> toolWindows.importEmail());
    m.fetchMail.setOnAction(
        e -> {
          toolWindows.incomingMail();
          toolWindows.incoming().fetch();
        });
    m.mailboxes.setVisible(vm.actorProperty().get().can(Permission.CONFIGURE_MAIL));
    m.mailboxes.setOnAction(e -> toolWindows.mailboxes());
    if (mail) {
      // saved messages dropped on the main window go to the incoming mail list
      com.privacydesk.desktop.ui.mail.IncomingMailWindow.acceptDroppedFiles(
          stage.getScene(),
          files -> {
            toolWindows.incoming().importFiles(files);
            toolWindows.incomingMail();
          });
    }
    watchMail();
    view.setOnOpen(c -> openDetail(c.id()));
    m.settings.setVisible(vm.actorProperty().get().can(Permission.CHANGE_SETTINGS));
    m.settings.setOnAction(e -> toolWindows.settings());
    m.accounts.setVisible(vm.actorProperty().get().can(Permission.MANAGE_USERS));
    m.accounts.setOnAction(e -> toolWindows.accounts());
    m.purge.setVisible(vm.actorProperty().get().can(Permission.PURGE_DATA));
    m.purge.setOnAction(e -> toolWindows.purge());
    m.register.setVisible(vm.actorProperty().get().can(Permission.MAINTAIN_REGISTER));
    m.register.setOnAction(
        e ->
            new com.privacydesk.desktop.ui.letters.RegisterDialog(
                    stage,
                    new com.privacydesk.desktop.ui.letters.RegisterViewModel(
                        vm.services().register(), vm.actorProperty().get(), tasks),
                    companyToday().getYear())
                .showAndWait());
    m.templates.setVisible(vm.actorProperty().get().can(Permission.EDIT_TEMPLATES));
    m.templates.setOnAction(
        e ->
            new com.privacydesk.desktop.ui.letters.TemplatesDialog(
                    stage,
                    new com.privacydesk.desktop.ui.letters.TemplatesViewModel(
                        vm.services().letters(), vm.actorProperty().get(), tasks),
                    vm::zone)
                .showAndWait());
    m.changePassword.setOnAction(
        e ->
            new ChangePasswordDialog(stage, vm.services().users(), vm.actorProperty().get(), tasks)
                .showAndWait()
                .ifPresent(
                    ok ->
                        dialogs.showInfo(
                            Messages.get("password.title"), Messages.get("password.changed"))));
    m.verifyAudit.setVisible(vm.actorProperty().get().can(Permission.VERIFY_AUDIT));
    m.verifyAudit.setOnAction(e -> vm.verifyAudit(dialogs::showInfo));
    m.reportsMenu.setVisible(vm.actorProperty().get().can(Permission.VIEW_REPORTS));
    m.monthlyReport.setOnAction(e -> toolWindows.reports(ReportsViewModel.Kind.MONTHLY));
    m.cpniReport.setOnAction(e -> toolWindows.reports(ReportsViewModel.Kind.CPNI_YEAR));
    queueVm.loadLayout(view::applyLayout);
    queueVm.start();
    view.table().requestFocus();
  }

  private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
  private final javafx.scene.control.Tab homeTab =
      new javafx.scene.control.Tab(Messages.get("home.tab"));
  private final javafx.scene.control.Tab queueTab =
      new javafx.scene.control.Tab(Messages.get("queue.tab"));
  private com.privacydesk.desktop.ui.home.HomeViewModel homeVm;

  /**
   * The signed-in user's screens as tabs: Home first (the screen after sign-in), then the queue. A
   * figure chosen on Home opens its view in the queue; what acts on the queue shows it first.
   */
  private void showTabs(QueueView view) {
    var actor = vm.actorProperty().get();
    homeVm =
        new com.privacydesk.desktop.ui.home.HomeViewModel(
            vm.services().home(),
            vm.services().reports(),
            actor,
            tasks,
            this::companyNow,
            vm::zone);
    var home = new com.privacydesk.desktop.ui.home.HomeView(homeVm);
    home.setOnOpenView(
        spec -> {
          tabs.getSelectionModel().select(queueTab);
          queueVm.searchProperty().set("");
          queueVm.specProperty().set(spec);
          view.table().requestFocus();
        });
    home.setOnOpenCase(this::openDetail);
    home.setOnOpenReport(month -> toolWindows.reports(ReportsViewModel.Kind.MONTHLY, month));
    homeTab.setId("tabHome");
    homeTab.setClosable(false);
    homeTab.setContent(home.root());
    queueTab.setId("tabQueue");
    queueTab.setClosable(false);
    queueTab.setContent(view.root());
    tabs.setId("mainTabs");
    tabs.setAccessibleText(Messages.get("main.tabs"));
    tabs.getTabs().removeAll(homeTab, queueTab);
    tabs.getTabs().addAll(0, List.of(homeTab, queueTab)); // before any case reopened already
    tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.ALL_TABS);
    tabs.getSelectionModel().select(homeTab);
    center.getChildren().setAll(tabs);
    m.home.setOnAction(
        e -> {
          tabs.getSelectionModel().select(homeTab);
          home.focus();
        });
    cases.focusWith(homeTab, home::focus);
    cases.focusWith(queueTab, view.table()::requestFocus);
    m.queue.setOnAction(
        e -> {
          tabs.getSelectionModel().select(queueTab);
          view.table().requestFocus();
        });
    homeVm.load();
    com.privacydesk.desktop.ui.common.FxThread.later(home::focus);
  }

  /** What works on the queue's rows or filter shows the queue first. */
  private void showQueueFirst() {
    for (MenuItem item :
        List.of(
            m.find,
            m.openCase,
            m.takeCase,
            m.assignCase,
            m.escalate,
            m.recalculate,
            m.toggleFilters,
            m.saveView,
            m.deleteView,
            m.bulkAssign,
            m.bulkTake,
            m.bulkAction,
            m.bulkExport)) {
      item.addEventHandler(
          javafx.event.ActionEvent.ACTION, e -> tabs.getSelectionModel().select(queueTab));
    }
  }

  /** The Reports window, once opened (tests). */
  public ReportsWindow reportsWindow() {
    return toolWindows.reportsWindow();
  }

  /** From now on windows open where {@code actor} last left them, and are remembered for them. */
  private void rememberWindowsOf(com.privacydesk.app.Actor actor) {
    var prefs = vm.services().queuePreferences();
    tasks.run(
        () -> prefs.preferences(actor),
        stored -> {
          if (!actor.equals(vm.actorProperty().get())) {
            return; // signed out meanwhile
          }
          Appearance.shared().rememberFor(stored, store(prefs, actor));
          reopenCases(stored.get(OPEN_CASES_KEY), store(prefs, actor));
          startReminders(actor, stored, store(prefs, actor));
          placement.rememberFor(stored, store(prefs, actor));
          // the main window opened before anyone signed in: now it goes where this user keeps it
          placement.restore(stage);
        },
        ex -> {});
  }

  /** The reminder tray of {@code actor}, who just signed in, checked from now on. */
  private void startReminders(
      com.privacydesk.app.Actor actor,
      java.util.Map<String, String> stored,
      java.util.function.BiConsumer<String, String> keep) {
    reminders =
        new com.privacydesk.desktop.ui.notify.NotificationsViewModel(
            vm.services().notifications(), actor, tasks, this::companyToday, stored, keep);
    tray =
        new com.privacydesk.desktop.ui.notify.NotificationTray(reminders, stage, this::openDetail);
    trayHolder.getChildren().setAll(tray.button());
    m.reminders.setOnAction(e -> tray.open());
    reminders.start();
  }

  /** Preference key of the cases a user had open: they open again at the next sign-in. */
  static final String OPEN_CASES_KEY = "cases.open";

  /** Most case windows reopened at sign-in. */
  static final int MOST_REOPENED = 10;

  /** Keeps the open set while someone is signed in; null while signing out or quitting. */
  private java.util.function.BiConsumer<String, String> openCasesStore;

  /** Opens the cases the user had open when they last signed out or quit; remembers from now on. */
  private void reopenCases(String stored, java.util.function.BiConsumer<String, String> keep) {
    if (stored != null && !stored.isBlank()) {
      java.util.Arrays.stream(stored.split(","))
          .map(String::strip)
          .filter(s -> s.matches("\\d{1,18}"))
          .limit(MOST_REOPENED)
          .map(Long::parseLong)
          .forEach(id -> cases.open(id, () -> newCase(id), false));
    }
    openCasesStore = keep;
  }

  /** Keeps which cases are open, when the user opened or closed one. */
  private void openCasesChanged() {
    if (openCasesStore != null) {
      openCasesStore.accept(
          OPEN_CASES_KEY, String.join(",", cases.ids().stream().map(String::valueOf).toList()));
    }
  }

  /** Keeps one of {@code actor}'s preferences, in the background. */
  private java.util.function.BiConsumer<String, String> store(
      com.privacydesk.app.cases.QueuePreferences prefs, com.privacydesk.app.Actor actor) {
    return (key, value) ->
        tasks.run(
            () -> {
              prefs.put(actor, key, value);
              return null;
            },
            x -> {},
            ex -> {});
  }

  /** Opens the case as a tab beside the queue, or shows it where it already is. */
  private void openDetail(long caseId) {
    cases.open(caseId, () -> newCase(caseId), true);
  }

  private CaseTabs.Opened newCase(long caseId) {
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
    lettersVm.setMail(s.mail(), vm::zone);
    CaseView view =
        new CaseView(
            detailVm,
            lettersVm,
            vm::zone,
            this::openDetail,
            passwordCase -> {
              toolWindows.intake(CaseType.CPNI_BREACH, passwordCase);
              detailVm.reload();
            });
    return new CaseTabs.Opened(view, detailVm::changed, detailVm::reload);
  }

  private LocalDateTime companyNow() {
    return LocalDateTime.now(clock.withZone(vm.zone()));
  }

  private LocalDate companyToday() {
    return companyNow().toLocalDate();
  }
}
