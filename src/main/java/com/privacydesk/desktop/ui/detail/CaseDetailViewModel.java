package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.cases.AssignmentService;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One case, loaded in the background, and the work on it: lifecycle actions, checklist ticks,
 * notes, links, taking it. Every change sends the version the user saw; a conflict shows who
 * changed the case when, and the view reloads. Nothing typed is lost on an error.
 */
public final class CaseDetailViewModel {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseQueries queries;
  private final WorkflowService workflow;
  private final AssignmentService assignments;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Supplier<LocalDate> companyToday;
  private final Supplier<ZoneId> zone;
  private final ObjectProperty<CaseFile> file = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty info = new SimpleStringProperty("");
  private final StringProperty noteText = new SimpleStringProperty("");
  private final StringProperty noteError = new SimpleStringProperty("");
  // the next note is part of the correspondence with the customer (unticked: internal)
  private final javafx.beans.property.BooleanProperty noteCorrespondence =
      new javafx.beans.property.SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  /** Personal data shown in clear after a reveal, by field; masked again when the case changes. */
  private final javafx.collections.ObservableMap<String, String> revealed =
      javafx.collections.FXCollections.observableHashMap();

  private boolean changed;
  private long caseId;

  public CaseDetailViewModel(
      CaseQueries queries,
      WorkflowService workflow,
      AssignmentService assignments,
      Actor actor,
      UiTaskRunner tasks,
      Supplier<LocalDate> companyToday,
      Supplier<ZoneId> zone) {
    this.queries = queries;
    this.workflow = workflow;
    this.assignments = assignments;
    this.actor = actor;
    this.tasks = tasks;
    this.companyToday = companyToday;
    this.zone = zone;
  }

  /** Loads case {@code id}. */
  public void load(long id) {
    caseId = id;
    busy.set(true);
    tasks.run(
        () -> queries.detail(actor, id),
        f -> {
          CaseFile before = file.get();
          if (before == null || before.id() != f.id() || before.version() != f.version()) {
            revealed.clear();
          }
          // render the new state first: the old controls never become enabled again
          file.set(f);
          busy.set(false);
          loadHistory(id);
        },
        ex -> {
          busy.set(false);
          error.set(Messages.describe(ex));
        });
  }

  private final ObjectProperty<com.privacydesk.app.cases.CaseQueries.RequesterHistory> history =
      new SimpleObjectProperty<>();

  /** The requester's other requests (null until looked up). */
  public ObjectProperty<com.privacydesk.app.cases.CaseQueries.RequesterHistory> historyProperty() {
    return history;
  }

  private void loadHistory(long id) {
    tasks.run(
        () -> queries.requesterHistory(actor, id),
        history::set,
        ex ->
            history.set(
                new com.privacydesk.app.cases.CaseQueries.RequesterHistory(
                    java.util.List.of(), 0, false)));
  }

  /** "#12 · Email opt-out · Closed · received 2026-03-02 · same email address". */
  public String historyLine(com.privacydesk.app.port.RelatedCase c) {
    return Messages.get(
        "detail.history.case",
        c.id(),
        Messages.get("type." + c.type()),
        Messages.get("status." + c.status()),
        c.received(),
        c.shared().stream()
            .sorted()
            .map(k -> Messages.get("detail.history.shared." + k))
            .collect(java.util.stream.Collectors.joining(", ")));
  }

  /** A label as the end of a sentence: "Was CPNI reached?" keeps its own mark, no full stop. */
  static String sentence(String label) {
    return label.endsWith("?") || label.endsWith(".")
        ? label.substring(0, label.length() - 1)
        : label;
  }

  /** The case this view shows. */
  public long caseId() {
    return caseId;
  }

  /** Reloads the case (F5). */
  public void reload() {
    load(caseId);
  }

  /** Takes {@code action}, with {@code outcome} for closing or submitting for review. */
  public void perform(CaseAction action, Outcome outcome) {
    perform(action, outcome, null);
  }

  /** As {@link #perform(CaseAction, Outcome)}, with a reviewer's comment (approve, send back). */
  public void perform(CaseAction action, Outcome outcome, String comment) {
    CaseFile f = file.get();
    change(
        () -> workflow.perform(actor, f.id(), f.version(), action, outcome, comment),
        Messages.get("detail.done." + action, outcome == null ? "" : Messages.value(outcome)));
  }

  /** Ticks a checklist line with the date and choice its evidence needs (null when none). */
  public void tick(Checklist.Entry entry, LocalDate date, String choice) {
    CaseFile f = file.get();
    // kept until the tick is stored, so that a refusal shows the date and choice as typed again
    refusedTick = new TickAttempt(entry.key(), date, choice);
    change(
        () -> {
          workflow.tick(actor, f.id(), f.version(), entry.key(), date, choice);
          refusedTick = null;
          return null;
        },
        Messages.get("detail.done.tick", sentence(checklistLabel(entry))));
  }

  /** The date and choice typed for a checklist line whose tick was refused. */
  public record TickAttempt(String key, LocalDate date, String choice) {}

  private volatile TickAttempt refusedTick;

  /** What was typed for checklist line {@code key} when its tick was last refused. */
  public java.util.Optional<TickAttempt> refusedTick(String key) {
    TickAttempt t = refusedTick;
    return t != null && t.key().equals(key) ? java.util.Optional.of(t) : java.util.Optional.empty();
  }

  /** Marks a checklist line as not done. */
  public void untick(Checklist.Entry entry) {
    CaseFile f = file.get();
    change(
        () -> {
          workflow.untick(actor, f.id(), f.version(), entry.key());
          return null;
        },
        Messages.get("detail.done.untick", sentence(checklistLabel(entry))));
  }

  /** Adds the note typed; it stays in the box when refused. */
  public void addNote() {
    CaseFile f = file.get();
    noteError.set("");
    String text = noteText.get();
    busy.set(true);
    boolean correspondence = noteCorrespondence.get();
    tasks.run(
        () -> workflow.addNote(actor, f.id(), f.version(), text, correspondence),
        id -> {
          noteText.set("");
          noteCorrespondence.set(false);
          done(Messages.get("detail.done.note"));
        },
        ex -> {
          busy.set(false);
          if (ex instanceof ValidationException) {
            noteError.set(Messages.describe(ex));
          } else {
            failed(ex);
          }
        });
  }

  /** Whether the signed-in user may still correct note {@code noteId} (theirs, in the window). */
  public boolean canCorrect(long noteId) {
    CaseFile f = file.get();
    return f != null && f.correctableNotes().contains(noteId);
  }

  /** Corrects note {@code noteId} to {@code text} (the earlier text is kept). */
  public void correctNote(long noteId, String text) {
    CaseFile f = file.get();
    change(
        () -> {
          workflow.correctNote(actor, f.id(), f.version(), noteId, text);
          return null;
        },
        Messages.get("detail.done.noteCorrected"));
  }

  /** Whether the next note is part of the correspondence with the customer. */
  public javafx.beans.property.BooleanProperty noteCorrespondenceProperty() {
    return noteCorrespondence;
  }

  /** Links this case to case {@code otherId}. */
  public void link(long otherId, String kind) {
    CaseFile f = file.get();
    change(
        () -> {
          workflow.link(actor, f.id(), f.version(), otherId, kind);
          return null;
        },
        Messages.get("detail.done.link", otherId));
  }

  /** Whether the account reference and reply contact of this case can be corrected now. */
  public boolean canEditContact() {
    CaseFile f = file.get();
    return f != null
        && f.detail().summary().status().isOpen()
        && f.checklistEditable()
        && WorkflowService.contactEditable(f.detail().summary().type());
  }

  /**
   * The current value of fact {@code field}, or "" when the case has none; personal data only once
   * revealed (masked values are never offered for editing).
   */
  public String fact(String field) {
    CaseFile f = file.get();
    if (f == null) {
      return "";
    }
    if (personal(field)) {
      return revealed.getOrDefault(field, "");
    }
    return f.detail().facts().stream()
        .filter(x -> x.field().equals(field))
        .map(CaseDetail.Fact::value)
        .findFirst()
        .orElse("");
  }

  /**
   * Whether fact {@code field} of the case shown is personal data, as its type declares it
   * (fail-closed: with no case, or a fact nobody classified, it is).
   */
  private boolean personal(String field) {
    CaseFile f = file.get();
    return f == null || RequestTypes.isPersonal(f.detail().summary().type(), field);
  }

  /** Whether the case holds personal data shown masked now. */
  public boolean hasMaskedData() {
    CaseFile f = file.get();
    return f != null
        && revealed.isEmpty()
        && f.detail().facts().stream().anyMatch(x -> personal(x.field()));
  }

  /** Whether the personal data is shown in clear. */
  public boolean isRevealed() {
    return !revealed.isEmpty();
  }

  /**
   * Shows the case's personal data in clear, for {@code reason} (audited). {@code onShown} runs
   * once shown; {@code onError} gets the message and the reason stays as typed.
   */
  public void reveal(String reason, Runnable onShown, java.util.function.Consumer<String> onError) {
    CaseFile f = file.get();
    busy.set(true);
    tasks.run(
        () -> queries.reveal(actor, f.id(), reason),
        clear -> {
          busy.set(false);
          revealed.clear();
          revealed.putAll(clear);
          info.set(Messages.get("detail.done.reveal"));
          onShown.run();
        },
        ex -> {
          busy.set(false);
          onError.accept(Messages.describe(ex));
        });
  }

  /**
   * Corrects the account reference and reply contact; {@code onSaved} runs when stored, {@code
   * onError} gets the message (the form stays open with what was typed).
   */
  public void editContact(
      String accountRef,
      String replyContact,
      Runnable onSaved,
      java.util.function.Consumer<String> onError) {
    CaseFile f = file.get();
    busy.set(true);
    tasks.run(
        () -> {
          workflow.editContact(actor, f.id(), f.version(), accountRef, replyContact);
          return null;
        },
        x -> {
          onSaved.run();
          done(Messages.get("detail.done.edit"));
        },
        ex -> {
          if (ex instanceof ValidationException) {
            busy.set(false);
            onError.accept(Messages.describe(ex));
          } else {
            onError.accept(Messages.describe(ex));
            failed(ex);
          }
        });
  }

  /** "Assign to me". */
  public void take() {
    CaseFile f = file.get();
    change(
        () -> {
          assignments.take(actor, f.id(), f.version());
          return null;
        },
        Messages.get("detail.done.take"));
  }

  /** Whether the case is open and not already assigned to the signed-in user. */
  public boolean canTake() {
    CaseFile f = file.get();
    return f != null
        && f.detail().summary().status().isOpen()
        && !Long.valueOf(actor.userId()).equals(f.detail().summary().assigneeId());
  }

  private <T> void change(Callable<T> work, String doneText) {
    error.set("");
    info.set("");
    busy.set(true);
    tasks.run(work, x -> done(doneText), this::failed);
  }

  private void done(String text) {
    changed = true;
    info.set(text);
    load(caseId);
  }

  /** Shows why, and reloads (the view stays busy until the reload shows the stored state). */
  private void failed(Throwable ex) {
    error.set(Messages.describe(ex));
    load(caseId);
  }

  /** Whether anything was changed through this view (the queue then reloads). */
  public boolean changed() {
    return changed;
  }

  /** "Due 2026-12-07 (Mon) · 16 days left · 10 business days". */
  public String clockLine(CaseClock c) {
    CaseFile f = file.get();
    String left =
        f != null && !f.detail().summary().status().isOpen()
            ? Messages.get("due.ended")
            : Messages.timeLeft(companyToday.get(), c.due());
    if (c.days() == 0) {
      return Messages.get(
          "detail.clockLineSameDay", Messages.get("clock." + c.name()), c.due().toString(), left);
    }
    return Messages.get(
        "detail.clockLine",
        Messages.get("clock." + c.name()),
        c.due().toString(),
        left,
        c.days(),
        Messages.get("dayType." + c.dayType()));
  }

  /** A fact's value as shown: enum constants through the bundle, booleans as yes/no. */
  public String factValue(CaseDetail.Fact fact) {
    String v = revealed.getOrDefault(fact.field(), fact.value());
    if (personal(fact.field())) {
      return v;
    }
    if (v.equals("true") || v.equals("false")) {
      return Messages.get("value." + v);
    }
    String key = "value." + v;
    String text = Messages.get(key);
    return text.equals(key) ? v : text;
  }

  /** The label of a checklist line, e.g. "Suppressed in CRM" or "Response sent (2025 register)". */
  public String checklistLabel(Checklist.Entry e) {
    if (e.system() != null) {
      return Messages.get("checklist." + e.item(), e.system());
    }
    if (e.item() == ChecklistItem.RESPONSE_SENT && file.get() != null) {
      return Messages.get(
          "checklist.RESPONSE_SENT.year",
          file.get().detail().summary().receivedDate().getYear() - 1);
    }
    return Messages.get("checklist." + e.item());
  }

  /** "done 2026-11-20 · Email · by alice, 2026-11-20 14:05" for a done line. */
  public String tickText(Checklist.Entry e) {
    if (!e.done()) {
      if (e.required()) {
        return Messages.get("detail.tick.open");
      }
      // an optional line by its nature, or a system since removed from the settings list
      return Messages.get(e.item().optional() ? "detail.tick.notRequired" : "detail.tick.optional");
    }
    StringBuilder b = new StringBuilder();
    if (e.tick().doneOn() != null) {
      b.append(e.tick().doneOn()).append(" · ");
    }
    if (e.tick().choice() != null) {
      b.append(choiceText(e.tick().choice())).append(" · ");
    }
    b.append(Messages.get("detail.tick.by", e.tick().byName(), at(e.tick().at())));
    return b.toString();
  }

  /** How a checklist choice is shown. */
  public String choiceText(String choice) {
    return Messages.get("choice." + choice);
  }

  /** Today in the company time zone: the date a tick proposes. */
  public LocalDate today() {
    return companyToday.get();
  }

  /** A time in the company zone, to the minute. */
  public String at(Instant instant) {
    return AT.format(instant.atZone(zone.get()));
  }

  /** The words for an audit action in the timeline. */
  public String actionText(AuditEntry e) {
    return Messages.get("audit." + e.action());
  }

  /** What a timeline entry recorded, in words (codes by their labels, users by name). */
  public String detailText(AuditEntry e) {
    CaseFile f = file.get();
    return TimelineText.describe(e, f == null ? java.util.Map.of() : f.userNames());
  }

  public ObjectProperty<CaseFile> fileProperty() {
    return file;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty infoProperty() {
    return info;
  }

  public StringProperty noteTextProperty() {
    return noteText;
  }

  public StringProperty noteErrorProperty() {
    return noteError;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
