package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.workflow.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows the supervisor reports are computed from. Counts are grouped in the database; rows that
 * need the business calendar (time to close, at risk) come back one per case, only for the period.
 */
public interface ReportData {
  /** Cases received between {@code from} and {@code to} (inclusive), grouped. */
  List<ReceivedCount> received(LocalDate from, LocalDate to);

  /** How many cases of one type, channel and (CA only) designation were received. */
  record ReceivedCount(CaseType type, Channel channel, Boolean designated, long count) {}

  /**
   * Closures at or after {@code from} and before {@code to} that were not reopened before {@code
   * to}: the cases closed in the period, each once.
   */
  List<ClosureRow> closures(Instant from, Instant to);

  /**
   * One closure.
   *
   * @param statutoryDue the statutory clock, if the type has one
   * @param internalDue the internal target clock, if the type has one
   * @param changeNoticeOn password compromise: when the account-change notice was sent
   * @param identifiersPurged child data deletion: the tracker's child identifiers were purged
   * @param lastSuppressedOn email opt-out: the latest date it was suppressed in a sending system
   */
  record ClosureRow(
      long caseId,
      CaseType type,
      LocalDate received,
      @org.jspecify.annotations.Nullable String assignee,
      Instant closedAt,
      CaseStatus status,
      Outcome outcome,
      LocalDate statutoryDue,
      LocalDate internalDue,
      LocalDate changeNoticeOn,
      boolean identifiersPurged,
      LocalDate lastSuppressedOn) {}

  /**
   * Cases open at instant {@code at}: received on or before {@code lastDay} and not in a closure
   * that covers {@code at}.
   */
  List<OpenRow> openAt(Instant at, LocalDate lastDay);

  /**
   * One case open at the measured instant.
   *
   * @param noticeDue CPNI breach: the law-enforcement notice clock
   * @param noticeOn CPNI breach: when law enforcement was notified, if it was
   */
  record OpenRow(
      long caseId,
      CaseType type,
      LocalDate received,
      @org.jspecify.annotations.Nullable String assignee,
      LocalDate statutoryDue,
      LocalDate internalDue,
      LocalDate noticeDue,
      LocalDate noticeOn) {}

  /**
   * Password-compromise cases received in the period by CPNI complaint category (null: not recorded
   * yet).
   */
  Map<String, Long> complaintCategories(LocalDate from, LocalDate to);

  /** CPNI breaches determined in the period, oldest first. */
  List<BreachRow> breaches(LocalDate from, LocalDate to);

  /** One CPNI breach and the timing of its notices. */
  record BreachRow(
      long caseId,
      CaseStatus status,
      LocalDate determinedOn,
      LocalDate noticeDue,
      LocalDate noticeOn,
      LocalDate earliestCustomerNotice,
      LocalDate customersNotifiedOn,
      String customerNoticeBasis) {}

  /**
   * Ended cases of {@code type} whose closure in force at {@code asOf} was before {@code cutoff}
   * and that were not purged by {@code asOf}.
   */
  long endedBefore(CaseType type, Instant cutoff, Instant asOf);

  /**
   * The assignment history of each of {@code caseIds} that has one (cases reassigned since version
   * 13), oldest first; a case without one has always had its current assignee.
   */
  Map<Long, List<Assignment>> assignments(java.util.Collection<Long> caseIds);

  /** From {@code at} on, the case was held by {@code assignee} (null: nobody). */
  record Assignment(Instant at, @org.jspecify.annotations.Nullable String assignee) {}

  /**
   * The id of {@code month}'s frozen figures as a record (audit entries and seals name it "MONTH"
   * with this id; MONTH_REPORT's key): 2026-11 is 202611.
   */
  static int monthRecordId(java.time.YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  /** The month's figures as frozen when first computed after it ended, if they were. */
  java.util.Optional<FrozenMonth> frozen(java.time.YearMonth month);

  /** Keeps {@code month}'s figures for good (once: a month is frozen only once). */
  void freeze(FrozenMonth month);

  /** A finished month's report figures, kept. */
  final class FrozenMonth {
    private final java.time.YearMonth month;
    private final Instant frozenAt;
    private final long frozenBy;
    private final String calendar;
    private final String measured;
    private final byte[] tables;

    /**
     * @param frozenBy the user whose report froze them
     * @param calendar the business calendar version they were computed with
     * @param measured how the backlog was measured, as the header says it
     * @param tables the report's tables, encoded by the report service (kept as they are)
     */
    public FrozenMonth(
        java.time.YearMonth month,
        Instant frozenAt,
        long frozenBy,
        String calendar,
        String measured,
        byte[] tables) {
      this.month = month;
      this.frozenAt = frozenAt;
      this.frozenBy = frozenBy;
      this.calendar = calendar;
      this.measured = measured;
      this.tables = tables.clone();
    }

    public java.time.YearMonth month() {
      return month;
    }

    public Instant frozenAt() {
      return frozenAt;
    }

    public long frozenBy() {
      return frozenBy;
    }

    public String calendar() {
      return calendar;
    }

    public String measured() {
      return measured;
    }

    public byte[] tables() {
      return tables.clone();
    }

    @Override
    public String toString() {
      return "FrozenMonth[" + month + ", frozen at " + frozenAt + "]";
    }
  }
}
