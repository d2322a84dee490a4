package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.workflow.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes many complete cases at once (demo and benchmark data): every table of a case in JDBC
 * batches, with ids chosen by the caller. Only for an otherwise idle database.
 */
public interface BulkCaseWriter {
  /** The first free case id. */
  long nextCaseId();

  /** Inserts {@code cases}, their clocks, type facts, checklist ticks and links, in batches. */
  void insert(List<LoadedCase> cases);

  /** Moves the id generator past the largest case id, so later cases get fresh ids. */
  void finish();

  /**
   * One case as it stands after its history.
   *
   * @param common the fields every case has; its due date is null once the case has ended
   * @param escalatedFrom for a CPNI breach, the password-compromise case it came from
   */
  record LoadedCase(
      long id,
      CaseRepository.NewCase common,
      CaseStatus status,
      Outcome outcome,
      Outcome pendingOutcome,
      Instant closedAt,
      Long assigneeId,
      int version,
      long updatedBy,
      Instant updatedAt,
      List<CaseClock> clocks,
      Facts facts,
      List<LoadedTick> ticks,
      Long escalatedFrom) {}

  /** A done checklist item. */
  record LoadedTick(String key, LocalDate doneOn, String choice, long tickedBy, Instant at) {}

  /** The facts of one request type. */
  sealed interface Facts {}

  /** An email opt-out. */
  record OptOutFacts(String email, String emailNormalized, String scope, String categories)
      implements Facts {}

  /** A "Shine the Light" request. */
  record CaFacts(
      boolean designated, String residencyBasis, boolean personalRelationship, String authority)
      implements Facts {}

  /** A COPPA deletion. */
  record ChildFacts(String trigger, String under13Basis, String parentVerification)
      implements Facts {}

  /** A password-compromise report. */
  record PasswordFacts(String authentication) implements Facts {}

  /** The facts of a type whose intake is built from its spec. */
  record TypedFacts(com.privacydesk.domain.types.TypeFacts facts) implements Facts {}

  /** A CPNI breach. */
  record BreachFacts(
      LocalDate determinedOn, String determinedBy, String description, LocalDate notifiedOn)
      implements Facts {}
}
