package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.Actor;
import com.privacydesk.app.auth.UserService;
import com.privacydesk.app.auth.UserService.UserSummary;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.cases.BulkActions;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.QueuePreferences;
import com.privacydesk.app.cases.RecalculationService;
import com.privacydesk.app.cases.RecalculationService.Preview;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.user.Permission;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import javafx.collections.ObservableMap;

/**
 * The work queue: the chosen view and filter, pages of cases fetched from the database as the table
 * scrolls, the user's saved views with their counts, and actions on one case or on every case of
 * the filter.
 */
public final class QueueViewModel {
  /** Rows fetched per page. */
  public static final int PAGE_SIZE = 200;

  /** Pages kept in memory at once (the rest are fetched again when scrolled back to). */
  public static final int PAGES_KEPT = 50;

  /** Preference key of the table layout. */
  public static final String LAYOUT_KEY = "queue.layout";

  /** An entry of the view selector: a built-in view or one of the user's saved views. */
  public record ViewChoice(String key, String name, ViewSpec spec, Long savedId) {
    /** Whether the user saved it (and so may delete it). */
    public boolean saved() {
      return savedId != null;
    }

    static ViewChoice of(BuiltInView v) {
      return new ViewChoice("builtin:" + v, Messages.get("view." + v), v.spec(), null);
    }

    static ViewChoice of(QueuePreferences.SavedView v) {
      return new ViewChoice("saved:" + v.id(), v.name(), v.spec(), v.id());
    }
  }

  private final CaseQueries queries;
  private final AssignmentService assignments;
  private final RecalculationService recalculation;
  private final UserService users;
  private final QueuePreferences preferences;
  private final QueueBulk bulk;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final DialogService dialogs;
  private final Supplier<LocalDate> companyToday;
  private final DueBadge due;

  private final PagedList<CaseSummary> rows;
  private final LongProperty total = new SimpleLongProperty(0);
  private final BooleanProperty loading = new SimpleBooleanProperty(true);
  // why the last load failed ("" after a successful one): the list then says so, not "no cases"
  private final javafx.beans.property.StringProperty loadFailure =
      new javafx.beans.property.SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
  private final ObservableList<ViewChoice> views = FXCollections.observableArrayList();
  private final ObjectProperty<ViewChoice> view = new SimpleObjectProperty<>();
  private final ObjectProperty<ViewSpec> spec = new SimpleObjectProperty<>(ViewSpec.ALL);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<CaseSort> sort = new SimpleObjectProperty<>(CaseSort.DUE);
  private final ObservableMap<String, Long> counts = FXCollections.observableHashMap();
  private final ObservableList<UserSummary> assignees = FXCollections.observableArrayList();
  private final BooleanProperty changedElsewhere = new SimpleBooleanProperty(false);
  // team mode: who else has a case open now, by case id (issue 21, presence)
  private final ObjectProperty<java.util.Map<Long, List<String>>> presence =
      new SimpleObjectProperty<>(java.util.Map.of());
  private final boolean teamMode;
  // the audit trail's head when the list was last loaded; -1 before the first load
  private long mark = -1;

  public QueueViewModel(
      QueueServices services,
      Actor actor,
      UiTaskRunner tasks,
      DialogService dialogs,
      Supplier<LocalDate> companyToday) {
    this.queries = services.queries();
    this.assignments = services.assignments();
    this.recalculation = services.recalculation();
    this.users = services.users();
    this.preferences = services.preferences();
    this.teamMode = services.teamMode();
    this.bulk =
        new QueueBulk(
            services.bulk(),
            actor,
            tasks,
            dialogs,
            () -> queries.filterFor(actor, spec.get(), companyToday.get()).withSearch(search.get()),
            sort::get,
            this::refresh,
            this::showActionFailure);
    this.actor = actor;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.companyToday = companyToday;
    this.due = new DueBadge(companyToday);
    this.rows = new PagedList<>(PAGE_SIZE, PAGES_KEPT, this::fetchPage);
    for (BuiltInView v : BuiltInView.values()) {
      views.add(ViewChoice.of(v));
    }
    view.set(views.getFirst());
    view.addListener(
        (o, was, now) -> {
          if (now != null) {
            spec.set(now.spec());
          }
        });
  }

  /** The services the queue uses. */
  public record QueueServices(
      CaseQueries queries,
      AssignmentService assignments,
      RecalculationService recalculation,
      UserService users,
      QueuePreferences preferences,
      BulkActions bulk,
      boolean teamMode) {
    /** The queue's services among all of {@code s}. */
    public static QueueServices of(com.privacydesk.app.AppServices s) {
      return new QueueServices(
          s.queries(),
          s.assignments(),
          s.recalculation(),
          s.users(),
          s.queuePreferences(),
          s.bulk(),
          s.onServer());
    }
  }

  /**
   * Whether colleagues share the database (team mode): the queue then shows who has a case open.
   */
  public boolean teamMode() {
    return teamMode;
  }

  /**
   * Who else has a case open now, by case id (a case absent: nobody): replaced as a whole every few
   * seconds in team mode, so the table redraws once per answer.
   */
  public javafx.beans.value.ObservableValue<java.util.Map<Long, List<String>>> presence() {
    return presence;
  }

  /** Replaces who else has which case open; the same answer again changes nothing. */
  public void showPresence(java.util.Map<Long, List<String>> now) {
    if (!presence.get().equals(now)) {
      presence.set(java.util.Map.copyOf(now));
    }
  }

  /** Loads the user's saved views and the users cases can be assigned to; then refreshes. */
  public void start() {
    tasks.run(
        () -> preferences.views(actor),
        saved -> {
          setSavedViews(saved);
          refresh();
        },
        ex -> refresh());
    tasks.run(() -> users.listEnabled(actor), assignees::setAll, ex -> assignees.clear());
  }

  private void setSavedViews(List<QueuePreferences.SavedView> saved) {
    String current = view.get() == null ? null : view.get().key();
    views.removeIf(ViewChoice::saved);
    saved.forEach(v -> views.add(ViewChoice.of(v)));
    views.stream().filter(v -> v.key().equals(current)).findFirst().ifPresent(view::set);
  }

  /** A first page and the audit trail's head read just before it. */
  private record Loaded(long mark, CaseQueries.QueuePage page) {}

  /** Reloads the first page, and the count of every view. */
  public void refresh() {
    loading.set(true);
    ViewSpec s = spec.get();
    String q = search.get();
    CaseSort order = sort.get();
    LocalDate today = companyToday.get();
    tasks.run(
        () -> {
          // the mark first: a change while the page loads is offered again, never missed
          long before = queries.changeMark();
          return new Loaded(before, queries.page(actor, s, q, order, today, 0, PAGE_SIZE));
        },
        loaded -> {
          var page = loaded.page();
          mark = loaded.mark();
          changedElsewhere.set(false);
          loadFailure.set("");
          loading.set(false);
          rows.reset(page.total(), page.rows());
          total.set(page.total());
          updateSummary();
        },
        ex -> {
          loadFailure.set(Messages.describe(ex));
          loading.set(false);
          dialogs.showError(Messages.get("queue.loadFailed"), Messages.describe(ex));
        });
    Map<String, ViewSpec> specs = new LinkedHashMap<>();
    views.forEach(v -> specs.put(v.key(), v.spec()));
    tasks.run(() -> queries.counts(actor, specs, today), counts::putAll, ex -> counts.clear());
  }

  /**
   * Asks, in the background, whether someone else changed a case since the list was loaded (a
   * colleague on the shared database, an import); {@link #changedElsewhereProperty} then offers a
   * reload. The list itself is left as it is: reloading under the user's eyes would lose their
   * place.
   */
  public void checkForChanges() {
    long since = mark;
    if (since < 0 || changedElsewhere.get()) {
      return;
    }
    tasks.run(
        () -> queries.changedElsewhere(actor, since),
        changed -> {
          if (changed && since == mark) {
            changedElsewhere.set(true);
          }
        },
        ex -> {
          // a failed check is not worth a dialog: the next one, or F5, will tell
        });
  }

  /** True when cases changed elsewhere since the list was loaded. */
  public javafx.beans.property.ReadOnlyBooleanProperty changedElsewhereProperty() {
    return changedElsewhere;
  }

  private void fetchPage(int page, long generation) {
    ViewSpec s = spec.get();
    String q = search.get();
    CaseSort order = sort.get();
    LocalDate today = companyToday.get();
    tasks.run(
        () -> queries.page(actor, s, q, order, today, page * PAGE_SIZE, PAGE_SIZE),
        result -> rows.pageLoaded(page, generation, result.rows()),
        ex -> rows.pageFailed(page));
  }

  /** How many cases each view holds, by {@link ViewChoice#key()} (empty until loaded). */
  public ObservableMap<String, Long> viewCounts() {
    return counts;
  }

  /** "Overdue (3)". */
  public String viewText(ViewChoice v) {
    Long n = counts.get(v.key());
    return n == null ? v.name() : Messages.get("view.withCount", v.name(), n);
  }

  /** The views to choose from: the built-ins, then the user's own. */
  public ObservableList<ViewChoice> views() {
    return views;
  }

  /** The view chosen; choosing one sets the filter to it. */
  public ObjectProperty<ViewChoice> viewProperty() {
    return view;
  }

  /** Chooses the built-in view {@code v}. */
  public void choose(BuiltInView v) {
    views.stream().filter(c -> c.key().equals("builtin:" + v)).findFirst().ifPresent(view::set);
  }

  /** The filter applied (the chosen view's, or changed by the filter bar). */
  public ObjectProperty<ViewSpec> specProperty() {
    return spec;
  }

  /** True when the filter differs from the chosen view's. */
  public boolean filterChanged() {
    return view.get() != null && !Objects.equals(view.get().spec(), spec.get());
  }

  /** The search text (case number, email or account fragment); applied on {@link #refresh()}. */
  public StringProperty searchProperty() {
    return search;
  }

  /** The order of the rows; changing it is applied on {@link #refresh()}. */
  public ObjectProperty<CaseSort> sortProperty() {
    return sort;
  }

  /** Users a case can be assigned to (for the filter and for assigning). */
  public ObservableList<UserSummary> assignees() {
    return assignees;
  }

  private void updateSummary() {
    String count = Messages.get("queue.count", total.get());
    summary.set(filterChanged() ? Messages.get("queue.countFiltered", count) : count);
  }

  /** Saves the current filter as the user's view {@code name} (replacing one of that name). */
  public void saveView(String name, Consumer<String> onError) {
    ViewSpec s = spec.get();
    tasks.run(
        () -> {
          QueuePreferences.SavedView saved = preferences.save(actor, name, s);
          return new Saved(saved.id(), preferences.views(actor));
        },
        result -> {
          setSavedViews(result.all());
          views.stream()
              .filter(v -> v.key().equals("saved:" + result.id()))
              .findFirst()
              .ifPresent(view::set);
          refresh();
        },
        ex -> onError.accept(Messages.describe(ex)));
  }

  private record Saved(long id, List<QueuePreferences.SavedView> all) {}

  /** Deletes the chosen view if it is one of the user's own; shows All cases after. */
  public void deleteChosenView() {
    ViewChoice v = view.get();
    if (v == null || !v.saved()) {
      return;
    }
    tasks.run(
        () -> {
          preferences.delete(actor, v.savedId());
          return preferences.views(actor);
        },
        all -> {
          view.set(views.getFirst());
          setSavedViews(all);
          refresh();
        },
        this::showActionFailure);
  }

  /** Loads the stored table layout (empty when none). */
  public void loadLayout(Consumer<String> onLoaded) {
    tasks.run(
        () -> preferences.preferences(actor).getOrDefault(LAYOUT_KEY, ""),
        onLoaded,
        ex -> onLoaded.accept(""));
  }

  /** Stores the table layout in the background; a failure only costs the layout. */
  public void saveLayout(String layout) {
    tasks.run(
        () -> {
          preferences.put(actor, LAYOUT_KEY, layout);
          return null;
        },
        ignored -> {},
        ex -> {});
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

  /** Whether this user may recalculate deadlines. */
  public boolean canRecalculate() {
    return actor.can(Permission.RECALCULATE_DEADLINES);
  }

  /** Whether this user may assign cases to others. */
  public boolean canAssignOthers() {
    return actor.can(Permission.ASSIGN_CASE);
  }

  /** The actions on every case of the current filter and search. */
  public QueueBulk bulk() {
    return bulk;
  }

  /** The due column's text and urgency, against the company's today. */
  public DueBadge due() {
    return due;
  }

  /** The signed-in user's id ("assign to me"). */
  public long userId() {
    return actor.userId();
  }

  /** Every row of the result; rows not yet fetched are null until their page arrives. */
  public PagedList<CaseSummary> rows() {
    return rows;
  }

  public LongProperty totalProperty() {
    return total;
  }

  /** Why the last load of the list failed, or "" (the list is then not known to be empty). */
  public javafx.beans.value.ObservableStringValue loadFailureProperty() {
    return loadFailure;
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

  /** True when a case is selected. */
  public BooleanBinding hasSelectionBinding() {
    return selected.isNotNull();
  }

  /** True when the filter selects at least one case. */
  public BooleanBinding hasRowsBinding() {
    return Bindings.createBooleanBinding(() -> total.get() > 0, total);
  }
}
