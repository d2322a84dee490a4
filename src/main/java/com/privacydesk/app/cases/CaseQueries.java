package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseRepository.WorkState;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.PersonalData;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Lifecycle;
import com.privacydesk.domain.workflow.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Read side of the work queue. */
public final class CaseQueries {
  private static final Logger LOG = LoggerFactory.getLogger(CaseQueries.class);

  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE = 1_000;

  /** The field of the reveal reason in validation errors. */
  public static final String REASON = "reason";

  /** Longest reveal reason. */
  public static final int REASON_MAX = 200;

  private final TransactionRunner tx;
  private final Clock clock;

  public CaseQueries(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** A page of the whole queue (open cases by nearest due date first) plus the total count. */
  public QueuePage page(Actor actor, int offset, int limit) {
    return page(actor, CaseFilter.ALL, CaseSort.DUE, offset, limit);
  }

  /** A page of the cases {@code filter} selects in {@code sort} order, plus how many it selects. */
  public QueuePage page(Actor actor, CaseFilter filter, CaseSort sort, int offset, int limit) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> page(r, filter, sort, offset, limit));
  }

  /** Rows of {@code filter} from {@code offset} (at most {@link #MAX_PAGE}) and their count. */
  private static QueuePage page(
      Repositories r, CaseFilter filter, CaseSort sort, int offset, int limit) {
    int size = Math.clamp(limit, 1, MAX_PAGE);
    int from = Math.max(0, offset);
    return new QueuePage(
        r.cases().queuePage(filter, sort, from, size), r.cases().count(filter), from);
  }

  /**
   * A page of the cases {@code spec} selects for {@code actor} on {@code today}, narrowed by {@code
   * search}; one transaction.
   */
  public QueuePage page(
      Actor actor,
      ViewSpec spec,
      String search,
      CaseSort sort,
      LocalDate today,
      int offset,
      int limit) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> page(r, resolve(r, actor, spec, today).withSearch(search), sort, offset, limit));
  }

  /** How many cases each of {@code specs} (by key) holds for {@code actor} on {@code today}. */
  public Map<String, Long> counts(Actor actor, Map<String, ViewSpec> specs, LocalDate today) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          specs.forEach(
              (k, spec) -> counts.put(k, r.cases().count(resolve(r, actor, spec, today))));
          return counts;
        });
  }

  /** The database filter of {@code spec} for {@code actor} on {@code today} (company date). */
  public CaseFilter filterFor(Actor actor, ViewSpec spec, LocalDate today) {
    return tx.inTransaction(actor, r -> resolve(r, actor, spec, today));
  }

  static CaseFilter resolve(Repositories r, Actor actor, ViewSpec spec, LocalDate today) {
    LocalDate dueBy =
        switch (spec.due()) {
          case ANY, LAW_OVERDUE -> null;
          case OVERDUE, INTERNAL_OVERDUE -> today.minusDays(1);
          case TODAY -> today;
          case THIS_WEEK ->
              today.with(
                  java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
          case WITHIN, NEXT ->
              BusinessCalendar.withClosures(CompanySettings.load(r.settings()).closures())
                  .addBusinessDays(today, spec.dueDays())
                  .date();
        };
    LocalDate dueFrom =
        switch (spec.due()) {
          case TODAY, THIS_WEEK -> today;
          case NEXT -> today.plusDays(1);
          case ANY, OVERDUE, WITHIN, LAW_OVERDUE, INTERNAL_OVERDUE -> null;
        };
    return new CaseFilter(
        spec.types(),
        spec.statuses(),
        spec.channels(),
        switch (spec.assignee()) {
          case ME -> actor.userId();
          case USER -> spec.assigneeId();
          case ANYONE, NOBODY -> null;
        },
        spec.assignee() == ViewSpec.Assignee.NOBODY,
        spec.openOnly() || spec.due() != ViewSpec.Due.ANY,
        spec.receivedFrom(),
        spec.receivedTo(),
        dueBy,
        null,
        dueFrom,
        spec.due() == ViewSpec.Due.LAW_OVERDUE ? today : null,
        spec.due() == ViewSpec.Due.INTERNAL_OVERDUE ? today : null);
  }

  /**
   * Audit actions about a case that only read it (a reveal, a letter opened or drafted as email).
   */
  static final java.util.Set<String> READ_ONLY_ACTIONS =
      java.util.Set.of("REVEAL", "LETTER_VIEW", "LETTER_DRAFT");

  /**
   * Whether the database holds any case at all; says nothing else, so it needs no sign-in (the
   * benchmark asks it before any account is known).
   */
  public boolean anyCases() {
    return tx.inTransaction(r -> r.cases().count(CaseFilter.ALL) > 0);
  }

  /**
   * Where the audit trail stands now: a mark to ask {@link #changedElsewhere} about later. Every
   * change of a case writes an audit entry, so the trail's head moves with every change.
   */
  public long changeMark() {
    return tx.inTransaction(r -> r.audit().head().lastSeq());
  }

  /**
   * Whether someone other than {@code actor} (a colleague at another workstation, an import, a
   * command) changed or created a case since {@code mark}: the queue then offers a reload.
   */
  public boolean changedElsewhere(Actor actor, long mark) {
    return tx.inTransaction(
        actor,
        r -> r.audit().writtenByOthersSince(mark, "CASE", actor.userId(), READ_ONLY_ACTIONS));
  }

  /** At most this many other requests are listed for a requester (newest first). */
  public static final int HISTORY_LIMIT = 50;

  /**
   * The other requests from the same requester as case {@code caseId} (issue 21): cases of any type
   * with the same email address, phone number or account reference, newest first, and how many of
   * them were purged (found through the hash kept of an opted-out address or a do-not-call number).
   * Case numbers, types, statuses and dates only: nothing personal.
   */
  public RequesterHistory requesterHistory(Actor actor, long caseId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> {
          var keys = r.cases().requesterKeys(caseId);
          Map<Long, com.privacydesk.app.port.RelatedCase> found = new LinkedHashMap<>();
          for (var c : r.cases().sharing(caseId, keys, HISTORY_LIMIT + 1)) {
            found.put(c.id(), c);
          }
          String email = keys.email();
          if (email != null) {
            // a purged opt-out of this address keeps only a hash of it, and names its case
            r.purges()
                .suppressionCase(com.privacydesk.app.privacy.PurgeService.emailHash(email))
                .filter(id -> id != caseId && !found.containsKey(id))
                .flatMap(
                    id -> r.cases().related(id, com.privacydesk.app.port.RelatedCase.Shared.EMAIL))
                .ifPresent(c -> found.put(c.id(), c));
          }
          List<com.privacydesk.app.port.RelatedCase> all =
              found.values().stream()
                  .sorted(com.privacydesk.app.port.RelatedCase.NEWEST_FIRST)
                  .toList();
          List<com.privacydesk.app.port.RelatedCase> open =
              all.stream().filter(c -> !c.purged()).toList();
          int purged = all.size() - open.size();
          boolean more = open.size() > HISTORY_LIMIT;
          return new RequesterHistory(more ? open.subList(0, HISTORY_LIMIT) : open, purged, more);
        });
  }

  /**
   * Other requests from the same requester.
   *
   * @param cases those not purged, newest first (at most {@link #HISTORY_LIMIT})
   * @param purged how many purged ones were found through a kept hash
   * @param more whether there are more than {@code cases} shows
   */
  public record RequesterHistory(
      List<com.privacydesk.app.port.RelatedCase> cases, int purged, boolean more) {
    public RequesterHistory {
      cases = List.copyOf(cases);
    }
  }

  /** Everything about one case for the detail view, with what {@code actor} may do now. */
  public CaseFile detail(Actor actor, long caseId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> {
          CaseDetail detail = masked(found(r, caseId));
          WorkState w = r.cases().workState(caseId).orElseThrow();
          CompanySettings settings = CompanySettings.load(r.settings());
          Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
          List<Outcome> close = new ArrayList<>();
          List<Outcome> review = new ArrayList<>();
          for (Outcome o : Outcome.of(w.type())) {
            if (Lifecycle.step(w.type(), w.status(), CaseAction.CLOSE, o, settings.reviewTypes())
                .isAllowed()) {
              close.add(o);
            }
            if (Lifecycle.step(
                    w.type(), w.status(), CaseAction.SUBMIT_FOR_REVIEW, o, settings.reviewTypes())
                .isAllowed()) {
              review.add(o);
            }
          }
          for (CaseAction a : Lifecycle.actionsFrom(w.type(), w.status())) {
            boolean permitted =
                actor.can(a.supervisorOnly() ? Permission.REVIEW_CASE : Permission.WORK_CASE);
            boolean possible =
                switch (a) {
                  case CLOSE -> !close.isEmpty();
                  case SUBMIT_FOR_REVIEW -> !review.isEmpty();
                  case PUT_ON_HOLD -> w.lawEnforcementNotified().isPresent();
                  default -> true;
                };
            if (permitted && possible) {
              actions.add(a);
            }
          }
          Optional<LocalDate> holdEnd =
              w.lawEnforcementNotified().isEmpty()
                  ? Optional.empty()
                  : w.clocks().stream()
                      .filter(c -> c.name().equals(DeadlineRules.EARLIEST_CUSTOMER_NOTICE))
                      .map(CaseClock::due)
                      .findFirst();
          List<com.privacydesk.domain.workflow.Checklist.Entry> checklist =
              WorkflowService.checklist(r, settings, w, r.cases().ticks(caseId));
          List<com.privacydesk.app.port.CaseRepository.Note> notes = r.cases().notes(caseId);
          java.time.Instant now = clock.instant();
          // the notes this actor may still correct: their own, the case open, within the window
          Set<Long> correctable =
              w.status().isOpen() && actor.can(Permission.WORK_CASE)
                  ? notes.stream()
                      .filter(
                          n ->
                              WorkflowService.correctable(
                                  n, actor.userId(), settings.noteCorrectionMinutes(), now))
                      .map(com.privacydesk.app.port.CaseRepository.Note::id)
                      .collect(java.util.stream.Collectors.toSet())
                  : Set.of();
          return new CaseFile(
              withTickedFacts(detail, checklist),
              w.outcome(),
              w.pendingOutcome(),
              checklist,
              notes,
              r.audit().about("CASE", caseId),
              actions,
              close,
              review,
              Lifecycle.WORK_STATES.contains(w.status()) && actor.can(Permission.WORK_CASE),
              w.type() == CaseType.CA_DISCLOSURE && w.status().isOpen()
                  ? WorkflowService.sameYearDuplicate(r, w)
                  : Optional.empty(),
              holdEnd,
              userNames(r),
              correctable);
        });
  }

  /** Every account's name by id: the timeline names the users an entry refers to by id. */
  private static Map<Long, String> userNames(Repositories r) {
    Map<Long, String> names = new LinkedHashMap<>();
    r.users().listAll().forEach(u -> names.put(u.id(), u.username()));
    return names;
  }

  /**
   * The detail with the facts the checklist establishes taken from the checklist ({@link
   * com.privacydesk.domain.workflow.TickedFacts}), so the Overview and the checklist agree.
   */
  static CaseDetail withTickedFacts(
      CaseDetail detail, List<com.privacydesk.domain.workflow.Checklist.Entry> checklist) {
    Map<String, String> intake = new LinkedHashMap<>();
    detail.facts().forEach(f -> intake.put(f.field(), f.value()));
    Map<String, String> ticked = com.privacydesk.domain.workflow.TickedFacts.of(checklist, intake);
    if (ticked.isEmpty()) {
      return detail;
    }
    List<CaseDetail.Fact> facts = new ArrayList<>();
    for (CaseDetail.Fact f : detail.facts()) {
      facts.add(
          ticked.containsKey(f.field())
              ? new CaseDetail.Fact(f.field(), ticked.get(f.field()))
              : f);
    }
    return new CaseDetail(
        detail.summary(), facts, detail.clocks(), detail.ruleVersion(), detail.links());
  }

  /**
   * The case's personal data in clear (field to value), for a user who gives a reason; the view is
   * audited ({@code REVEAL}, with the fields and the reason). The reason is free text: required, at
   * most {@link #REASON_MAX} characters, and checked like a note.
   */
  public Map<String, String> reveal(Actor actor, long caseId, String reason) {
    actor.require(Permission.REVEAL_PERSONAL_DATA);
    String why = reason == null ? "" : reason.strip();
    List<FieldError> errors = IntakeValidation.validateFreeText(REASON, why, REASON_MAX);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return tx.inTransaction(
        actor,
        r -> {
          Map<String, String> clear = new LinkedHashMap<>();
          CaseDetail detail = found(r, caseId);
          for (CaseDetail.Fact f : detail.facts()) {
            if (RequestTypes.isPersonal(detail.summary().type(), f.field())) {
              clear.put(f.field(), f.value());
            }
          }
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "REVEAL",
                      "CASE",
                      caseId,
                      "fields=" + String.join(",", clear.keySet()) + "; reason=" + flat(why)));
          LOG.info("Personal data of case {} revealed to user {}", caseId, actor.userId());
          return clear;
        });
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static CaseDetail found(Repositories r, long caseId) {
    return r.cases().detail(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
  }

  /** {@code detail} with its personal facts masked. */
  private static CaseDetail masked(CaseDetail detail) {
    List<CaseDetail.Fact> facts =
        detail.facts().stream()
            .map(
                f ->
                    RequestTypes.isPersonal(detail.summary().type(), f.field())
                        ? new CaseDetail.Fact(f.field(), PersonalData.mask(f.value()))
                        : f)
            .toList();
    return new CaseDetail(
        detail.summary(), facts, detail.clocks(), detail.ruleVersion(), detail.links());
  }

  /** Rows {@code offset..offset+rows.size()} of {@code total}. */
  public record QueuePage(List<CaseSummary> rows, long total, int offset) {}
}
