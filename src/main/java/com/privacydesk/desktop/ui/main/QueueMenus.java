package com.privacydesk.desktop.ui.main;

import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.queue.BulkDialogs;
import com.privacydesk.desktop.ui.queue.QueueView;
import com.privacydesk.desktop.ui.queue.QueueViewModel;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The main window's menus that act on the queue: the Case menu on the selected row, the View menu
 * of saved views and the bulk actions on every row shown. Bound again for each signed-in queue.
 */
final class QueueMenus {
  private final Stage stage;
  private final MainMenus m;
  private final DialogService dialogs;
  private final QueueViewModel queueVm;
  private final QueueView view;

  QueueMenus(
      Stage stage, MainMenus m, DialogService dialogs, QueueViewModel queueVm, QueueView view) {
    this.stage = stage;
    this.m = m;
    this.dialogs = dialogs;
    this.queueVm = queueVm;
    this.view = view;
  }

  /**
   * Binds every queue menu item.
   *
   * @param openDetail opens the case with that id
   * @param escalate opens a CPNI breach intake escalating the password case with that id
   */
  void bind(LongConsumer openDetail, LongConsumer escalate) {
    m.find.setOnAction(e -> view.focusSearch());
    m.openCase.disableProperty().unbind();
    m.openCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    m.openCase.setOnAction(e -> openDetail.accept(queueVm.selectedProperty().get().id()));
    m.escalate.disableProperty().unbind();
    m.escalate
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    queueVm.selectedProperty().get() == null
                        || queueVm.selectedProperty().get().type() != CaseType.PASSWORD_COMPROMISE,
                queueVm.selectedProperty()));
    m.escalate.setOnAction(e -> escalate.accept(queueVm.selectedProperty().get().id()));
    m.recalculate.setVisible(queueVm.canRecalculate());
    m.recalculate.disableProperty().unbind();
    m.recalculate.disableProperty().bind(queueVm.hasSelectionBinding().not());
    m.recalculate.setOnAction(e -> queueVm.previewRecalculation(this::confirmRecalculation));
    m.takeCase.disableProperty().unbind();
    m.takeCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    m.takeCase.setOnAction(e -> queueVm.takeSelected());
    m.assignCase.disableProperty().unbind();
    m.assignCase.setVisible(queueVm.canAssignOthers());
    m.assignCase.disableProperty().bind(queueVm.hasSelectionBinding().not());
    m.assignCase.setOnAction(e -> queueVm.loadAssignees(this::chooseAssignee));
    bindViewMenu();
    bindBulk();
  }

  /** View menu: filters, save/delete view, and one item per view with Ctrl+1.. Ctrl+9. */
  private void bindViewMenu() {
    m.toggleFilters.setOnAction(e -> view.toggleFilters());
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
    m.saveView.setOnAction(e -> save.run());
    view.setOnSaveView(save);
    m.deleteView.disableProperty().unbind();
    m.deleteView
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> queueVm.viewProperty().get() == null || !queueVm.viewProperty().get().saved(),
                queueVm.viewProperty()));
    m.deleteView.setOnAction(e -> queueVm.deleteChosenView());
    Runnable fill =
        () -> {
          List<MenuItem> items = new java.util.ArrayList<>(m.viewItems());
          items.add(new SeparatorMenuItem());
          int n = 0;
          for (QueueViewModel.ViewChoice c : queueVm.views()) {
            MenuItem item = new MenuItem(c.name());
            n++;
            if (n <= 9) {
              item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n));
            }
            item.setOnAction(
                e -> {
                  m.queue.fire(); // the queue shows the view chosen
                  queueVm.viewProperty().set(c);
                });
            items.add(item);
          }
          m.viewMenu.getItems().setAll(items);
        };
    queueVm.views().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
    fill.run();
  }

  private void bindBulk() {
    BulkDialogs bulk = new BulkDialogs(stage, queueVm);
    for (MenuItem item : List.of(m.bulkAssign, m.bulkTake, m.bulkAction, m.bulkExport)) {
      item.disableProperty().unbind();
      item.disableProperty().bind(queueVm.hasRowsBinding().not());
    }
    m.bulkAssign.setVisible(queueVm.canAssignOthers());
    m.bulkAssign.setOnAction(e -> bulk.assignAll());
    m.bulkTake.setOnAction(e -> bulk.takeAll());
    m.bulkAction.setOnAction(e -> bulk.performAll());
    m.bulkExport.setOnAction(e -> bulk.exportCsv());
  }

  private void confirmRecalculation(RecalculationService.Preview preview) {
    if (!preview.changesDates()) {
      dialogs.showInfo(
          Messages.get("recalc.title"),
          Messages.get("recalc.nothing") + "\n\n" + describe(preview));
      return;
    }
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, describe(preview));
    confirm.initOwner(stage);
    confirm.setTitle(Messages.get("recalc.title"));
    confirm.setHeaderText(Messages.get("recalc.header", preview.caseId()));
    confirm
        .showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(b -> queueVm.applyRecalculation(preview));
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

  /** "statutory: 2026-12-01 → 2026-12-02" per clock, and the rule/calendar versions. */
  private static String describe(RecalculationService.Preview p) {
    StringBuilder text = new StringBuilder();
    for (CaseClock after : p.after()) {
      String before =
          p.before().stream()
              .filter(b -> b.name().equals(after.name()))
              .map(b -> b.due().toString())
              .findFirst()
              .orElse("—");
      text.append(
              Messages.get(
                  "recalc.line",
                  Messages.get("clock." + after.name()),
                  before,
                  after.due().toString()))
          .append('\n');
    }
    text.append(
        Messages.get(
            "recalc.versions",
            Messages.ruleVersion(p.beforeVersion()),
            Messages.ruleVersion(p.afterVersion())));
    return text.toString();
  }
}
