package com.privacydesk.desktop.ui.main;

import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.WindowPlacement;
import com.privacydesk.desktop.ui.detail.CaseView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The open cases: each a tab of the main window beside Home and the queue, or, once detached, a
 * window of its own (and back). Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp move between
 * the main window's tabs from anywhere in it; Ctrl+W closes the case in front; Ctrl+Shift+U
 * detaches it or puts it back. A case whose note box holds text not yet added asks before it
 * closes.
 */
final class CaseTabs {
  /** What the main window does when a case opens or closes (keep the open set, refresh). */
  interface Listener {
    void opened(long caseId);

    void closed(long caseId, boolean changed);
  }

  /** One open case: its view, whether it changed anything, and where it shows. */
  record Opened(CaseView view, Supplier<Boolean> changed, Runnable reload) {}

  private static final class Open {
    final long id;
    final Opened opened;
    final Tab tab = new Tab();
    // the view's parent in the tab: a view moves between it and a window of its own
    final javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
    Stage window;

    Open(long id, Opened opened) {
      this.id = id;
      this.opened = opened;
    }
  }

  private final Stage owner;
  private final TabPane tabs;
  private final Listener listener;
  private final Map<Long, Open> open = new LinkedHashMap<>();

  /** Closes the case in front (the Case menu shows it too). */
  static final KeyCombination CLOSE = KeyCombination.keyCombination("Shortcut+W");

  /** Moves the case in front into a window of its own, or back (Ctrl+Shift+D is New DNC). */
  static final KeyCombination DETACH = KeyCombination.keyCombination("Shortcut+Shift+U");

  CaseTabs(Stage owner, TabPane tabs, Listener listener) {
    this.owner = owner;
    this.tabs = tabs;
    this.listener = listener;
    // a filter, so that it wins over the case's own sections (a TabPane inside the tab)
    owner.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    if (e.isAltDown() && !e.isShortcutDown() && e.getCode().isLetterKey()) {
      selected()
          .map(open::get)
          .filter(o -> o.opened.view().fireAction(e.getCode()))
          .ifPresent(o -> e.consume());
      return;
    }
    if (!e.isShortcutDown() || tabs.getScene() == null) {
      return;
    }
    int step =
        switch (e.getCode()) {
          case TAB -> e.isShiftDown() ? -1 : 1;
          case PAGE_DOWN -> 1;
          case PAGE_UP -> -1;
          default -> 0;
        };
    if (step != 0) {
      e.consume();
      step(step);
    } else if (CLOSE.match(e)) {
      selected()
          .ifPresent(
              id -> {
                e.consume();
                close(id);
              });
    } else if (DETACH.match(e)) {
      selected()
          .ifPresent(
              id -> {
                e.consume();
                detach(id);
              });
    }
  }

  /** Selects the next ({@code +1}) or previous ({@code -1}) tab, round the end. */
  void step(int step) {
    int n = tabs.getTabs().size();
    if (n == 0) {
      return;
    }
    int at = tabs.getSelectionModel().getSelectedIndex();
    tabs.getSelectionModel().select(Math.floorMod(at + step, n));
    focusSelected();
  }

  /**
   * Opens the case as a tab (created by {@code create}), or shows it where it already is; {@code
   * front}: false opens it behind what shows (the cases reopened at sign-in leave Home in front).
   */
  void open(long caseId, Supplier<Opened> create, boolean front) {
    Open o = open.get(caseId);
    if (o == null) {
      o = new Open(caseId, create.get());
      open.put(caseId, o);
      asTab(o);
      listener.opened(caseId);
    }
    if (front) {
      show(o);
    }
  }

  private void asTab(Open o) {
    Tab tab = o.tab;
    tab.setId("case-tab-" + o.id);
    tab.textProperty().bind(o.opened.view().tabTitleProperty());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(o.opened.view().titleProperty());
    tab.setTooltip(tip);
    o.holder.getChildren().setAll(o.opened.view().root());
    tab.setContent(o.holder);
    tab.setOnCloseRequest(
        e -> {
          if (!mayClose(o)) {
            e.consume();
          }
        });
    tab.setOnClosed(e -> closed(o));
    MenuItem detach = new MenuItem(Messages.get("caseTab.detach"));
    detach.setAccelerator(DETACH);
    detach.setOnAction(e -> detach(o.id));
    MenuItem close = new MenuItem(Messages.get("caseTab.close"));
    close.setAccelerator(CLOSE);
    close.setOnAction(e -> close(o.id));
    MenuItem closeOthers = new MenuItem(Messages.get("caseTab.closeOthers"));
    closeOthers.setOnAction(
        e -> List.copyOf(open.keySet()).stream().filter(id -> id != o.id).forEach(this::close));
    tab.setContextMenu(new ContextMenu(detach, close, closeOthers));
    tabs.getTabs().add(tab);
  }

  private void show(Open o) {
    if (o.window != null) {
      o.window.setIconified(false);
      o.window.toFront();
      o.window.requestFocus();
    } else {
      tabs.getSelectionModel().select(o.tab);
      focusSelected();
    }
  }

  /**
   * Puts the keyboard focus into the tab now in front, so that what is typed never goes to a
   * control of a tab no longer shown (a case's note box behind Home).
   */
  private void focusSelected() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    Runnable focus =
        selected()
            .map(open::get)
            .<Runnable>map(o -> o.opened.view()::focus)
            .orElse(tab == null ? null : focusers.get(tab));
    if (focus != null) {
      com.privacydesk.desktop.ui.common.FxThread.later(focus);
    }
  }

  /** How the fixed tabs (Home, the queue) take the focus when the keys bring them in front. */
  void focusWith(Tab tab, Runnable focus) {
    focusers.put(tab, focus);
  }

  private final Map<Tab, Runnable> focusers = new java.util.HashMap<>();

  /** True while a case's tab is the one in front. */
  javafx.beans.binding.BooleanBinding caseInFront() {
    return javafx.beans.binding.Bindings.createBooleanBinding(
        () -> selected().isPresent(), tabs.getSelectionModel().selectedItemProperty());
  }

  /** The case whose tab is selected, if a case tab is. */
  Optional<Long> selected() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return open.values().stream()
        .filter(o -> o.tab.equals(tab) && o.window == null)
        .map(o -> o.id)
        .findFirst();
  }

  /** The open cases, in the order they were opened. */
  List<Long> ids() {
    return List.copyOf(open.keySet());
  }

  /** Shows in each open case who else has it open now ({@link Presence}). */
  void showPresence(Map<Long, List<String>> presence) {
    open.values()
        .forEach(
            o ->
                o.opened
                    .view()
                    .showPresence(com.privacydesk.desktop.ui.common.Presence.text(presence, o.id)));
  }

  /** Reloads the case in front, if a case tab is in front; false otherwise. */
  boolean reloadSelected() {
    Optional<Long> id = selected();
    id.ifPresent(i -> open.get(i).opened.reload().run());
    return id.isPresent();
  }

  /** Closes the case, asking first if its note box holds text not yet added. */
  void close(long caseId) {
    Open o = open.get(caseId);
    if (o == null || !mayClose(o)) {
      return;
    }
    if (o.window != null) {
      o.window.close(); // its hidden handler does the rest
    } else {
      tabs.getTabs().remove(o.tab);
      closed(o);
    }
  }

  /** Closes every case without asking (signing out, quitting): the notes typed are dropped. */
  void closeAll() {
    for (Open o : List.copyOf(open.values())) {
      open.remove(o.id);
      if (o.window != null) {
        o.window.setOnHidden(null);
        o.window.close();
      }
      tabs.getTabs().remove(o.tab);
    }
  }

  private boolean mayClose(Open o) {
    if (!o.opened.view().hasUnaddedNote()) {
      return true;
    }
    show(o);
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            Messages.get("caseTab.unaddedNote", o.id),
            ButtonType.CANCEL,
            ButtonType.OK);
    ask.initOwner(o.window != null ? o.window : owner);
    ask.setHeaderText(null);
    ask.setTitle(Messages.get("caseTab.unaddedNote.title"));
    return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  private void closed(Open o) {
    if (open.remove(o.id) != null) {
      listener.closed(o.id, o.opened.changed().get());
    }
  }

  /** Moves the case from its tab to a window of its own, or from its window back to a tab. */
  void detach(long caseId) {
    Open o = open.get(caseId);
    if (o == null) {
      return;
    }
    if (o.window != null) {
      dock(o);
      return;
    }
    tabs.getTabs().remove(o.tab);
    o.holder.getChildren().clear();
    Stage window = new Stage();
    window.initOwner(owner);
    window.titleProperty().bind(o.opened.view().titleProperty());
    window.setScene(new Scene(o.opened.view().root(), 940, 660));
    WindowPlacement.name(window, "case");
    WindowPlacement.minimum(window, CaseView.MIN_WIDTH, CaseView.MIN_HEIGHT);
    window.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (CLOSE.match(e)) {
            e.consume();
            close(o.id);
          } else if (DETACH.match(e)) {
            e.consume();
            dock(o);
          }
        });
    window.setOnCloseRequest(
        e -> {
          if (!mayClose(o)) {
            e.consume();
          }
        });
    window.setOnHidden(e -> closed(o));
    o.window = window;
    window.show();
    com.privacydesk.desktop.ui.common.FxThread.later(o.opened.view()::focus);
  }

  /** Puts a detached case back as a tab of the main window. */
  private void dock(Open o) {
    Stage window = o.window;
    o.window = null;
    window.setOnHidden(null);
    window.close();
    window.getScene().setRoot(new javafx.scene.layout.Region());
    o.holder.getChildren().setAll(o.opened.view().root());
    tabs.getTabs().add(o.tab);
    owner.toFront();
    show(o);
  }
}
