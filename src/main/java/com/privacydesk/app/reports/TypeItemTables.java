package com.privacydesk.app.reports;

import static com.privacydesk.app.reports.ReportFigures.rate;
import static com.privacydesk.app.reports.ReportTable.Kind.COUNT;
import static com.privacydesk.app.reports.ReportTable.Kind.DATE;
import static com.privacydesk.app.reports.ReportTable.Kind.ID;
import static com.privacydesk.app.reports.ReportTable.Kind.PERCENT;
import static com.privacydesk.app.reports.ReportTable.Kind.TEXT;

import com.privacydesk.app.port.ReportData.BreachRow;
import com.privacydesk.app.reports.MonthlyTables.Closed;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import java.util.List;
import java.util.Map;

/**
 * Section 8 of the monthly report, the figures particular to each type (CPNI complaints, change
 * notices, opt-out suppression, breaches and their notice timing, COPPA purges, CA second
 * requests), and the breach table the yearly CPNI export shares.
 */
final class TypeItemTables {
  private TypeItemTables() {}

  static ReportTable typeItems(
      List<Closed> closed, Map<String, Long> complaints, List<BreachRow> breaches) {
    ReportTable.Builder t =
        ReportTable.builder("type_items", "8. Type items")
            .column("item", "Item", TEXT)
            .column("count", "Count", COUNT)
            .column("of", "Of", COUNT)
            .column("rate", "Rate", PERCENT);
    long complaintsTotal = complaints.values().stream().mapToLong(Long::longValue).sum();
    for (String category : ChecklistItem.COMPLAINT_CATEGORY.choices()) {
      t.row(
          "cpni_complaints/" + category,
          "CPNI complaints received: " + ReportText.choice(category),
          complaints.getOrDefault(category, 0L),
          complaintsTotal,
          null);
    }
    t.row(
        "cpni_complaints/NOT_RECORDED",
        "CPNI complaints received: category not recorded yet",
        complaints.getOrDefault(null, 0L),
        complaintsTotal,
        null);
    List<Closed> optOuts =
        MonthlyTables.filter(
            closed, c -> c.type() == CaseType.EMAIL_OPT_OUT && c.row().lastSuppressedOn() != null);
    long suppressedInTime =
        MonthlyTables.count(
            optOuts,
            c ->
                c.row().statutoryDue() != null
                    && !c.row().lastSuppressedOn().isAfter(c.row().statutoryDue()));
    t.row(
        "opt_outs/suppressed_by_due",
        "Email opt-out: suppressed in every system by the due date",
        suppressedInTime,
        (long) optOuts.size(),
        rate(suppressedInTime, optOuts.size()));
    List<Closed> password =
        MonthlyTables.filter(closed, c -> c.type() == CaseType.PASSWORD_COMPROMISE);
    List<Closed> noticed = MonthlyTables.filter(password, c -> c.row().changeNoticeOn() != null);
    long sameDay =
        MonthlyTables.count(
            noticed,
            c ->
                c.row().internalDue() != null
                    && !c.row().changeNoticeOn().isAfter(c.row().internalDue()));
    t.row(
        "change_notices/on_target",
        "Password compromise: change notices sent within the target (same business day)",
        sameDay,
        (long) noticed.size(),
        rate(sameDay, noticed.size()));
    long leNotified = breaches.stream().filter(b -> b.noticeOn() != null).count();
    long leOnTime = breaches.stream().filter(b -> Boolean.TRUE.equals(noticeOnTime(b))).count();
    t.row(
        "breach_notices/on_time",
        "CPNI breaches: USSS/FBI notified within 7 business days",
        leOnTime,
        (long) breaches.size(),
        rate(leOnTime, breaches.size()));
    t.row(
        "breach_notices/not_notified",
        "CPNI breaches: law enforcement not notified yet",
        breaches.size() - leNotified,
        (long) breaches.size(),
        null);
    t.row(
        "breach_notices/customers_early",
        "CPNI breaches: customers told before the earliest date without the agency's agreement",
        breaches.stream().filter(TypeItemTables::customersEarly).count(),
        (long) breaches.size(),
        null);
    List<Closed> coppa =
        MonthlyTables.filter(closed, c -> c.type() == CaseType.CHILD_DATA_DELETION);
    t.row(
        "coppa/deleted",
        "Child data deletion: data deleted",
        MonthlyTables.count(coppa, c -> c.row().outcome() == Outcome.DELETED),
        (long) coppa.size(),
        null);
    long purged = MonthlyTables.count(coppa, c -> c.row().identifiersPurged());
    t.row(
        "coppa/tracker_purged",
        "Child data deletion: child identifiers purged from the tracker",
        purged,
        (long) coppa.size(),
        rate(purged, coppa.size()));
    List<Closed> ca = MonthlyTables.filter(closed, c -> c.type() == CaseType.CA_DISCLOSURE);
    t.row(
        "ca/duplicates_declined",
        "CA disclosure: second requests in the year declined",
        MonthlyTables.count(ca, c -> c.row().outcome() == Outcome.DUPLICATE_IN_YEAR),
        (long) ca.size(),
        null);
    return t.note(
            "Complaints: password-compromise reports received in the month by CPNI complaint"
                + " category. Opt-outs: closed in the month with suppression dates, the latest on"
                + " or before the statutory due date. Change notices: password-compromise cases closed in the month that"
                + " recorded a notice. Breaches: determined in the month. COPPA and CA: cases"
                + " closed in the month.")
        .build();
  }

  /**
   * Whether law enforcement was notified by the notice deadline; null while not notified (a breach
   * without the clock counts as late once notified).
   */
  static Boolean noticeOnTime(BreachRow b) {
    if (b.noticeOn() == null) {
      return null;
    }
    return b.noticeDue() != null && !b.noticeOn().isAfter(b.noticeDue());
  }

  static boolean customersEarly(BreachRow b) {
    return b.customersNotifiedOn() != null
        && b.earliestCustomerNotice() != null
        && b.customersNotifiedOn().isBefore(b.earliestCustomerNotice())
        && !"AGENCY_AGREED_EARLIER".equals(b.customerNoticeBasis());
  }

  /** The list of breaches with their notice timing (also the CPNI certification's list). */
  static ReportTable breachTable(String id, String title, List<BreachRow> breaches) {
    ReportTable.Builder t =
        ReportTable.builder(id, title)
            .column("case", "Case", ID)
            .column("status", "Status", TEXT)
            .column("determined", "Determined", DATE)
            .column("notice_due", "Notice due", DATE)
            .column("notified", "USSS/FBI notified", DATE)
            .column("notice_on_time", "Notice on time", TEXT)
            .column("earliest_customer_notice", "Earliest customer notice", DATE)
            .column("customers_notified", "Customers notified", DATE)
            .column("customer_notice_basis", "Basis", TEXT);
    for (BreachRow b : breaches) {
      Boolean inTime = noticeOnTime(b);
      String onTime = inTime == null ? "not yet" : inTime ? "yes" : "no";
      t.row(
          Long.toString(b.caseId()),
          b.caseId(),
          ReportText.status(b.status().name()),
          b.determinedOn(),
          b.noticeDue(),
          b.noticeOn(),
          onTime,
          b.earliestCustomerNotice(),
          b.customersNotifiedOn(),
          b.customerNoticeBasis() == null ? null : ReportText.choice(b.customerNoticeBasis()));
    }
    return t.note(
            "47 CFR 64.2011: notify USSS and FBI within 7 business days of the determination;"
                + " customers not before 7 full business days after that notice unless the agency"
                + " agrees. No description or personal data is exported.")
        .build();
  }
}
