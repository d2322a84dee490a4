package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.port.ImportRepository.RunTotals;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.Permission;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk opt-out import from a CSV file (a day's unsubscribe export): a preview that classifies every
 * row as new, duplicate (already opted out, or earlier in the file) or invalid with its line and
 * reasons; then the import in transactional batches, each batch with its cases, their clocks and
 * audit entries and one IMPORT_BATCH entry, all or nothing. The file is streamed twice (a check
 * pass, then the import), never held in memory.
 */
public final class OptOutImportService {
  /** Rows per transaction unless the caller says otherwise. */
  public static final int DEFAULT_BATCH = 1_000;

  /** The most rows a batch may hold (bounds a transaction's size). */
  public static final int MAX_BATCH = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(OptOutImportService.class);

  private final TransactionRunner tx;
  private final Clock clock;
  private final IntakeService intake;

  public OptOutImportService(TransactionRunner tx, Clock clock, IntakeService intake) {
    this.tx = tx;
    this.clock = clock;
    this.intake = intake;
  }

  /** Opens the file each time it is read (the preview and the import read it again). */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /** Rows handled so far, of {@code total} (-1 while not yet known). Called from the worker. */
  @FunctionalInterface
  public interface Progress {
    void rows(long done, long total);

    /** No progress wanted. */
    static Progress none() {
      return (done, total) -> {};
    }
  }

  /** Why a row is not imported. */
  public enum ProblemKind {
    /** Something in the row cannot be used; the errors say what. */
    INVALID,
    /** An opt-out of this address exists (open, or suppressed), or its purge kept its hash. */
    ALREADY_OPTED_OUT,
    /** The same address (normalised) appears on an earlier line of the file. */
    DUPLICATE_IN_FILE
  }

  /**
   * One row that is not imported.
   *
   * @param reference for ALREADY_OPTED_OUT the existing case (0 when only a purge's hash is kept),
   *     for DUPLICATE_IN_FILE the earlier line, else 0
   */
  public record Problem(long line, ProblemKind kind, List<FieldError> errors, long reference) {}

  /** Lines {@code from} to {@code to}, both included. */
  public record LineRange(long from, long to) {
    @Override
    public String toString() {
      return from == to ? Long.toString(from) : from + "-" + to;
    }
  }

  /**
   * What importing the file would do.
   *
   * @param rows data rows (blank lines not counted)
   * @param withoutReceived rows without a received date: they get the import's date and time
   * @param ignoredColumns header names that are not read
   * @param problems every row that would not be imported, by line
   */
  public record Preview(
      String fileSha256,
      long rows,
      long newRows,
      long alreadyOptedOut,
      long duplicateInFile,
      long invalid,
      long blankLines,
      long withoutReceived,
      List<String> ignoredColumns,
      List<Problem> problems) {
    /** Rows that are duplicates of either kind. */
    public long duplicates() {
      return alreadyOptedOut + duplicateInFile;
    }
  }

  /** How an import ended. */
  public enum Ending {
    /** Every row was handled. */
    DONE,
    /** Stopped by the user between batches. */
    CANCELLED,
    /** A batch failed and was rolled back; later batches were not tried. */
    FAILED
  }

  /**
   * What an import did.
   *
   * @param imported the lines that became cases, as ranges
   * @param notAttempted the lines of the failed batch and of every later one, or after a cancel
   * @param problems the rows refused as invalid or duplicate (in the batches that ran)
   */
  public record Result(
      long runId,
      Ending ending,
      String fileSha256,
      long rows,
      long created,
      long duplicates,
      long invalid,
      List<LineRange> imported,
      List<LineRange> notAttempted,
      List<Problem> problems,
      List<Long> caseIds,
      String failure) {}

  /** Reads the whole file and says what importing it would do; stores nothing. */
  public Preview preview(Actor actor, Source source, Progress progress) {
    actor.require(Permission.IMPORT_OPT_OUTS);
    CompanySettings settings = tx.inTransaction(actor, r -> CompanySettings.load(r.settings()));
    LocalDateTime now = now(settings);
    OptOutImportClassifier classifier = new OptOutImportClassifier(now);
    long withoutReceived = 0;
    long blank = 0;
    long rows = 0;
    List<OptOutCsv.Row> batch = new ArrayList<>();
    try (InputStream in = source.open();
        OptOutCsv csv = new OptOutCsv(in, settings.zone(), now)) {
      while (csv.hasNext()) {
        OptOutCsv.Row row = csv.next();
        if (row.blank()) {
          blank++;
          continue;
        }
        rows++;
        if (!row.received()) {
          withoutReceived++;
        }
        batch.add(row);
        if (batch.size() == DEFAULT_BATCH) {
          tx.inTransaction(actor, r -> classifier.classify(r, batch));
          batch.clear();
          progress.rows(rows, -1);
        }
      }
      tx.inTransaction(actor, r -> classifier.classify(r, batch));
      progress.rows(rows, rows);
      return new Preview(
          csv.sha256(),
          rows,
          classifier.fresh,
          classifier.already,
          classifier.inFile,
          classifier.invalid,
          blank,
          withoutReceived,
          csv.ignoredColumns(),
          List.copyOf(classifier.problems));
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable");
    }
  }

  /**
   * Imports the file: first reads it through to check it (a file that cannot be read imports
   * nothing), then imports its new rows in batches of {@code batchSize}, each in one transaction.
   * {@code cancelled} is asked before each batch. A failing batch is rolled back and ends the run
   * (its lines and every later line are reported as not attempted); the run, its totals and its
   * ending are recorded and audited whatever happens.
   */
  public Result apply(
      Actor actor, Source source, int batchSize, Progress progress, BooleanSupplier cancelled) {
    actor.require(Permission.IMPORT_OPT_OUTS);
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    CompanySettings settings = tx.inTransaction(actor, r -> CompanySettings.load(r.settings()));
    LocalDateTime now = now(settings);
    Check check = check(source, settings, now);
    Instant started = clock.instant();
    long runId =
        tx.inTransaction(
            actor,
            r -> {
              long id =
                  r.imports()
                      .startRun(started, actor.userId(), check.sha256, Math.toIntExact(check.rows));
              r.audit()
                  .append(
                      actor.audit(
                          started,
                          "IMPORT_START",
                          "IMPORT",
                          id,
                          "type=EMAIL_OPT_OUT; rows=" + check.rows + "; sha256=" + check.sha256));
              return id;
            });
    LOG.info("Opt-out import {} started by user {}: {} rows", runId, actor.userId(), check.rows);
    OptOutImportClassifier classifier = new OptOutImportClassifier(now);
    List<LineRange> imported = new ArrayList<>();
    List<LineRange> notAttempted = new ArrayList<>();
    List<Long> caseIds = new ArrayList<>();
    Ending ending = Ending.DONE;
    String failure = null;
    long done = 0;
    long committedThrough = 1; // the last line of the last committed batch (1: the header)
    List<OptOutCsv.Row> batch = new ArrayList<>();
    try (InputStream in = source.open();
        OptOutCsv csv = new OptOutCsv(in, settings.zone(), now)) {
      while (true) {
        while (batch.size() < batchSize && csv.hasNext()) {
          OptOutCsv.Row row = csv.next();
          if (!row.blank()) {
            batch.add(row);
          }
        }
        if (batch.isEmpty()) {
          break;
        }
        long first = batch.getFirst().line();
        if (cancelled.getAsBoolean()) {
          ending = Ending.CANCELLED;
          break;
        }
        try {
          Committed committed = importBatch(actor, runId, settings, classifier, batch);
          caseIds.addAll(committed.caseIds());
          addImported(imported, committed.lines());
        } catch (RuntimeException e) {
          classifier.rollBack();
          ending = Ending.FAILED;
          failure = inWords(e);
          LOG.warn(
              "Opt-out import {}: batch from line {} failed and was rolled back ({})",
              runId,
              first,
              e.getClass().getSimpleName());
          break;
        }
        done += batch.size();
        committedThrough = batch.getLast().line();
        batch.clear();
        progress.rows(done, check.rows);
      }
    } catch (IOException e) {
      ending = Ending.FAILED;
      LOG.warn("Opt-out import {}: the file could not be read again", runId);
    } catch (ImportFileException e) {
      // the file changed between the check and the import
      ending = Ending.FAILED;
      LOG.warn("Opt-out import {}: the file could not be read again ({})", runId, e.messageKey());
    }
    if (ending != Ending.DONE && committedThrough < check.lastLine) {
      // cancelled, a batch rolled back, or the file unreadable the second time: every line after
      // the last committed batch
      notAttempted.add(new LineRange(committedThrough + 1, check.lastLine));
    }
    Ending end = ending;
    Instant finished = clock.instant();
    RunTotals totals =
        new RunTotals(
            caseIds.size(),
            (int) (classifier.already + classifier.inFile),
            (int) classifier.invalid);
    try {
      recordEnd(actor, runId, totals, end, finished, notAttempted);
    } catch (RuntimeException e) {
      // e.g. the disk is still full: the report below is still the user's, and the run, left
      // RUNNING, is marked INTERRUPTED with what its committed batches created at the next start
      LOG.warn(
          "Opt-out import {}: its end could not be recorded ({})",
          runId,
          e.getClass().getSimpleName());
      String unrecorded = inWords(e);
      failure = failure == null ? unrecorded : failure;
    }
    LOG.info(
        "Opt-out import {} ended {}: {} created, {} duplicates, {} invalid",
        runId,
        end,
        totals.created(),
        totals.duplicates(),
        totals.invalid());
    return new Result(
        runId,
        end,
        check.sha256,
        check.rows,
        caseIds.size(),
        classifier.already + classifier.inFile,
        classifier.invalid,
        List.copyOf(imported),
        List.copyOf(notAttempted),
        List.copyOf(classifier.problems),
        List.copyOf(caseIds),
        failure);
  }

  /** Why a batch or the run's record failed, in the words the exception carries (never data). */
  private static String inWords(RuntimeException e) {
    return e.getClass().getPackageName().startsWith("com.privacydesk")
        ? e.getMessage()
        : e.getClass().getSimpleName();
  }

  private void recordEnd(
      Actor actor,
      long runId,
      RunTotals totals,
      Ending end,
      Instant finished,
      List<LineRange> notAttempted) {
    tx.inTransaction(
        actor,
        r -> {
          r.imports().finishRun(runId, totals, end.name(), finished);
          r.audit()
              .append(
                  actor.audit(
                      finished,
                      "IMPORT_END",
                      "IMPORT",
                      runId,
                      "ending="
                          + end
                          + "; created="
                          + totals.created()
                          + "; duplicates="
                          + totals.duplicates()
                          + "; invalid="
                          + totals.invalid()
                          + "; notAttempted="
                          + ranges(notAttempted)));
          return null;
        });
  }

  /** A committed batch: the cases created and the lines they came from, in the same order. */
  private record Committed(List<Long> caseIds, List<Long> lines) {}

  /** One batch in one transaction: classify against the database, create the new rows, audit. */
  private Committed importBatch(
      Actor actor,
      long runId,
      CompanySettings settings,
      OptOutImportClassifier classifier,
      List<OptOutCsv.Row> batch) {
    long first = batch.getFirst().line();
    long last = batch.getLast().line();
    Committed committed =
        tx.inTransaction(
            actor,
            r -> {
              List<OptOutCsv.Row> fresh = classifier.classify(r, batch);
              List<Long> ids =
                  intake.insertOptOuts(
                      r,
                      settings,
                      actor,
                      fresh.stream().map(OptOutCsv.Row::intake).toList(),
                      fresh.stream()
                          .map(row -> "; import=" + runId + "; line=" + row.line())
                          .toList());
              r.audit()
                  .append(
                      actor.audit(
                          clock.instant(),
                          "IMPORT_BATCH",
                          "IMPORT",
                          runId,
                          "lines="
                              + first
                              + "-"
                              + last
                              + "; created="
                              + ids.size()
                              + "; refused="
                              + (batch.size() - ids.size())));
              return new Committed(ids, fresh.stream().map(OptOutCsv.Row::line).toList());
            });
    // logged once committed: a batch rolled back never appears as done
    LOG.info(
        "Opt-out import {}: lines {}-{}, {} cases created by user {}",
        runId,
        first,
        last,
        committed.caseIds().size(),
        actor.userId());
    return committed;
  }

  private static final java.util.regex.Pattern CREATED =
      java.util.regex.Pattern.compile("(?:^|; )created=(\\d+)");

  /**
   * Marks the runs that started before {@code before} and are still RUNNING (their process died: a
   * crash, a kill, a power cut) INTERRUPTED, with the cases their committed batches created, each
   * with an audit entry; called when a database opens. Returns how many.
   */
  public int markInterrupted(Instant before) {
    List<long[]> marked =
        tx.inTransaction(
            r -> {
              List<long[]> done = new ArrayList<>();
              Instant now = clock.instant();
              for (long runId : r.imports().runningSince(before)) {
                int created = 0;
                for (var e : r.audit().about("IMPORT", runId)) {
                  var m = CREATED.matcher(e.detail());
                  if (e.action().equals("IMPORT_BATCH") && m.find()) {
                    created += Integer.parseInt(m.group(1));
                  }
                }
                r.imports().finishRun(runId, new RunTotals(created, 0, 0), "INTERRUPTED", now);
                r.audit()
                    .append(
                        new com.privacydesk.domain.audit.AuditEntry(
                            now,
                            null,
                            "privacydesk",
                            "IMPORT_INTERRUPTED",
                            "IMPORT",
                            runId,
                            "created="
                                + created
                                + " in committed batches; the rest of the file was not imported"));
                done.add(new long[] {runId, created});
              }
              return done;
            });
    for (long[] run : marked) {
      LOG.warn(
          "Opt-out import {} was interrupted (its process ended mid-way): {} cases had been"
              + " created; marked INTERRUPTED",
          run[0],
          run[1]);
    }
    return marked.size();
  }

  private static void addImported(List<LineRange> ranges, List<Long> lines) {
    for (long line : lines) {
      LineRange last = ranges.isEmpty() ? null : ranges.getLast();
      if (last != null && last.to() == line - 1) {
        ranges.set(ranges.size() - 1, new LineRange(last.from(), line));
      } else {
        ranges.add(new LineRange(line, line));
      }
    }
  }

  private static String ranges(List<LineRange> ranges) {
    return ranges.isEmpty()
        ? "none"
        : ranges.stream().map(LineRange::toString).collect(Collectors.joining(","));
  }

  /** What the check pass learned: rows, last line, hash. */
  private record Check(long rows, long lastLine, String sha256) {}

  /** Reads the file through without the database: a file that cannot be read stops here. */
  private static Check check(Source source, CompanySettings settings, LocalDateTime now) {
    long rows = 0;
    long lastLine = 1;
    try (InputStream in = source.open();
        OptOutCsv csv = new OptOutCsv(in, settings.zone(), now)) {
      while (csv.hasNext()) {
        OptOutCsv.Row row = csv.next();
        lastLine = row.line();
        if (!row.blank()) {
          rows++;
        }
      }
      return new Check(rows, lastLine, csv.sha256());
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable");
    }
  }

  private LocalDateTime now(CompanySettings settings) {
    return LocalDateTime.ofInstant(clock.instant(), settings.zone())
        .truncatedTo(ChronoUnit.MINUTES);
  }
}
