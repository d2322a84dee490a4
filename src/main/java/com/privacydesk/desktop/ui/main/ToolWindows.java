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
import java.time.YearMonth;
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
  private com.privacydesk.desktop.ui.mail.IncomingMailViewModel incoming;
  private com.privacydesk.desktop.ui.mail.IncomingMailWindow incomingWindow;

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

  /** The incoming mail list of the signed-in user (one per sign-in, shared with the timer). */
  com.privacydesk.desktop.ui.mail.IncomingMailViewModel incoming() {
    if (incoming == null) {
      incoming =
          new com.privacydesk.desktop.ui.mail.IncomingMailViewModel(
              vm.services().mail(),
              vm.services().intake(),
              vm.actorProperty().get(),
              tasks,
              refreshQueue);
    }
    return incoming;
  }

  /** File → Incoming mail: opens (or brings forward) the window. */
  void incomingMail() {
    if (incomingWindow == null) {
      incomingWindow =
          new com.privacydesk.desktop.ui.mail.IncomingMailWindow(
              stage,
              incoming(),
              vm::zone,
              com.privacydesk.domain.types.RequestTypes.all().stream()
                  .filter(t -> t.newMenuShortcut().isPresent())
                  .map(com.privacydesk.domain.types.RequestTypeSpec::type)
                  .toList(),
              this::intakeFromMail);
    }
    incomingWindow.show();
  }

  /** The intake form of {@code type}, filled from an incoming message. */
  private void intakeFromMail(
      CaseType type, com.privacydesk.app.mail.MailService.IntakeDraft draft) {
    var s = vm.services();
    javafx.stage.Window owner = incomingWindow == null ? stage : incomingWindow.stage();
    java.util.Optional<Long> saved;
    if (type == CaseType.EMAIL_OPT_OUT) {
      var dialogVm =
          new NewOptOutViewModel(s.intake(), vm.actorProperty().get(), tasks, companyNow);
      dialogVm.setConfirmReceivedDays(vm.confirmReceivedDays());
      dialogVm.fromMail(draft);
      saved = new NewOptOutDialog(owner, dialogVm).showAndWait();
    } else {
      var formVm =
          new RequestIntakeViewModel(
              type, s.intake(), vm.actorProperty().get(), tasks, companyNow, 0);
      formVm.setConfirmReceivedDays(vm.confirmReceivedDays());
      formVm.fromMail(draft);
      saved = new RequestIntakeDialog(owner, formVm).showAndWait();
    }
    saved.ifPresentOrElse(incoming()::converted, incoming()::refresh);
  }

  /** File → Import email…: saved messages into the list, which then opens. */
  void importEmail() {
    com.privacydesk.desktop.ui.mail.IncomingMailWindow.chooseFiles(stage, incoming());
    incomingMail();
  }

  /** Tools → Mailboxes and mail rules. */
  void mailboxes() {
    new com.privacydesk.desktop.ui.mail.MailboxesDialog(
            stage,
            new com.privacydesk.desktop.ui.mail.MailboxesViewModel(
                vm.services().mail(), vm.actorProperty().get(), tasks))
        .showAndWait();
  }

  /** Closes the incoming mail window and forgets its list (at sign-out). */
  void closeMail() {
    if (incomingWindow != null) {
      incomingWindow.stage().close();
      incomingWindow = null;
    }
    incoming = null;
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
    reports(kind, null);
  }

  /** The Reports window on {@code month} (null: where it is, or the last full month). */
  void reports(ReportsViewModel.Kind kind, @org.jspecify.annotations.Nullable YearMonth month) {
    if (reportsWindow != null && reportsWindow.stage().isShowing()) {
      reportsWindow.stage().toFront();
      if (reportsWindow.kind() != kind || month != null) {
        reportsWindow.show(kind, month);
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
    reportsWindow.show(kind, month);
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
