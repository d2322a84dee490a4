package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Actions over every case a filter selects, not just the rows on screen. The selection is fixed
 * first (the ids), then each case is changed in its own transaction through the same service as a
 * single change, so each gets its own audit entry and its own checks; a case that fails is reported
 * with the reason and the others go on.
 */
public final class BulkActions {
  /** Most cases one bulk change may touch (exports are not limited). */
  public static final int MAX_CHANGE = 100_000;

  private static final int ID_CHUNK = 5_000;

  private final TransactionRunner tx;
  private final AssignmentService assignments;
  private final WorkflowService workflow;
  private final Clock clock;

  public BulkActions(
      TransactionRunner tx, AssignmentService assignments, WorkflowService workflow, Clock clock) {
    this.tx = tx;
    this.assignments = assignments;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** Told after each case; returning false stops before the next one. */
  @FunctionalInterface
  public interface Progress {
    boolean update(int done, int total);
  }

  /** One case that was not changed, and why. */
  public record Failure(long caseId, RuntimeException reason) {}

  /** What a bulk change did: changed cases, failures, and whether it was stopped early. */
  public record Report(int total, int changed, List<Failure> failures, boolean cancelled) {}

  /** Assigns every selected case to {@code assigneeId} (supervisors; agents may only take). */
  public Report assign(Actor actor, CaseFilter filter, long assigneeId, Progress progress) {
    actor.require(assigneeId == actor.userId() ? Permission.TAKE_CASE : Permission.ASSIGN_CASE);
    return each(
        actor,
        filter,
        progress,
        c -> {
          if (assigneeId == actor.userId()) {
            assignments.take(actor, c.id(), c.version());
          } else {
            assignments.assign(actor, c.id(), assigneeId, c.version());
          }
        });
  }

  /** Applies {@code action} (with {@code outcome} where it needs one) to every selected case. */
  public Report perform(
      Actor actor, CaseFilter filter, CaseAction action, Outcome outcome, Progress progress) {
    actor.require(action.supervisorOnly() ? Permission.REVIEW_CASE : Permission.WORK_CASE);
    return each(
        actor,
        filter,
        progress,
        c -> workflow.perform(actor, c.id(), c.version(), action, outcome));
  }

  /**
   * Writes every selected case's queue columns as CSV (RFC 4180, UTF-8 by the caller's writer) in
   * {@code sort} order, page by page; returns the rows written. The export is audited.
   */
  public long exportCsv(
      Actor actor, CaseFilter filter, CaseSort sort, Writer out, Progress progress) {
    actor.require(Permission.VIEW_QUEUE);
    long total = tx.inTransaction(actor, r -> r.cases().count(filter));
    long written = 0;
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "case", "type", "status", "channel", "received", "due", "assignee", "version")
            .get()
            .print(out)) {
      int page = CaseQueries.MAX_PAGE;
      for (int offset = 0; ; offset += page) {
        int from = offset;
        List<CaseSummary> rows =
            tx.inTransaction(actor, r -> r.cases().queuePage(filter, sort, from, page));
        for (CaseSummary c : rows) {
          csv.printRecord(
              c.id(),
              c.type().name(),
              c.status().name(),
              c.channel().name(),
              c.receivedDate(),
              c.dueDate() == null ? "" : c.dueDate().toString(),
              c.assigneeName() == null ? "" : CsvCells.safe(c.assigneeName()),
              c.version());
          written++;
        }
        if (rows.size() < page || !progress.update((int) written, (int) total)) {
          break;
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long count = written;
    tx.inTransaction(
        actor,
        r -> {
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "CASES_EXPORT",
                      "QUEUE",
                      null,
                      "csv; rows=" + count + "; filter=" + describe(filter)));
          return null;
        });
    return written;
  }

  private Report each(Actor actor, CaseFilter filter, Progress progress, Change change) {
    List<Long> ids = selection(actor, filter);
    List<Failure> failures = new ArrayList<>();
    int changed = 0;
    int done = 0;
    boolean cancelled = false;
    for (long id : ids) {
      if (!progress.update(done, ids.size())) {
        cancelled = true;
        break;
      }
      try {
        CaseSummary c =
            tx.inTransaction(actor, r -> r.cases().find(id))
                .orElseThrow(() -> new NotFoundException("Case " + id));
        change.apply(c);
        changed++;
      } catch (com.privacydesk.app.AccountChangedException e) {
        throw e;
      } catch (RuntimeException e) {
        failures.add(new Failure(id, e));
      }
      done++;
    }
    progress.update(done, ids.size());
    return new Report(ids.size(), changed, List.copyOf(failures), cancelled);
  }

  /** The ids the filter selects now, fixed before anything changes. */
  private List<Long> selection(Actor actor, CaseFilter filter) {
    return tx.inTransaction(
        actor,
        r -> {
          List<Long> ids = new ArrayList<>();
          long after = 0;
          while (true) {
            List<Long> chunk = r.cases().ids(filter, after, ID_CHUNK);
            ids.addAll(chunk);
            if (ids.size() > MAX_CHANGE) {
              throw new RefusedException(Refusal.of("bulk.tooMany", MAX_CHANGE));
            }
            if (chunk.size() < ID_CHUNK) {
              return ids;
            }
            after = chunk.getLast();
          }
        });
  }

  /** The filter in words for the audit entry (no search text: it may be an email address). */
  static String describe(CaseFilter f) {
    List<String> parts = new ArrayList<>();
    if (!f.types().isEmpty()) {
      parts.add("types=" + f.types());
    }
    if (!f.statuses().isEmpty()) {
      parts.add("statuses=" + f.statuses());
    }
    if (!f.channels().isEmpty()) {
      parts.add("channels=" + f.channels());
    }
    if (f.assigneeId() != null) {
      parts.add("assignee=" + f.assigneeId());
    }
    if (f.unassignedOnly()) {
      parts.add("unassigned");
    }
    if (f.openOnly()) {
      parts.add("open");
    }
    if (f.receivedFrom() != null || f.receivedTo() != null) {
      parts.add("received=" + f.receivedFrom() + ".." + f.receivedTo());
    }
    if (f.dueOnOrBefore() != null) {
      parts.add("dueBy=" + f.dueOnOrBefore());
    }
    if (f.search() != null) {
      parts.add("search");
    }
    return parts.isEmpty() ? "all" : String.join(",", parts);
  }

  @FunctionalInterface
  private interface Change {
    void apply(CaseSummary c);
  }
}
