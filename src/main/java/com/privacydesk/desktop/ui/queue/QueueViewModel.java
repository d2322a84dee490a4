package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.CaseQueries.QueuePage;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.app.cases.RecalculationService.Preview;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.user.Permission;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The work queue: pages of cases from the database, the selection, and assignment. */
public final class QueueViewModel {
  /** Rows fetched per page. */
  public static final int PAGE_SIZE = 200;

  /** How urgent a due date is, for the badge next to it. */
  public enum Urgency {
    NONE,
    DUE_SOON,
    OVERDUE
  }

  private final CaseQueries queries;
  private final AssignmentService assignments;
  private final RecalculationService recalculation;
  private final UserService users;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final DialogService dialogs;
  private final Supplier<LocalDate> companyToday;

  private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
  private final LongProperty total = new SimpleLongProperty(0);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<BuiltInView> view =
      new SimpleObjectProperty<>(BuiltInView.ALL_CASES);
  private final StringProperty search = new SimpleStringProperty("");
  private final javafx.collections.ObservableMap<BuiltInView, Long> counts =
      FXCollections.observableHashMap();

  public QueueViewModel(
      CaseQueries queries,
      AssignmentService assignments,
      RecalculationService recalculation,
      UserService users,
      Actor actor,
      UiTaskRunner tasks,
      DialogService dialogs,
      Supplier<LocalDate> companyToday) {
    this.queries = queries;
    this.assignments = assignments;
    this.recalculation = recalculation;
    this.users = users;
    this.actor = actor;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.companyToday = companyToday;
  }

  /** Reloads the first page, and the count of every view. */
  public void refresh() {
    load(0, page -> rows.setAll(page.rows()));
    LocalDate today = companyToday.get();
    tasks.run(() -> queries.viewCounts(actor, today), counts::putAll, ex -> counts.clear());
  }

  /** How many cases each built-in view holds (empty until loaded). */
  public javafx.collections.ObservableMap<BuiltInView, Long> viewCounts() {
    return counts;
  }

  /** "Overdue (3)". */
  public String viewText(BuiltInView v) {
    Long n = counts.get(v);
    String name = Messages.get("view." + v);
    return n == null ? name : Messages.get("view.withCount", name, n);
  }

  /** Appends the next page. */
  public void loadMore() {
    load(rows.size(), page -> rows.addAll(page.rows()));
  }

  private void load(int offset, Consumer<QueuePage> apply) {
    loading.set(true);
    // read on the FX thread; the query runs on the worker
    BuiltInView v = view.get();
    String q = search.get();
    LocalDate today = companyToday.get();
    tasks.run(
        () ->
            queries.page(
                actor, queries.filterFor(actor, v, today).withSearch(q), offset, PAGE_SIZE),
        page -> {
          loading.set(false);
          apply.accept(page);
          total.set(page.total());
          updateSummary();
        },
        ex -> {
          loading.set(false);
          dialogs.showError(Messages.get("queue.loadFailed"), Messages.describe(ex));
        });
  }

  /** The built-in view shown; changing it reloads. */
  public ObjectProperty<BuiltInView> viewProperty() {
    return view;
  }

  /** The search text (case number, email or account fragment); applied on {@link #refresh()}. */
  public StringProperty searchProperty() {
    return search;
  }

  private void updateSummary() {
    summary.set(
        rows.size() >= total.get()
            ? Messages.get("queue.count", total.get())
            : Messages.get("queue.countPartial", rows.size(), total.get()));
  }

  /** "Assign to me" on the selected case. */
  public void takeSelected() {
    CaseSummary c = selected.get();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> {
          assignments.take(actor, c.id(), c.version());
          return null;
        },
        ignored -> refresh(),
        this::showActionFailure);
  }

  /** Loads the users a case can be assigned to. */
  public void loadAssignees(Consumer<List<UserSummary>> onLoaded) {
    tasks.run(() -> users.listEnabled(actor), onLoaded, this::showActionFailure);
  }

  /** Assigns the selected case to {@code user} (supervisors). */
  public void assignSelected(UserSummary user) {
    CaseSummary c = selected.get();
    if (c == null || user == null) {
      return;
    }
    tasks.run(
        () -> {
          assignments.assign(actor, c.id(), user.id(), c.version());
          return null;
        },
        ignored -> refresh(),
        this::showActionFailure);
  }

  private void showActionFailure(Throwable ex) {
    dialogs.showError(Messages.get("action.failed"), Messages.describe(ex));
    refresh();
  }

  /** Computes, in the background, what recalculating the selected case's clocks would change. */
  public void previewRecalculation(Consumer<Preview> onPreview) {
    CaseSummary c = selected.get();
    if (c == null) {
      return;
    }
    tasks.run(() -> recalculation.preview(actor, c.id()), onPreview, this::showActionFailure);
  }

  /** Applies a previewed recalculation (audited), then reloads. */
  public void applyRecalculation(Preview preview) {
    tasks.run(
        () -> {
          recalculation.apply(actor, preview);
          return null;
        },
        ignored -> refresh(),
        this::showActionFailure);
  }

  /** "statutory: 2026-12-01 → 2026-12-02" per clock, and the rule/calendar versions. */
  public String describe(Preview p) {
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
    text.append(Messages.get("recalc.versions", p.beforeVersion(), p.afterVersion()));
    return text.toString();
  }

  /** Whether this user may recalculate deadlines. */
  public boolean canRecalculate() {
    return actor.can(Permission.RECALCULATE_DEADLINES);
  }

  /** Whether this user may assign cases to others. */
  public boolean canAssignOthers() {
    return actor.can(Permission.ASSIGN_CASE);
  }

  /** "2026-12-04 · 9 days left", "… · due today", "… · 3 days overdue". */
  public String dueText(CaseSummary c) {
    if (c.dueDate() == null) {
      return "";
    }
    return c.dueDate() + " · " + Messages.timeLeft(companyToday.get(), c.dueDate());
  }

  /** Overdue, due within 3 days, or neither (closed cases are never urgent). */
  public Urgency urgency(CaseSummary c) {
    if (c.dueDate() == null || !c.status().isOpen()) {
      return Urgency.NONE;
    }
    long days = ChronoUnit.DAYS.between(companyToday.get(), c.dueDate());
    return days < 0 ? Urgency.OVERDUE : days <= 3 ? Urgency.DUE_SOON : Urgency.NONE;
  }

  public ObservableList<CaseSummary> rows() {
    return rows;
  }

  public LongProperty totalProperty() {
    return total;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public ObjectProperty<CaseSummary> selectedProperty() {
    return selected;
  }

  /** True while more rows exist than are loaded. */
  public BooleanBinding moreAvailableBinding() {
    return Bindings.createBooleanBinding(() -> rows.size() < total.get(), rows, total);
  }

  /** True when a case is selected. */
  public BooleanBinding hasSelectionBinding() {
    return selected.isNotNull();
  }
}
