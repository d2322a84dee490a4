package com.privacydesk.app.reports;

import static com.privacydesk.app.reports.ReportTable.Kind.COUNT;
import static com.privacydesk.app.reports.ReportTable.Kind.TEXT;

import com.privacydesk.app.port.ReportData.BreachRow;
import com.privacydesk.app.port.ReportData.ClosureRow;
import com.privacydesk.app.port.ReportData.ReceivedCount;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The tables of the yearly CPNI certification export. */
final class CpniTables {
  private CpniTables() {}

  static List<ReportTable> build(
      Map<String, Long> complaints,
      List<BreachRow> breaches,
      List<ReceivedCount> received,
      List<ClosureRow> closures,
      ZoneId zone) {
    ReportTable.Builder c =
        ReportTable.builder("complaints", "Customer complaints about unauthorised release of CPNI")
            .column("category", "Category", TEXT)
            .column("count", "Complaints", COUNT);
    long total = 0;
    for (String category : ChecklistItem.COMPLAINT_CATEGORY.choices()) {
      long n = complaints.getOrDefault(category, 0L);
      c.row(category, ReportText.choice(category), n);
      if (!"NO_CPNI_COMPLAINT".equals(category)) {
        total += n;
      }
    }
    c.row("NOT_RECORDED", "Category not recorded yet", complaints.getOrDefault(null, 0L));
    c.row("ALL_CPNI", "All CPNI complaints", total);
    c.note(
        "Password-compromise reports received in the year, by the CPNI complaint category recorded"
            + " on the checklist (47 CFR 64.2009(e)).");
    ReportTable.Builder s =
        ReportTable.builder("breach_summary", "CPNI breaches")
            .column("item", "Item", TEXT)
            .column("count", "Count", COUNT);
    s.row("determined", "Breaches determined in the year", (long) breaches.size());
    s.row(
        "notified_on_time",
        "USSS/FBI notified within 7 business days",
        breaches.stream().filter(b -> Boolean.TRUE.equals(TypeItemTables.noticeOnTime(b))).count());
    s.row(
        "notified_late",
        "USSS/FBI notified late",
        breaches.stream()
            .filter(b -> Boolean.FALSE.equals(TypeItemTables.noticeOnTime(b)))
            .count());
    s.row(
        "not_notified",
        "Law enforcement not notified yet",
        breaches.stream().filter(b -> b.noticeOn() == null).count());
    s.row(
        "customers_notified",
        "Customers notified",
        breaches.stream().filter(b -> b.customersNotifiedOn() != null).count());
    s.row(
        "customers_early",
        "Customers told before the earliest date without the agency's agreement",
        breaches.stream().filter(TypeItemTables::customersEarly).count());
    s.note("Breaches by the date of reasonable determination (47 CFR 64.2011).");
    return List.of(
        c.build(),
        s.build(),
        TypeItemTables.breachTable("breaches", "CPNI breaches and notice timing", breaches),
        approvals(received, closures, zone));
  }

  /** Withdrawals and denials of CPNI approval: received, recorded on time, late, refused. */
  private static ReportTable approvals(
      List<ReceivedCount> received, List<ClosureRow> closures, ZoneId zone) {
    CaseType type = CaseType.CPNI_APPROVAL_WITHDRAWAL;
    List<ClosureRow> done =
        closures.stream()
            .filter(r -> r.type() == type && r.outcome() == Outcome.APPROVAL_WITHDRAWN)
            .toList();
    long onTime =
        done.stream()
            .filter(
                r ->
                    r.internalDue() != null
                        && !r.closedAt().atZone(zone).toLocalDate().isAfter(r.internalDue()))
            .count();
    ReportTable.Builder t =
        ReportTable.builder("approval_withdrawals", "CPNI approval withdrawn or denied")
            .column("item", "Item", TEXT)
            .column("count", "Count", COUNT);
    t.row(
        "received",
        "Requests received in the year",
        received.stream().filter(r -> r.type() == type).mapToLong(ReceivedCount::count).sum());
    t.row("recorded", "New status recorded in every system", (long) done.size());
    t.row("recorded_on_time", "  of which within the company target", onTime);
    t.row("recorded_late", "  of which after it", done.size() - onTime);
    t.row(
        "not_a_customer",
        "Refused: not a customer",
        closures.stream()
            .filter(r -> r.type() == type && r.outcome() == Outcome.NOT_A_CUSTOMER)
            .count());
    t.note(
        "Requests by received date, closures by closing date in the year (47 CFR 64.2007–64.2009:"
            + " approval may be denied or withdrawn at any time; its status is checked before any"
            + " use of CPNI).");
    return t.build();
  }
}
