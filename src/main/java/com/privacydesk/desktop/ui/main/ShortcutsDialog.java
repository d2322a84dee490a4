package com.privacydesk.desktop.ui.main;

import com.privacydesk.desktop.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts (F1): every menu accelerator, read from the menus themselves so the
 * list cannot drift, then the keys that work inside the queue and a case.
 */
final class ShortcutsDialog {
  /** Bundle keys {@code shortcuts.extra.<n>.keys} / {@code .action} for keys outside the menus. */
  private static final int EXTRAS = 10;

  private ShortcutsDialog() {}

  static void show(Window owner, MenuBar menus) {
    GridPane grid = new GridPane();
    grid.setId("shortcutsGrid");
    grid.getStyleClass().add("form-grid");
    List<String[]> rows = new ArrayList<>();
    for (Menu menu : menus.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (item.getAccelerator() != null && item.isVisible()) {
          rows.add(new String[] {item.getAccelerator().getDisplayText(), item.getText()});
        }
      }
    }
    for (int i = 1; i <= EXTRAS; i++) {
      rows.add(
          new String[] {
            Messages.get("shortcuts.extra." + i + ".keys"),
            Messages.get("shortcuts.extra." + i + ".action")
          });
    }
    int row = 0;
    for (String[] r : rows) {
      Label keys = new Label(r[0]);
      keys.getStyleClass().add("shortcut-keys");
      grid.addRow(row++, keys, new Label(r[1].replace("_", "")));
    }
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("shortcuts.title"));
    dialog.setHeaderText(Messages.get("shortcuts.header"));
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(440);
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().setPrefWidth(620);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.showAndWait();
  }
}
