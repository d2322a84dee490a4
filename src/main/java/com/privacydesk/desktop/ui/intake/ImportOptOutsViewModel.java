package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.OptOutImportService;
import com.privacydesk.app.cases.OptOutImportService.LineRange;
import com.privacydesk.app.cases.OptOutImportService.Preview;
import com.privacydesk.app.cases.OptOutImportService.Problem;
import com.privacydesk.app.cases.OptOutImportService.Result;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Import opt-outs…: choose a CSV file, see the preview (counts and every refused row with
 * its line and reason), import with progress and cancel, then the report of what was and was not
 * imported. Reading and importing run in the background.
 */
public final class ImportOptOutsViewModel {
  /** One refused row as shown: line, kind and reason, never the row's data. */
  public record ProblemRow(long line, String kind, String reason) {}

  private final OptOutImportService imports;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Runnable onImported;
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
  private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
  private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty importing = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final AtomicBoolean cancel = new AtomicBoolean();

  /**
   * @param onImported runs on the UI thread after an import created cases (refresh the queue)
   */
  public ImportOptOutsViewModel(
      OptOutImportService imports, Actor actor, UiTaskRunner tasks, Runnable onImported) {
    this.imports = imports;
    this.actor = actor;
    this.tasks = tasks;
    this.onImported = onImported;
  }

  /** Reads {@code chosen} and shows what importing it would do. */
  public void choose(Path chosen) {
    file.set(chosen);
    preview.set(null);
    result.set(null);
    problems.clear();
    error.set("");
    busy.set(true);
    progress.set(-1);
    status.set(Messages.get("import.reading"));
    tasks.run(
        () ->
            imports.preview(
                actor,
                () -> Files.newInputStream(chosen),
                (done, total) ->
                    tasks.post(() -> status.set(Messages.get("import.readingRows", done)))),
        p -> {
          preview.set(p);
          problems.setAll(rows(p.problems()));
          status.set(
              p.newRows() == 0
                  ? Messages.get("import.previewNothing")
                  : Messages.get("import.previewed", p.newRows()));
          busy.set(false);
          progress.set(0);
        },
        this::failed);
  }

  /** Imports the chosen file's new rows in batches; {@link #cancel()} stops between batches. */
  public void importNow() {
    Path chosen = file.get();
    if (chosen == null || preview.get() == null || busy.get()) {
      return;
    }
    cancel.set(false);
    busy.set(true);
    importing.set(true);
    error.set("");
    progress.set(0);
    status.set(Messages.get("import.importing"));
    tasks.run(
        () ->
            imports.apply(
                actor,
                () -> Files.newInputStream(chosen),
                OptOutImportService.DEFAULT_BATCH,
                (done, total) ->
                    tasks.post(
                        () -> {
                          progress.set(total > 0 ? (double) done / total : -1);
                          status.set(Messages.get("import.importingRows", done, total));
                        }),
                cancel::get),
        r -> {
          result.set(r);
          preview.set(null);
          problems.setAll(rows(r.problems()));
          status.set(summary(r));
          busy.set(false);
          importing.set(false);
          progress.set(1);
          if (r.created() > 0) {
            onImported.run();
          }
        },
        ex -> {
          importing.set(false);
          failed(ex);
        });
  }

  /** Asks a running import to stop after its current batch. */
  public void cancel() {
    cancel.set(true);
    status.set(Messages.get("import.cancelling"));
  }

  private void failed(Throwable ex) {
    busy.set(false);
    progress.set(0);
    status.set("");
    error.set(Messages.describe(ex));
  }

  /** The result in words: counts, imported lines, lines not imported. */
  public static String summary(Result r) {
    StringBuilder b =
        new StringBuilder(
            Messages.get(
                "import.result." + r.ending(),
                r.created(),
                r.duplicates(),
                r.invalid(),
                r.runId()));
    b.append('\n').append(Messages.get("import.importedLines", ranges(r.imported())));
    if (r.failure() != null) {
      b.append('\n').append(Messages.get("import.failure", r.failure()));
    }
    if (!r.notAttempted().isEmpty()) {
      b.append('\n').append(Messages.get("import.notAttempted", ranges(r.notAttempted())));
    }
    return b.toString();
  }

  private static String ranges(List<LineRange> ranges) {
    return ranges.isEmpty()
        ? Messages.get("import.none")
        : ranges.stream().map(LineRange::toString).collect(Collectors.joining(", "));
  }

  private static List<ProblemRow> rows(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                new ProblemRow(
                    p.line(),
                    Messages.get("import.kind." + p.kind()),
                    switch (p.kind()) {
                      case INVALID ->
                          p.errors().stream()
                              .map(e -> Messages.get("field." + e.field()) + ": " + Messages.of(e))
                              .collect(Collectors.joining(" "));
                      case ALREADY_OPTED_OUT ->
                          p.reference() == 0
                              ? Messages.get("import.reason.purged")
                              : Messages.get("import.reason.case", p.reference());
                      case DUPLICATE_IN_FILE -> Messages.get("import.reason.line", p.reference());
                    }))
        .toList();
  }

  public ObjectProperty<Path> fileProperty() {
    return file;
  }

  public ObjectProperty<Preview> previewProperty() {
    return preview;
  }

  public ObjectProperty<Result> resultProperty() {
    return result;
  }

  public ObservableList<ProblemRow> problems() {
    return problems;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public BooleanProperty importingProperty() {
    return importing;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }
}
