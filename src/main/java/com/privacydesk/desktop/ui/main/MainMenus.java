package com.privacydesk.desktop.ui.main;

import com.privacydesk.desktop.ui.common.Appearance;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.types.RequestTypeSpec;
import com.privacydesk.domain.types.RequestTypes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menus: every item with its accelerator and id, in the order the menu bar shows
 * them. File → New has one item per request type the registry offers there. What an item does, the
 * main window binds.
 */
final class MainMenus {
  /** File → New items, one per request type the registry offers there (in type order). */
  final Map<CaseType, MenuItem> newItems = new EnumMap<>(CaseType.class);

  final MenuItem importOptOuts = new MenuItem(Messages.get("menu.file.importOptOuts"));
  final MenuItem importEmail = new MenuItem(Messages.get("menu.file.importEmail"));
  final MenuItem incomingMail = new MenuItem(Messages.get("menu.file.incomingMail"));
  final MenuItem fetchMail = new MenuItem(Messages.get("menu.file.fetchMail"));
  final MenuItem mailboxes = new MenuItem(Messages.get("menu.tools.mailboxes"));
  final MenuItem openCase = new MenuItem(Messages.get("menu.case.open"));
  final MenuItem find = new MenuItem(Messages.get("menu.case.find"));
  final MenuItem closeCase = new MenuItem(Messages.get("menu.case.close"));
  final MenuItem detachCase = new MenuItem(Messages.get("menu.case.detach"));
  final MenuItem escalate = new MenuItem(Messages.get("menu.case.escalate"));
  final MenuItem recalculate = new MenuItem(Messages.get("menu.case.recalculate"));
  final MenuItem settings = new MenuItem(Messages.get("menu.tools.settings"));
  final MenuItem verifyAudit = new MenuItem(Messages.get("menu.tools.verifyAudit"));
  final MenuItem accounts = new MenuItem(Messages.get("menu.tools.accounts"));
  final MenuItem purge = new MenuItem(Messages.get("menu.tools.purge"));
  final MenuItem register = new MenuItem(Messages.get("menu.tools.register"));
  final MenuItem templates = new MenuItem(Messages.get("menu.tools.templates"));
  final MenuItem changePassword = new MenuItem(Messages.get("menu.file.password"));
  final MenuItem monthlyReport = new MenuItem(Messages.get("menu.reports.monthly"));
  final MenuItem cpniReport = new MenuItem(Messages.get("menu.reports.cpni"));
  final Menu reportsMenu = new Menu(Messages.get("menu.reports"), null, monthlyReport, cpniReport);
  final MenuItem refresh = new MenuItem(Messages.get("menu.file.refresh"));
  final MenuItem quit = new MenuItem(Messages.get("menu.file.quit"));
  final MenuItem signOut = new MenuItem(Messages.get("menu.file.signOut"));
  final MenuItem takeCase = new MenuItem(Messages.get("menu.case.take"));
  final MenuItem assignCase = new MenuItem(Messages.get("menu.case.assign"));
  final MenuItem about = new MenuItem(Messages.get("menu.help.about"));
  final MenuItem shortcuts = new MenuItem(Messages.get("menu.help.shortcuts"));
  final MenuItem userGuide = new MenuItem(Messages.get("menu.help.guide"));
  final MenuItem saveView = new MenuItem(Messages.get("menu.view.save"));
  final MenuItem deleteView = new MenuItem(Messages.get("menu.view.delete"));
  final MenuItem toggleFilters = new MenuItem(Messages.get("menu.view.filters"));
  final MenuItem bulkAssign = new MenuItem(Messages.get("menu.case.bulkAssign"));
  final MenuItem bulkTake = new MenuItem(Messages.get("menu.case.bulkTake"));
  final MenuItem bulkAction = new MenuItem(Messages.get("menu.case.bulkAction"));
  final MenuItem bulkExport = new MenuItem(Messages.get("menu.case.bulkExport"));
  final Menu viewMenu = new Menu(Messages.get("menu.view"));
  final Menu themeMenu = new Menu(Messages.get("menu.view.theme"));
  final Map<Appearance.Theme, RadioMenuItem> themeItems = new EnumMap<>(Appearance.Theme.class);
  final MenuItem largerText = new MenuItem(Messages.get("menu.view.larger"));
  final MenuItem smallerText = new MenuItem(Messages.get("menu.view.smaller"));
  final MenuItem normalText = new MenuItem(Messages.get("menu.view.normalSize"));
  final MenuItem home = new MenuItem(Messages.get("menu.view.home"));
  final MenuItem queue = new MenuItem(Messages.get("menu.view.queue"));
  final MenuItem reminders = new MenuItem(Messages.get("menu.view.reminders"));

  MainMenus() {
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
    incomingMail.setId("menuIncomingMail");
    incomingMail.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
    importEmail.setId("menuImportEmail");
    importEmail.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
    fetchMail.setId("menuFetchMail");
    fetchMail.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
    mailboxes.setId("menuMailboxes");
    openCase.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
    closeCase.setId("menuCloseCase");
    closeCase.setAccelerator(CaseTabs.CLOSE);
    detachCase.setId("menuDetachCase");
    detachCase.setAccelerator(CaseTabs.DETACH);
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
    ToggleGroup themes = new ToggleGroup();
    for (Appearance.Theme t : Appearance.Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(Messages.get("menu.view.theme." + t));
      item.setId("menuTheme-" + t);
      item.setToggleGroup(themes);
      themeItems.put(t, item);
      themeMenu.getItems().add(item);
    }
    themeMenu.setId("menuTheme");
    home.setId("menuHome");
    home.setAccelerator(KeyCombination.keyCombination("Shortcut+H"));
    queue.setId("menuQueue");
    queue.setAccelerator(KeyCombination.keyCombination("Shortcut+U"));
    reminders.setId("menuReminders");
    reminders.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
    // Appearance handles these keys in every window; the accelerators only show them
    largerText.setId("menuLargerText");
    largerText.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
    smallerText.setId("menuSmallerText");
    smallerText.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
    normalText.setId("menuNormalText");
    normalText.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
  }

  /** The View menu's first items: the queue's filters and views, then the look. */
  List<MenuItem> viewItems() {
    return List.of(
        home,
        queue,
        reminders,
        new SeparatorMenuItem(),
        toggleFilters,
        saveView,
        deleteView,
        new SeparatorMenuItem(),
        themeMenu,
        largerText,
        smallerText,
        normalText);
  }

  /** The menu bar: File, View, Case, Reports, Tools, Help. */
  MenuBar bar() {
    Menu file = new Menu(Messages.get("menu.file"));
    file.getItems().addAll(newItems.values());
    file.getItems()
        .addAll(
            new SeparatorMenuItem(),
            importOptOuts,
            new SeparatorMenuItem(),
            incomingMail,
            fetchMail,
            importEmail,
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
            closeCase,
            detachCase,
            new SeparatorMenuItem(),
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
            mailboxes,
            register,
            templates,
            accounts,
            purge,
            verifyAudit);
    tools.setId("menuTools");
    Menu help = new Menu(Messages.get("menu.help"), null, userGuide, shortcuts, about);
    viewMenu.setId("menuView");
    viewMenu.getItems().setAll(viewItems());
    reportsMenu.setVisible(false);
    return new MenuBar(file, viewMenu, cases, reportsMenu, tools, help);
  }
}
