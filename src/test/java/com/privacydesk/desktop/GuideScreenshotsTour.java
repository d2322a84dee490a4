package com.privacydesk.desktop;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.privacydesk.desktop.ui.common.Appearance;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user guide's gallery (issue 21, "Look"): every screen of PrivacyDesk, in the light and the
 * dark theme, on demo data, signed in as the demo administrator (who sees every menu). Each screen
 * is the snapshot of its window's scene, written to {@code
 * docs/images/screens/<screen>-<theme>.png}. Not a test of behaviour and not part of the suite:
 * {@code ./dev screenshots} runs it on Xvfb with openbox.
 */
@EnabledIfSystemProperty(named = "privacydesk.tour", matches = "true")
class GuideScreenshotsTour extends DemoDesktopBase {
  private static final Path OUT = Path.of("docs", "images", "screens");

  private final List<String> written = new ArrayList<>();

  @Test
  @org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.MINUTES) // two themes, 30 screens each
  void everyScreenInBothThemes(FxRobot robot) throws Exception {
    Files.createDirectories(OUT);
    Stage signIn = window("Sign in");
    for (Appearance.Theme theme : List.of(Appearance.Theme.LIGHT, Appearance.Theme.DARK)) {
      robot.interact(() -> Appearance.shared().choose(theme));
      shoot(signIn, "sign-in", theme);
    }
    robot.write("demoadmin");
    robot.type(KeyCode.TAB);
    robot.write("privacydesk-demo");
    robot.type(KeyCode.ENTER);
    Stage main = waitForMain();
    robot.interact(
        () -> {
          main.setWidth(1200);
          main.setHeight(760);
        });
    for (Appearance.Theme theme : List.of(Appearance.Theme.LIGHT, Appearance.Theme.DARK)) {
      robot.interact(() -> Appearance.shared().choose(theme));
      tour(robot, main, theme);
    }
    Files.writeString(OUT.resolve("index.txt"), String.join("\n", written) + "\n");
  }

  private void tour(FxRobot robot, Stage main, Appearance.Theme theme) throws Exception {
    robot.push(KeyCode.SHORTCUT, KeyCode.H);
    settle(3000); // Home's figures and the twelve months load in the background
    shoot(main, "home", theme);

    robot.push(KeyCode.SHORTCUT, KeyCode.U);
    waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
    settle(800);
    shoot(main, "queue", theme);
    robot.push(KeyCode.SHORTCUT, KeyCode.L);
    settle(800);
    shoot(main, "queue-filters", theme);
    robot.push(KeyCode.SHORTCUT, KeyCode.L);
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    dialog(robot, "text:Assign to…", "Assign case", "assign-case", theme);
    dialog(robot, "text:Save view…", "Save view", "save-view", theme);
    dialog(robot, "text:Assign all in view…", "Assign all in view", "bulk-assign", theme);

    // a case: its five sections
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    robot.clickOn("#queueTable").type(KeyCode.ENTER);
    GuiFlowTestBase.waitUntilShowing(robot, "#detail-actions .button", 20);
    settle(1000);
    String[] sections = {"overview", "checklist", "notes", "letters", "timeline"};
    for (int i = 0; i < sections.length; i++) {
      robot.push(KeyCode.ALT, KeyCode.valueOf("DIGIT" + (i + 1)));
      settle(700);
      shoot(main, "case-" + sections[i], theme);
    }
    robot.push(KeyCode.ALT, KeyCode.DIGIT1);
    settle(500);
    button(robot, "#action-CLOSE", "Close the case", "close-case", theme);
    button(robot, "#reveal-personal", "Reveal personal data", "reveal", theme);
    button(robot, "#action-link", "Link to another case", "link-case", theme);
    robot.push(KeyCode.SHORTCUT, KeyCode.W);
    settle(500);

    // the reminders list (a popup of the main window)
    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N);
    settle(800);
    Window.getWindows().stream()
        .filter(w -> w.isShowing() && w instanceof javafx.scene.control.ContextMenu)
        .findFirst()
        .ifPresent(w -> shoot(w, "reminders", theme));
    robot.type(KeyCode.ESCAPE);

    dialog(robot, "menuNewOptOut", "New email opt-out", "new-opt-out", theme);
    dialog(robot, "menuNew-CA_DISCLOSURE", "New CA disclosure", "new-ca-disclosure", theme);
    dialog(robot, "menuNew-CHILD_DATA_DELETION", "New child", "new-child-deletion", theme);
    dialog(robot, "menuNew-PASSWORD_COMPROMISE", "New password", "new-password-compromise", theme);
    dialog(robot, "menuNew-TELEMARKETING_DNC", "New", "new-do-not-call", theme);
    dialog(robot, "menuImportOptOuts", "Import", "import-opt-outs", theme);
    dialog(robot, "menuIncomingMail", "Incoming mail", "incoming-mail", theme);
    dialog(robot, "menuMailboxes", "Mailboxes", "mailboxes", theme);
    dialog(robot, "text:Settings…", "Settings", "settings", theme);
    dialog(robot, "menuAccounts", "Accounts", "accounts", theme);
    dialog(robot, "menuRegister", "Disclosure register", "disclosure-register", theme);
    dialog(robot, "menuTemplates", "Letter templates", "letter-templates", theme);
    dialog(robot, "menuPurge", "Retention purge", "retention-purge", theme);
    dialog(robot, "menuMonthlyReport", "Reports", "reports", theme);
    dialog(robot, "menuChangePassword", "Change", "change-password", theme);
    dialog(robot, "text:Keyboard shortcuts", "Keyboard shortcuts", "keyboard-shortcuts", theme);
    dialog(robot, "text:About PrivacyDesk", "About", "about", theme);
  }

  /**
   * Opens the window of menu item {@code item} (an id, or "text:" and its text), shoots, closes.
   */
  private void dialog(FxRobot robot, String item, String title, String name, Appearance.Theme theme)
      throws Exception {
    MenuItem found = menuItem(robot, item);
    opened(robot, () -> Platform.runLater(found::fire), title, name, theme);
  }

  /** Fires the button {@code query} (later: its dialog waits), shoots the dialog, closes it. */
  private void button(
      FxRobot robot, String query, String title, String name, Appearance.Theme theme)
      throws Exception {
    javafx.scene.control.Button b = robot.lookup(query).queryButton();
    opened(robot, () -> Platform.runLater(b::fire), title, name, theme);
  }

  /** Opens a window with {@code open}, waits for it by its title, shoots it, closes it. */
  private void opened(
      FxRobot robot, Runnable open, String title, String name, Appearance.Theme theme)
      throws Exception {
    Set<Window> before = new LinkedHashSet<>(Window.getWindows());
    open.run();
    Stage[] opened = {
      GuiFlowTestBase.showingStage(
          st -> !before.contains(st) && st.getTitle() != null && st.getTitle().startsWith(title),
          30)
    };
    settle(1500);
    shoot(opened[0], name, theme);
    robot.interact(
        () -> {
          opened[0].fireEvent(new WindowEvent(opened[0], WindowEvent.WINDOW_CLOSE_REQUEST));
          if (opened[0].isShowing()) {
            opened[0].close();
          }
        });
    settle(500);
  }

  private static MenuItem menuItem(FxRobot robot, String item) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<MenuItem> all = new ArrayList<>();
    for (Menu m : bar.getMenus()) {
      collect(m, all);
    }
    return all.stream()
        .filter(
            i ->
                item.startsWith("text:")
                    ? i.getText() != null
                        && i.getText().replace("_", "").equals(item.substring("text:".length()))
                    : item.equals(i.getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + item));
  }

  private static void collect(Menu menu, List<MenuItem> into) {
    for (MenuItem i : menu.getItems()) {
      into.add(i);
      if (i instanceof Menu sub) {
        collect(sub, into);
      }
    }
  }

  private static TableView<?> table(FxRobot robot) {
    return robot.lookup("#queueTable").queryAs(TableView.class);
  }

  private static void settle(long millis) throws InterruptedException {
    Thread.sleep(millis);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Stage window(String title) throws Exception {
    Stage found = GuiFlowTestBase.showingStage(st -> title.equals(st.getTitle()), 30);
    settle(1000);
    return found;
  }

  private static Stage waitForMain() throws Exception {
    Stage found =
        GuiFlowTestBase.showingStage(
            st -> st.getOwner() == null && st.getScene().getRoot().lookup("#mainTabs") != null, 30);
    settle(2000);
    return found;
  }

  /** Writes the snapshot of {@code w}'s scene as {@code <name>-<theme>.png}. */
  private void shoot(Window w, String name, Appearance.Theme theme) {
    WritableImage[] image = new WritableImage[1];
    try {
      WaitForAsyncUtils.asyncFx(
              () -> {
                Scene scene = w.getScene();
                image[0] = scene.snapshot(null);
              })
          .get(20, TimeUnit.SECONDS);
      BufferedImage out =
          new BufferedImage(
              (int) image[0].getWidth(), (int) image[0].getHeight(), BufferedImage.TYPE_INT_RGB);
      PixelReader pixels = image[0].getPixelReader();
      for (int y = 0; y < out.getHeight(); y++) {
        for (int x = 0; x < out.getWidth(); x++) {
          out.setRGB(x, y, pixels.getArgb(x, y));
        }
      }
      String file = name + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
      javax.imageio.ImageIO.write(out, "png", OUT.resolve(file).toFile());
      written.add(file);
    } catch (Exception e) {
      throw new AssertionError("could not shoot " + name, e);
    }
  }
}
