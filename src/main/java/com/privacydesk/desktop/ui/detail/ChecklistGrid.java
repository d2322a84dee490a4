package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.desktop.ui.common.Converters;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import java.util.function.LongConsumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The case window's checklist tab: a line per item, ticked with its dated or chosen evidence. */
final class ChecklistGrid {
  private ChecklistGrid() {}

  /**
   * Fills {@code checklist} with one row per line of the case's checklist: the box, its evidence
   * (date, choice, or the escalation the CPNI line needs) and its state.
   */
  static void render(
      GridPane checklist, CaseFile f, CaseDetailViewModel vm, LongConsumer escalate) {
    checklist.getChildren().clear();
    int row = 0;
    for (Checklist.Entry e : f.checklist()) {
      CheckBox box = new CheckBox(vm.checklistLabel(e));
      box.setId("check-" + e.key().replaceAll("[^A-Za-z0-9_]", "_"));
      box.setSelected(e.done());
      box.setWrapText(true);
      box.setMaxWidth(360);
      box.disableProperty()
          .bind(vm.busyProperty().or(new SimpleBooleanProperty(!f.checklistEditable())));
      HBox evidence = new HBox(6);
      DatePicker date = Converters.isoDates(new DatePicker(e.done() ? e.tick().doneOn() : null));
      ComboBox<String> choice = new ComboBox<>();
      if (e.item().evidence().dated()) {
        date.setId(box.getId() + "-date");
        date.setPrefWidth(150);
        date.setPromptText(Messages.get("detail.tick.datePrompt"));
        date.setDisable(e.done() || !f.checklistEditable());
        if (!e.done()) {
          date.setValue(
              vm.refusedTick(e.key())
                  .map(CaseDetailViewModel.TickAttempt::date)
                  .orElse(vm.today()));
        }
        evidence.getChildren().add(date);
      }
      if (e.item().evidence().chosen()) {
        choice.setId(box.getId() + "-choice");
        choice.getItems().setAll(e.item().choices());
        choice.setConverter(Converters.text(vm::choiceText));
        choice.setPromptText(Messages.get("detail.tick.choicePrompt"));
        if (e.done()) {
          choice.setValue(e.tick().choice());
        } else {
          vm.refusedTick(e.key()).ifPresent(t -> choice.setValue(t.choice()));
        }
        choice.setDisable(e.done() || !f.checklistEditable());
        evidence.getChildren().add(choice);
      }
      if (e.item() == ChecklistItem.CPNI_REACHED
          && !e.done()
          && f.checklistEditable()
          && f.detail().links().stream().noneMatch(l -> l.kind().equals("ESCALATED_TO"))) {
        // the line that asks whether CPNI was reached offers the escalation it needs for "Yes"
        Button open = new Button(Messages.get("menu.case.escalate"));
        open.setId(box.getId() + "-escalate");
        open.setOnAction(ev -> escalate.accept(f.id()));
        evidence.getChildren().add(open);
      }
      Label state = new Label(vm.tickText(e));
      state.setWrapText(true);
      state.getStyleClass().add(e.done() ? "tick-done" : e.required() ? "tick-open" : "hint");
      box.setOnAction(
          ev -> {
            if (box.isSelected()) {
              vm.tick(
                  e,
                  e.item().evidence().dated() ? date.getValue() : null,
                  e.item().evidence().chosen() ? choice.getValue() : null);
            } else {
              vm.untick(e);
            }
          });
      checklist.addRow(row++, box, evidence, state);
    }
    Label legend = new Label(Messages.get("detail.checklist.legend"));
    legend.getStyleClass().add("hint");
    legend.setWrapText(true);
    checklist.add(legend, 0, row, 3, 1);
  }
}
