package com.privacydesk.desktop.ui.notify;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.NotificationService;
import com.privacydesk.app.cases.NotificationService.Kind;
import com.privacydesk.app.cases.NotificationService.Notice;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The signed-in user's reminders: checked in the background at sign-in and then with every change
 * check; the newest first in the tray, the unread counted, the newest shown as a passing toast.
 * Deadline reminders (due tomorrow, overdue) come once a day per case. Which kinds come is the
 * user's own choice, kept in their preferences ({@code notify.<KIND>=off}).
 */
public final class NotificationsViewModel {
  /** Most notices the tray keeps. */
  public static final int KEPT = 100;

  /** Preference key prefix of a kind turned off. */
  public static final String KEY_PREFIX = "notify.";

  /**
   * Preference key of the audit position checked up to: what happened while the user was away is
   * told at their next sign-in.
   */
  public static final String MARK_KEY = "notify.mark";

  private final NotificationService service;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Supplier<LocalDate> today;
  private final BiConsumer<String, String> store;

  private final ObservableList<Notice> notices = FXCollections.observableArrayList();
  private final IntegerProperty unread = new SimpleIntegerProperty();
  private final ObjectProperty<Notice> latest = new SimpleObjectProperty<>();
  private final EnumSet<Kind> enabled = EnumSet.allOf(Kind.class);
  private final Set<String> toldToday = new HashSet<>();
  private LocalDate deadlinesChecked;
  private long mark = -1;
  private boolean checking;

  public NotificationsViewModel(
      NotificationService service,
      Actor actor,
      UiTaskRunner tasks,
      Supplier<LocalDate> today,
      Map<String, String> preferences,
      BiConsumer<String, String> store) {
    this.service = service;
    this.actor = actor;
    this.tasks = tasks;
    this.today = today;
    this.store = store;
    try {
      mark = Long.parseLong(preferences.getOrDefault(MARK_KEY, "-1"));
    } catch (NumberFormatException e) {
      mark = -1;
    }
    for (Kind k : Kind.values()) {
      if ("off".equals(preferences.get(KEY_PREFIX + k))) {
        enabled.remove(k);
      }
    }
  }

  /**
   * Starts where the user's last session stopped (the audit trail's head now at their first
   * sign-in), and reminds of today's deadlines at once.
   */
  public void start() {
    if (mark >= 0) {
      check();
      return;
    }
    tasks.run(
        () -> service.mark(actor),
        m -> {
          mark = m;
          store.accept(MARK_KEY, Long.toString(m)); // from here, whatever happens while away
          check();
        },
        ex -> {});
  }

  /** Looks for new reminders (in the background); one check at a time. */
  public void check() {
    if (mark < 0 || checking) {
      return;
    }
    checking = true;
    LocalDate day = today.get();
    boolean deadlines = !day.equals(deadlinesChecked);
    Set<Kind> kinds = EnumSet.copyOf(enabled);
    long from = mark;
    tasks.run(
        () -> service.check(actor, from, day, kinds, deadlines),
        check -> {
          checking = false;
          if (check.mark() != mark) {
            store.accept(MARK_KEY, Long.toString(check.mark()));
          }
          mark = check.mark();
          if (deadlines) {
            deadlinesChecked = day;
          }
          add(check.notices(), day);
        },
        ex -> checking = false);
  }

  private void add(List<Notice> found, LocalDate day) {
    Notice newestEvent = null;
    Notice firstDeadline = null;
    for (Notice n : found) {
      boolean deadline = n.kind() == Kind.DUE_TOMORROW || n.kind() == Kind.OVERDUE;
      if (deadline && !toldToday.add(day + "/" + n.kind() + "/" + n.caseId())) {
        continue;
      }
      notices.addFirst(n);
      unread.set(unread.get() + 1);
      if (!deadline) {
        newestEvent = n;
      } else if (firstDeadline == null) {
        firstDeadline = n;
      }
    }
    if (notices.size() > KEPT) {
      notices.remove(KEPT, notices.size());
    }
    // the toast shows what someone did (the newest), before a deadline the day's list repeats
    Notice shown = newestEvent != null ? newestEvent : firstDeadline;
    if (shown != null) {
      latest.set(null); // the same notice again still shows
      latest.set(shown);
    }
  }

  /** The reminders, newest first. */
  public ObservableList<Notice> notices() {
    return notices;
  }

  /** How many arrived since the tray was last opened. */
  public ReadOnlyIntegerProperty unreadProperty() {
    return unread;
  }

  /** The newest reminder of the last check that brought any (the toast shows it). */
  public ReadOnlyObjectProperty<Notice> latestProperty() {
    return latest;
  }

  /** The tray was opened: everything in it is read. */
  public void markRead() {
    unread.set(0);
  }

  /** Whether {@code kind} comes. */
  public boolean isEnabled(Kind kind) {
    return enabled.contains(kind);
  }

  /** Turns {@code kind} on or off for this user, and keeps the choice. */
  public void setEnabled(Kind kind, boolean on) {
    if (on ? enabled.add(kind) : enabled.remove(kind)) {
      store.accept(KEY_PREFIX + kind, on ? "on" : "off");
    }
  }

  /**
   * What a reminder says: case number, type and due date only (and a reviewer's comment, which the
   * app shows but never hands to the operating system).
   */
  public static String text(Notice n) {
    String due = n.due() == null ? "—" : n.due().toString();
    String text =
        Messages.get("notice." + n.kind(), n.caseId(), Messages.get("type." + n.type()), due);
    return n.comment() == null
        ? text
        : text + "\n" + Messages.get("reminders.comment", n.comment());
  }
}
