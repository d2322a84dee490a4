package com.privacydesk.desktop.ui.notify;

import com.privacydesk.app.cases.NotificationService.Kind;
import com.privacydesk.app.cases.NotificationService.Notice;
import com.privacydesk.desktop.ui.common.Icons;
import com.privacydesk.desktop.ui.common.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The in-app reminder tray: a bell in the status bar with the unread count, a menu of the reminders
 * (each opens its case; the keyboard reaches it through View → Reminders), and a toast at the
 * window's lower right for a few seconds when new ones arrive.
 */
public final class NotificationTray {
  /** How long a toast stays. */
  static final Duration TOAST = Duration.seconds(8);

  private final NotificationsViewModel vm;
  private final Window owner;
  private final LongConsumer openCase;
  private final Button bell = new Button();
  private final ContextMenu menu = new ContextMenu();
  private final Popup toast = new Popup();
  private final Label toastText = new Label();
  private final PauseTransition toastTimer = new PauseTransition(TOAST);
  private Notice toastNotice;

  public NotificationTray(NotificationsViewModel vm, Window owner, LongConsumer openCase) {
    this.vm = vm;
    this.owner = owner;
    this.openCase = openCase;
    bell.setId("reminders");
    Icons.on(bell, Feather.BELL);
    bell.getStyleClass().addAll("flat", "reminder-bell");
    bell.setOnAction(e -> open());
    vm.unreadProperty().addListener((o, was, now) -> showCount());
    showCount();
    vm.notices().addListener((ListChangeListener<Notice>) c -> fill());
    fill();
    menu.setId("reminderMenu");
    // the menu opens up from the bell, its right edge on the bell's, inside the window
    menu.setOnShown(
        e -> {
          var b = bell.localToScreen(bell.getBoundsInLocal());
          if (b != null) {
            menu.setX(b.getMaxX() - menu.getWidth());
          }
        });
    toastText.setId("reminderToast");
    toastText.setWrapText(true);
    toastText.setMaxWidth(360);
    VBox box = new VBox(4, title(), toastText);
    box.getStyleClass().add("toast");
    box.setOnMouseClicked(
        e -> {
          toast.hide();
          if (toastNotice != null) {
            openCase.accept(toastNotice.caseId());
          }
        });
    toast.getContent().add(box);
    toast.setAutoHide(false);
    toastTimer.setOnFinished(e -> toast.hide());
    vm.latestProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                showToast(now);
              }
            });
  }

  private static Label title() {
    Label l = new Label(Messages.get("reminders.toast.title"));
    l.getStyleClass().add("section-title");
    return l;
  }

  /** The bell, for the status bar. */
  public Node button() {
    return bell;
  }

  /** Opens the reminders menu over the bell; everything in it is then read. */
  public void open() {
    fill();
    menu.show(bell, Side.TOP, 0, 0);
    vm.markRead();
  }

  /** Closes the toast (sign-out). */
  public void hide() {
    toast.hide();
    menu.hide();
  }

  private void showCount() {
    int n = vm.unreadProperty().get();
    bell.setText(n == 0 ? "" : Integer.toString(n));
    bell.setAccessibleText(Messages.get("reminders.name", n));
    bell.pseudoClassStateChanged(UNREAD, n > 0);
  }

  private void fill() {
    menu.getItems().clear();
    if (vm.notices().isEmpty()) {
      MenuItem none = new MenuItem(Messages.get("reminders.none"));
      none.setDisable(true);
      menu.getItems().add(none);
    }
    for (Notice n : vm.notices()) {
      MenuItem item = new MenuItem(NotificationsViewModel.text(n));
      item.setOnAction(e -> openCase.accept(n.caseId()));
      menu.getItems().add(item);
    }
    MenuItem settings = new MenuItem(Messages.get("reminders.settings"));
    settings.setId("reminderSettings");
    settings.setOnAction(e -> settings());
    menu.getItems().addAll(new SeparatorMenuItem(), settings);
  }

  private void showToast(Notice n) {
    if (!owner.isShowing()) {
      return;
    }
    toastNotice = n;
    toastText.setText(NotificationsViewModel.text(n));
    toast.show(owner);
    // lower right of the window, above the status bar
    toast.setX(owner.getX() + owner.getWidth() - toast.getWidth() - 16);
    toast.setY(owner.getY() + owner.getHeight() - toast.getHeight() - 48);
    toastTimer.playFromStart();
  }

  /** Which reminders come: one box per kind, kept for this user. */
  public void settings() {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("reminders.settings.title"));
    dialog.setHeaderText(Messages.get("reminders.settings.header"));
    Map<Kind, CheckBox> boxes = new EnumMap<>(Kind.class);
    VBox list = new VBox(8);
    for (Kind k : Kind.values()) {
      CheckBox box = new CheckBox(Messages.get("reminders.kind." + k));
      box.setId("reminderKind-" + k);
      box.setSelected(vm.isEnabled(k));
      boxes.put(k, box);
      list.getChildren().add(box);
    }
    dialog.getDialogPane().setContent(list);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(b -> boxes.forEach((k, box) -> vm.setEnabled(k, box.isSelected())));
  }

  private static final javafx.css.PseudoClass UNREAD =
      javafx.css.PseudoClass.getPseudoClass("unread");
}
