package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.calendar.CaseClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stored cases. */
public interface CaseRepository {
  /** Inserts the common case row and returns the new id. */
  long insertCase(NewCase c);

  /** Stores the opt-out details of case {@code caseId}. */
  void insertOptOut(
      long caseId, String email, String emailNormalized, OptOutScope scope, String categories);

  /** Stores the CA disclosure facts of case {@code caseId}. */
  void insertCaDisclosure(
      long caseId,
      boolean designated,
      String residencyBasis,
      boolean personalRelationship,
      String agentAuthority);

  /** Stores the COPPA facts of case {@code caseId}. */
  void insertChildDeletion(
      long caseId, String trigger, String under13Basis, String parentVerification);

  /** Stores the password-compromise facts of case {@code caseId}. */
  void insertPasswordCompromise(long caseId, String authentication);

  /** Stores the CPNI breach facts of case {@code caseId}. */
  void insertCpniBreach(
      long caseId,
      LocalDate determinedOn,
      String determinedBy,
      String description,
      LocalDate notifiedOn);

  /** Links two cases ({@code from} → {@code to}, e.g. ESCALATED_TO). */
  void insertLink(long fromCaseId, long toCaseId, String kind, Instant at);

  /** Everything about one case for the detail view. */
  Optional<CaseDetail> detail(long caseId);

  /**
   * What the clocks of a case were computed from: its type, start date, channel, and for CPNI the
   * law-enforcement notice date.
   */
  Optional<ClockInputs> clockInputs(long caseId);

  /**
   * Replaces a case's clocks (and its nearest due date and rule version) if the case still has
   * {@code expectedVersion}; false when someone changed it meanwhile.
   */
  boolean replaceClocks(
      long caseId,
      List<CaseClock> clocks,
      LocalDate nearestDue,
      String ruleVersion,
      int expectedVersion);

  /** Updates the stored "received at a designated address" of a CA case. */
  void updateDesignated(long caseId, boolean designated);

  /** The inputs of a case's clocks. */
  record ClockInputs(
      CaseType type,
      LocalDate start,
      Channel channel,
      Optional<LocalDate> lawEnforcementNotified,
      String ruleVersion,
      int version) {}

  /** Stores the computed clocks of a case. */
  void insertClocks(long caseId, List<CaseClock> clocks);

  /** One case's queue row. */
  Optional<CaseSummary> find(long caseId);

  /** A page of the queue: open cases first by nearest due date, then closed ones. */
  List<CaseSummary> queuePage(int offset, int limit);

  /** How many cases the queue holds. */
  long countAll();

  /**
   * Sets the assignee if the case still has {@code expectedVersion}; returns false when someone
   * changed it meanwhile.
   */
  boolean assign(long caseId, Long assigneeId, int expectedVersion);

  /** The fields common to every case, as inserted. */
  record NewCase(
      CaseType type,
      CaseStatus status,
      Channel channel,
      Instant receivedAt,
      LocalDate receivedDate,
      LocalDate dueDate,
      long createdBy,
      Instant createdAt,
      String requesterKind,
      String accountRef,
      String replyContact,
      String ruleVersion) {}
}
