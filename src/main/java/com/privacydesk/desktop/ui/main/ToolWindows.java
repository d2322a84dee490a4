package com.privacydesk.desktop.ui.main;

import com.privacydesk.desktop.ui.admin.AccountsDialog;
import com.privacydesk.desktop.ui.admin.AccountsViewModel;
import com.privacydesk.desktop.ui.admin.PurgeDialog;
import com.privacydesk.desktop.ui.admin.PurgeViewModel;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.desktop.ui.intake.ImportOptOutsDialog;
import com.privacydesk.desktop.ui.intake.ImportOptOutsViewModel;
import com.privacydesk.desktop.ui.intake.NewOptOutDialog;
import com.privacydesk.desktop.ui.intake.NewOptOutViewModel;
import com.privacydesk.desktop.ui.intake.RequestIntakeDialog;
import com.privacydesk.desktop.ui.intake.RequestIntakeViewModel;
import com.privacydesk.desktop.ui.reports.ReportsViewModel;
import com.privacydesk.desktop.ui.reports.ReportsWindow;
import com.privacydesk.desktop.ui.settings.SettingsDialog;
import com.privacydesk.desktop.ui.settings.SettingsViewModel;
import com.privacydesk.domain.CaseType;
import com.privacydesk.report.PurgeCertificateFile;
import com.privacydesk.report.ReportExporter;
import java.time.LocalDateTime;
import javafx.stage.Stage;

/**
 * The windows the main window opens from its menus besides cases: the intake forms, the opt-out
 * import, accounts, purge, settings and reports. Each is given the signed-in user and refreshes the
 * queue when it changed something.
 */
final class ToolWindows {
  private final Stage stage;
  private final MainViewModel vm;
  private final UiTaskRunner tasks;
  private final DialogService dialogs;
  private final java.util.function.Supplier<LocalDateTime> companyNow;
  private final Runnable refreshQueue;
  private ReportsWindow reportsWindow;

  ToolWindows(
      Stage stage,
      MainViewModel vm,
      UiTaskRunner tasks,
      DialogService dialogs,
      java.util.function.Supplier<LocalDateTime> companyNow,
      Runnable refreshQueue) {
    this.stage = stage;
    this.vm = vm;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.companyNow = companyNow;
    this.refreshQueue = refreshQueue;
  }

  /** File → New email opt-out. */
  void newOptOut() {
    var s = vm.services();
    var dialogVm = new NewOptOutViewModel(s.intake(), vm.actorProperty().get(), tasks, companyNow);
    dialogVm.setConfirmReceivedDays(vm.confirmReceivedDays());
    new NewOptOutDialog(stage, dialogVm).showAndWait().ifPresent(id -> refreshQueue.run());
  }

  /** File → Import opt-outs. */
  void importOptOuts() {
    var importVm =
        new ImportOptOutsViewModel(
            vm.services().optOutImports(), vm.actorProperty().get(), tasks, refreshQueue);
    new ImportOptOutsDialog(stage, importVm).showAndWait();
  }

  /** The intake form of {@code type} (a CPNI breach: escalating {@code passwordCaseId}). */
  void intake(CaseType type, long passwordCaseId) {
    var s = vm.services();
    var formVm =
        new RequestIntakeViewModel(
            type, s.intake(), vm.actorProperty().get(), tasks, companyNow, passwordCaseId);
    formVm.setConfirmReceivedDays(vm.confirmReceivedDays());
    new RequestIntakeDialog(stage, formVm).showAndWait().ifPresent(id -> refreshQueue.run());
  }

  /** Tools → Accounts. */
  void accounts() {
    new AccountsDialog(
            stage,
            new AccountsViewModel(vm.services().users(), vm.actorProperty().get(), tasks),
            vm::zone)
        .showAndWait();
    refreshQueue.run();
  }

  /** Tools → Retention purge. */
  void purge() {
    new PurgeDialog(
            stage,
            new PurgeViewModel(
                vm.services().purges(),
                vm.actorProperty().get(),
                tasks,
                PurgeCertificateFile.defaultFolder(vm.services().dataDir())))
        .showAndWait();
    refreshQueue.run();
  }

  /** Tools → Settings. */
  void settings() {
    var settingsVm =
        new SettingsViewModel(vm.services().settings(), vm.actorProperty().get(), tasks);
    new SettingsDialog(stage, settingsVm)
        .showAndWait()
        .ifPresent(
            n -> {
              vm.reloadSettings();
              refreshQueue.run();
              dialogs.showInfo(
                  Messages.get("settings.saved"), Messages.get("settings.savedText", n));
            });
  }

  /** Opens (or brings forward) the Reports window on {@code kind}. */
  void reports(ReportsViewModel.Kind kind) {
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

  /** The Reports window, once opened. */
  ReportsWindow reportsWindow() {
    return reportsWindow;
  }

  /** Closes the Reports window (at sign-out). */
  void closeReports() {
    if (reportsWindow != null) {
      reportsWindow.stage().close();
      reportsWindow = null;
    }
  }
}
