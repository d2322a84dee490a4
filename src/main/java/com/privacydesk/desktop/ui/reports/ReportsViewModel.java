package com.privacydesk.desktop.ui.reports;

import com.privacydesk.app.Actor;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Reports screen's state: which report (the month's, or a year's CPNI certification export),
 * the computed model, and an export of the pack with progress and cancel. Every service call runs
 * off the FX thread.
 */
public final class ReportsViewModel {
  /** Which report is shown. */
  public enum Kind {
    MONTHLY,
    CPNI_YEAR
  }

  private final ReportService reports;
  private final ReportExporter exporter;
  private final Actor actor;
  private final UiTaskRunner tasks;

  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.MONTHLY);
  private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.LETTER);
  private final ObjectProperty<ReportModel> model = new SimpleObjectProperty<>();
  private final BooleanProperty computing = new SimpleBooleanProperty();
  private final BooleanProperty exporting = new SimpleBooleanProperty();
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty failure = new SimpleStringProperty();
  private final AtomicBoolean cancel = new AtomicBoolean();
  private final List<YearMonth> months = new ArrayList<>();

  public ReportsViewModel(
      ReportService reports, ReportExporter exporter, Actor actor, UiTaskRunner tasks) {
    this.reports = reports;
    this.exporter = exporter;
    this.actor = actor;
    this.tasks = tasks;
  }

  /** Finds the default month (the last full one) and computes its report. */
  public void start(Kind initial) {
    start(initial, null);
  }

  /** Starts on {@code wanted} (null: the last full month). */
  public void start(Kind initial, @org.jspecify.annotations.Nullable YearMonth wanted) {
    kind.set(initial);
    computing.set(true);
    tasks.run(
        reports::lastFullMonth,
        last -> {
          months.clear();
          YearMonth current = last.plusMonths(1);
          for (int i = 0; i < 36; i++) {
            months.add(current.minusMonths(i));
          }
          month.set(wanted != null && months.contains(wanted) ? wanted : last);
          year.set(lastFullYear(last));
          compute();
        },
        this::failed);
  }

  /** The months offered: this one and the 35 before it, newest first. */
  public List<YearMonth> months() {
    return List.copyOf(months);
  }

  /** The years offered for the CPNI export: the month list's years. */
  public List<Integer> years() {
    return months.stream().map(YearMonth::getYear).distinct().toList();
  }

  /** Computes the chosen report. */
  public void compute() {
    Kind k = kind.get();
    YearMonth m = month.get();
    Integer y = year.get();
    if ((k == Kind.MONTHLY && m == null) || (k == Kind.CPNI_YEAR && y == null)) {
      return;
    }
    computing.set(true);
    failure.set(null);
    // the previous report's figures never stand under "Computing…" as if they were the new ones
    model.set(null);
    status.set(Messages.get("reports.computing"));
    tasks.run(
        () -> k == Kind.MONTHLY ? reports.monthly(actor, m) : reports.cpniYear(actor, y),
        r -> {
          computing.set(false);
          model.set(r);
          status.set(
              Messages.get("reports.computed", r.header().auditEntries(), r.header().figures()));
        },
        this::failed);
  }

  /**
   * Writes the pack (XLSX, PDF, CSV zip, JSON) of the shown report into {@code dir}; {@code onDone}
   * gets the files.
   */
  public void exportPack(Path dir, Consumer<List<ReportExporter.Exported>> onDone) {
    ReportModel r = model.get();
    if (r == null || exporting.get()) {
      return;
    }
    PaperSize p = paper.get();
    cancel.set(false);
    exporting.set(true);
    progress.set(0);
    status.set(Messages.get("reports.exporting"));
    tasks.run(
        () ->
            exporter.exportPack(
                actor,
                r,
                dir,
                p,
                (done, total) -> {
                  tasks.post(
                      () -> {
                        progress.set(total == 0 ? 1 : done / (double) total);
                        status.set(Messages.get("reports.exportProgress", done, total));
                      });
                  return !cancel.get();
                }),
        files -> {
          exporting.set(false);
          progress.set(1);
          status.set(Messages.get("reports.exported", files.size(), dir));
          onDone.accept(files);
        },
        e -> {
          exporting.set(false);
          progress.set(0);
          if (e instanceof CancellationException) {
            status.set(Messages.get("reports.exportCancelled"));
          } else {
            failed(e);
          }
        });
  }

  /** Stops the export after the table being written; nothing of it is kept. */
  public void cancelExport() {
    cancel.set(true);
  }

  private void failed(Throwable e) {
    computing.set(false);
    String text = Messages.describe(e);
    failure.set(text);
    status.set(text);
  }

  /** A short line naming the report's basis: period, generation time and audit head. */
  public String basis(ReportModel r) {
    ReportModel.Header h = r.header();
    return Messages.get(
        h.monthToDate() ? "reports.basis.monthToDate" : "reports.basis",
        h.period(),
        h.generated(),
        h.auditEntries(),
        h.auditHeadHash().substring(0, 12));
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public ObjectProperty<YearMonth> monthProperty() {
    return month;
  }

  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  public ObjectProperty<PaperSize> paperProperty() {
    return paper;
  }

  public ObjectProperty<ReportModel> modelProperty() {
    return model;
  }

  public BooleanProperty computingProperty() {
    return computing;
  }

  public BooleanProperty exportingProperty() {
    return exporting;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** The last error in words, or null. */
  public StringProperty failureProperty() {
    return failure;
  }

  /** Whether the pack can be exported now. */
  public BooleanBinding canExport() {
    return Bindings.createBooleanBinding(
        () -> model.get() != null && !computing.get() && !exporting.get(),
        model,
        computing,
        exporting);
  }

  /** The year the CPNI default shows: the last full calendar year. */
  static int lastFullYear(YearMonth lastFullMonth) {
    return lastFullMonth.getMonthValue() == 12
        ? lastFullMonth.getYear()
        : lastFullMonth.getYear() - 1;
  }
}
