package com.privacydesk.desktop.ui.home;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.HomeService;
import com.privacydesk.app.cases.HomeService.MyDay;
import com.privacydesk.app.cases.HomeService.Team;
import com.privacydesk.app.reports.ReportService;
import com.privacydesk.app.reports.ReportService.MonthFigures;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.user.Permission;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The home screen: the signed-in user's day and, for those who assign work, the team's. Loads in
 * the background; a refresh replaces the figures in place and leaves the rest of the screen as it
 * is. The last twelve months (computed from the records when never reported) load once per sign-in,
 * or on an explicit refresh.
 */
public final class HomeViewModel {
  /** Months the on-time chart shows. */
  public static final int MONTHS = 12;

  private final HomeService home;
  private final ReportService reports;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Supplier<LocalDateTime> companyNow;
  private final Supplier<java.time.ZoneId> zone;

  private final ObjectProperty<MyDay> myDay = new SimpleObjectProperty<>();
  private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
  private final ObjectProperty<MonthFigures> monthToDate = new SimpleObjectProperty<>();
  private final ObjectProperty<List<MonthFigures>> months = new SimpleObjectProperty<>(List.of());
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper monthsStatus = new ReadOnlyStringWrapper("");
  private boolean monthsLoading;

  public HomeViewModel(
      HomeService home,
      ReportService reports,
      Actor actor,
      UiTaskRunner tasks,
      Supplier<LocalDateTime> companyNow,
      Supplier<java.time.ZoneId> zone) {
    this.zone = zone;
    this.home = home;
    this.reports = reports;
    this.actor = actor;
    this.tasks = tasks;
    this.companyNow = companyNow;
  }

  /** Whether the Team section applies: the user assigns and reviews work. */
  public boolean showsTeam() {
    return actor.can(Permission.ASSIGN_CASE);
  }

  /** Whether the month's figures apply: the user sees reports. */
  public boolean showsMonth() {
    return actor.can(Permission.VIEW_REPORTS);
  }

  /** Loads everything, the twelve months included. */
  public void load() {
    refresh();
    loadMonths();
  }

  /** Reloads the day's figures and the month so far (not the twelve months). */
  public void refresh() {
    refreshDay();
    if (showsMonth()) {
      tasks.run(() -> reports.monthToDate(actor), monthToDate::set, ex -> {});
    }
  }

  /** Reloads My day and the team's figures: cheap counts, for the periodic refresh. */
  public void refreshDay() {
    LocalDateTime now = companyNow.get();
    LocalDate today = now.toLocalDate();
    status.set(Messages.get("home.loading"));
    tasks.run(
        () -> home.myDay(actor, today),
        day -> {
          myDay.set(day);
          status.set(Messages.get("home.updated", now.toLocalTime().withNano(0).withSecond(0)));
        },
        ex -> status.set(Messages.get("home.failed", Messages.describe(ex))));
    if (showsTeam()) {
      tasks.run(() -> home.team(actor, today), team::set, ex -> {});
    }
  }

  /** Loads the last twelve months' on-time rates (once at a time). */
  public void loadMonths() {
    if (!showsMonth() || monthsLoading) {
      return;
    }
    monthsLoading = true;
    monthsStatus.set(Messages.get("home.months.loading"));
    tasks.run(
        () -> reports.lastMonths(actor, MONTHS),
        loaded -> {
          monthsLoading = false;
          months.set(loaded);
          monthsStatus.set("");
        },
        ex -> {
          monthsLoading = false;
          monthsStatus.set(Messages.get("home.failed", Messages.describe(ex)));
        });
  }

  public ReadOnlyObjectProperty<MyDay> myDayProperty() {
    return myDay;
  }

  public ReadOnlyObjectProperty<Team> teamProperty() {
    return team;
  }

  public ReadOnlyObjectProperty<MonthFigures> monthToDateProperty() {
    return monthToDate;
  }

  public ReadOnlyObjectProperty<List<MonthFigures>> monthsProperty() {
    return months;
  }

  /** "Updated 16:20", or what went wrong. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** "Computing the last 12 months…" while they load. */
  public ReadOnlyStringProperty monthsStatusProperty() {
    return monthsStatus.getReadOnlyProperty();
  }

  /** {@code at} in company time, to the minute ("2026-12-05 09:14"). */
  public String local(java.time.Instant at) {
    var t = at.atZone(zone.get()).toLocalDateTime();
    return t.toLocalDate() + " " + t.toLocalTime().withSecond(0).withNano(0);
  }

  /** A count as shown ("1,234"), or a dash while unknown. */
  public static String count(Long n) {
    return n == null ? "–" : String.format(java.util.Locale.US, "%,d", n);
  }

  /** A rate of 0..1 as a percentage ("93.5%"), or a dash when there is none. */
  public static String percent(Double rate) {
    return rate == null ? "—" : String.format(java.util.Locale.US, "%.1f%%", rate * 100);
  }

  /** The company's date now. */
  public LocalDate today() {
    return companyNow.get().toLocalDate();
  }
}
