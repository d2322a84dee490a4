package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.BulkActions;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The queue's actions on every case of its current filter and search, in the background with
 * progress and cancel: assign, a workflow step, and the CSV export in the queue's order.
 */
public final class QueueBulk {
  /** State of a bulk run, for the progress dialog. */
  public static final class BulkRun {
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty text = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();

    public DoubleProperty progressProperty() {
      return progress;
    }

    public StringProperty textProperty() {
      return text;
    }

    /** Stops after the case being changed now. */
    public void cancel() {
      cancel.set(true);
    }
  }

  private final BulkActions bulk;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final DialogService dialogs;
  private final Supplier<CaseFilter> currentFilter;
  private final Supplier<CaseSort> currentSort;
  private final Runnable refresh;
  private final Consumer<Throwable> onFailure;

  QueueBulk(
      BulkActions bulk,
      Actor actor,
      UiTaskRunner tasks,
      DialogService dialogs,
      Supplier<CaseFilter> currentFilter,
      Supplier<CaseSort> currentSort,
      Runnable refresh,
      Consumer<Throwable> onFailure) {
    this.bulk = bulk;
    this.actor = actor;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.currentFilter = currentFilter;
    this.currentSort = currentSort;
    this.refresh = refresh;
    this.onFailure = onFailure;
  }

  /** Bulk steps this user may start: supervisor-only ones only for supervisors. */
  public List<CaseAction> bulkActions() {
    List<CaseAction> out = new ArrayList<>();
    for (CaseAction a : CaseAction.values()) {
      if (actor.can(a.supervisorOnly() ? Permission.REVIEW_CASE : Permission.WORK_CASE)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Outcomes a bulk close or submission may record. */
  public List<Outcome> bulkOutcomes() {
    return List.of(Outcome.values());
  }

  /** Assigns every case of the current filter to {@code assigneeId}; reports when done. */
  public BulkRun assignAll(long assigneeId, Consumer<BulkActions.Report> onDone) {
    return runBulk((filter, progress) -> bulk.assign(actor, filter, assigneeId, progress), onDone);
  }

  /** Applies {@code action} to every case of the current filter; reports when done. */
  public BulkRun performAll(
      CaseAction action, Outcome outcome, Consumer<BulkActions.Report> onDone) {
    return runBulk(
        (filter, progress) -> bulk.perform(actor, filter, action, outcome, progress), onDone);
  }

  private interface BulkWork {
    BulkActions.Report run(CaseFilter filter, BulkActions.Progress progress);
  }

  private BulkRun runBulk(BulkWork work, Consumer<BulkActions.Report> onDone) {
    BulkRun run = new BulkRun();
    CaseFilter filter = currentFilter.get();
    tasks.run(
        () -> work.run(filter, progressOf(run)),
        report -> {
          refresh.run();
          onDone.accept(report);
        },
        onFailure);
    return run;
  }

  /** Writes every case of the current filter and order to {@code file} as CSV. */
  public BulkRun exportCsv(Path file, Consumer<Long> onDone) {
    BulkRun run = new BulkRun();
    CaseFilter filter = currentFilter.get();
    CaseSort order = currentSort.get();
    tasks.run(
        () -> {
          try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return bulk.exportCsv(actor, filter, order, out, progressOf(run));
          }
        },
        onDone,
        ex -> dialogs.showError(Messages.get("export.failed"), Messages.describe(ex)));
    return run;
  }

  /** Shows progress from the worker on the UI thread; answers whether to go on. */
  private BulkActions.Progress progressOf(BulkRun run) {
    return (done, all) -> {
      tasks.post(
          () -> {
            run.progress.set(all == 0 ? 1 : done / (double) all);
            run.text.set(Messages.get("bulk.progress", done, all));
          });
      return !run.cancel.get();
    };
  }

  /** One line per failed case: "#12: reason". */
  public String describeFailures(BulkActions.Report report, int max) {
    StringBuilder b = new StringBuilder();
    report.failures().stream()
        .limit(max)
        .forEach(
            f ->
                b.append('#')
                    .append(f.caseId())
                    .append(": ")
                    .append(Messages.describe(f.reason()))
                    .append('\n'));
    if (report.failures().size() > max) {
      b.append(Messages.get("bulk.moreFailures", report.failures().size() - max));
    }
    return b.toString();
  }
}
