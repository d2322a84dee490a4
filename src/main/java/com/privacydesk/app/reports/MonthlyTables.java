package com.privacydesk.app.reports;

import static com.privacydesk.app.reports.ReportFigures.nearestRank;
import static com.privacydesk.app.reports.ReportFigures.rate;
import static com.privacydesk.app.reports.ReportFigures.sorted;
import static com.privacydesk.app.reports.ReportTable.Kind.COUNT;
import static com.privacydesk.app.reports.ReportTable.Kind.DATE;
import static com.privacydesk.app.reports.ReportTable.Kind.DAYS;
import static com.privacydesk.app.reports.ReportTable.Kind.ID;
import static com.privacydesk.app.reports.ReportTable.Kind.PERCENT;
import static com.privacydesk.app.reports.ReportTable.Kind.TEXT;

import com.privacydesk.app.port.ReportData.BreachRow;
import com.privacydesk.app.port.ReportData.ClosureRow;
import com.privacydesk.app.port.ReportData.OpenRow;
import com.privacydesk.app.port.ReportData.ReceivedCount;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The tables of domain.md §6 from the month's rows. Pure: everything it needs is passed in, so the
 * counting conventions are tested without a database.
 *
 * <p>Conventions (docs/reports.md): received by received date; closed by the local date of a
 * closure not undone by a reopening within the month; time to close in the type's day unit
 * (calendar days for CA, business days otherwise), nearest-rank percentiles; backlog at 23:59 on
 * the last day; a case is overdue at month end when its deadline is before the last day, at risk
 * when it falls between the last day and 3 business days after it.
 */
final class MonthlyTables {
  static final int AT_RISK_BUSINESS_DAYS = 3;
  static final String ALL = "ALL";
  private static final long[] AGE_LIMITS = {7, 14, 30, 60, 90};
  private static final String[] AGE_LABELS = {"0–7", "8–14", "15–30", "31–60", "61–90", ">90"};
  private static final String[] AGE_IDS = {"d0_7", "d8_14", "d15_30", "d31_60", "d61_90", "d91"};
  static final String UNASSIGNED = "(unassigned)";

  /** The day the backlog is measured on: the month's last day, or today for month to date. */
  private final LocalDate lastDay;

  private final ZoneId zone;
  private final BusinessCalendar calendar;
  private final Measure measure;

  /** The last due date that still counts as "at risk" when measured. */
  private final LocalDate atRiskUntil;

  /**
   * Where the backlog is measured (domain.md §6): at 23:59 on the last day of a finished month, or
   * for the month not yet ended, now ("month to date").
   *
   * @param day the day measured on
   * @param time the moment, as printed ("23:59", "10:15")
   * @param when how titles say it ("at month end", "so far")
   */
  record Measure(LocalDate day, String time, String when) {
    static Measure monthEnd(YearMonth month) {
      return new Measure(month.atEndOfMonth(), "23:59", "at month end");
    }

    static Measure monthToDate(java.time.ZonedDateTime now) {
      return new Measure(
          now.toLocalDate(),
          now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString(),
          "now (month to date)");
    }
  }

  MonthlyTables(Measure measure, ZoneId zone, BusinessCalendar calendar) {
    this.measure = measure;
    this.lastDay = measure.day();
    this.zone = zone;
    this.calendar = calendar;
    this.atRiskUntil = calendar.addBusinessDays(lastDay, AT_RISK_BUSINESS_DAYS).date();
  }

  /** "23:59 on 2026-11-30". */
  private String measuredAt() {
    return measure.time() + " on " + lastDay;
  }

  /** The input rows of one month. */
  record Inputs(
      List<ReceivedCount> received,
      List<ClosureRow> closures,
      List<OpenRow> open,
      Map<String, Long> complaints,
      List<BreachRow> breaches,
      Map<CaseType, Integer> retentionMonths,
      Map<CaseType, Long> pastRetention) {}

  List<ReportTable> build(Inputs in) {
    List<Closed> closed = in.closures().stream().map(this::closed).toList();
    List<Open> open = in.open().stream().map(this::open).toList();
    List<ReportTable> tables = new ArrayList<>();
    tables.add(received(in.received()));
    tables.add(closedByOutcome(closed));
    tables.add(onTime(closed));
    tables.add(timeToClose(closed));
    tables.add(backlog(open));
    tables.add(overdueList(open));
    tables.add(ageing(open));
    tables.add(agents(closed, open));
    tables.add(TypeItemTables.typeItems(closed, in.complaints(), in.breaches()));
    tables.add(
        TypeItemTables.breachTable(
            "breaches", "8b. CPNI breaches determined in the month", in.breaches()));
    tables.add(hygiene(in.retentionMonths(), in.pastRetention()));
    return tables;
  }

  // ---- per-case facts ----

  /** One closure with its figures worked out. */
  record Closed(ClosureRow row, LocalDate on, long days, long calendarDays) {
    CaseType type() {
      return row.type();
    }

    Boolean statutoryOnTime() {
      return row.statutoryDue() == null ? null : !on.isAfter(row.statutoryDue());
    }

    Boolean internalOnTime() {
      return row.internalDue() == null ? null : !on.isAfter(row.internalDue());
    }

    /** Against the case's governing closing deadline: statutory where there is one. */
    Boolean onTime() {
      Boolean s = statutoryOnTime();
      return s != null ? s : internalOnTime();
    }
  }

  private Closed closed(ClosureRow r) {
    LocalDate on = r.closedAt().atZone(zone).toLocalDate();
    long calendarDays = Math.max(0, ChronoUnit.DAYS.between(r.received(), on));
    long days =
        calendarUnit(r.type()) ? calendarDays : calendar.businessDaysBetween(r.received(), on);
    return new Closed(r, on, days, calendarDays);
  }

  /** One case open at month end with its deadline there. */
  record Open(OpenRow row, String clock, LocalDate due, boolean overdue, boolean atRisk, long age) {
    CaseType type() {
      return row.type();
    }
  }

  /** The clock an open case is judged by at month end, and its due date (null: none running). */
  private record ClockDue(String clock, LocalDate due) {}

  private Open open(OpenRow r) {
    ClockDue clockDue =
        switch (RequestTypes.of(r.type()).reportClock()) {
          case STATUTORY -> new ClockDue("statutory", r.statutoryDue());
          case INTERNAL -> new ClockDue("internal", r.internalDue());
          case LAW_ENFORCEMENT_NOTICE -> {
            boolean notified = r.noticeOn() != null && !r.noticeOn().isAfter(lastDay);
            yield notified
                ? new ClockDue("none", null)
                : new ClockDue("law-enforcement notice", r.noticeDue());
          }
        };
    String clock = clockDue.clock();
    LocalDate due = clockDue.due();
    boolean overdue = due != null && due.isBefore(lastDay);
    boolean atRisk = due != null && !overdue && !due.isAfter(atRiskUntil);
    long age = ChronoUnit.DAYS.between(r.received(), lastDay);
    return new Open(r, clock, due, overdue, atRisk, age);
  }

  /** Whether time to close for {@code type} is counted in calendar days (else business days). */
  static boolean calendarUnit(CaseType type) {
    return RequestTypes.of(type).reportsCalendarDays();
  }

  static String unit(CaseType type) {
    return calendarUnit(type) ? "calendar days" : "business days";
  }

  // ---- 1. received ----

  private ReportTable received(List<ReceivedCount> counts) {
    ReportTable.Builder t =
        ReportTable.builder("received", "1. Received, by type and channel")
            .column("type", "Type", TEXT);
    for (Channel c : Channel.values()) {
      t.column(c.name(), ReportText.value(c.name()), COUNT);
    }
    t.column("total", "Total", COUNT);
    for (CaseType type : CaseType.values()) {
      receivedRow(t, type.name(), ReportText.type(type), counts, c -> c.type() == type);
      if (type == CaseType.CA_DISCLOSURE) {
        receivedRow(
            t,
            type.name() + "/designated",
            "  at a designated address (30 days)",
            counts,
            c -> c.type() == type && Boolean.TRUE.equals(c.designated()));
        receivedRow(
            t,
            type.name() + "/other",
            "  elsewhere (150 days)",
            counts,
            c -> c.type() == type && !Boolean.TRUE.equals(c.designated()));
      }
    }
    receivedRow(t, ALL, "All types", counts, c -> true);
    return t.note(
            "Counted by the date each request was received (company time zone). A CA request"
                + " counts as designated when it was received at a designated address.")
        .build();
  }

  private static void receivedRow(
      ReportTable.Builder t,
      String key,
      String label,
      List<ReceivedCount> counts,
      Predicate<ReceivedCount> which) {
    List<Object> cells = new ArrayList<>();
    cells.add(label);
    long total = 0;
    for (Channel c : Channel.values()) {
      long n =
          counts.stream()
              .filter(which)
              .filter(r -> r.channel() == c)
              .mapToLong(ReceivedCount::count)
              .sum();
      cells.add(n);
      total += n;
    }
    cells.add(total);
    t.row(key, cells.toArray());
  }

  // ---- 2. closed by outcome ----

  private ReportTable closedByOutcome(List<Closed> closed) {
    ReportTable.Builder t =
        ReportTable.builder("closed", "2. Closed, by outcome")
            .column("type", "Type", TEXT)
            .column("outcome", "Outcome", TEXT)
            .column("closed", "Closed", COUNT);
    for (CaseType type : CaseType.values()) {
      for (Outcome o : Outcome.of(type)) {
        t.row(
            type.name() + "/" + o.name(),
            ReportText.type(type),
            ReportText.value(o.name()),
            count(closed, c -> c.type() == type && c.row().outcome() == o));
      }
      t.row(
          type.name(), ReportText.type(type), "All outcomes", count(closed, c -> c.type() == type));
    }
    t.row(ALL, "All types", "All outcomes", (long) closed.size());
    return t.note(
            "A case counts in the month of its closure (local date in the company time zone)."
                + " A closure undone by a reopening in the same month does not count; a case"
                + " reopened in a later month stays counted here.")
        .build();
  }

  // ---- 3. on time ----

  private ReportTable onTime(List<Closed> closed) {
    ReportTable.Builder t =
        ReportTable.builder("on_time", "3. On-time rate")
            .column("type", "Type", TEXT)
            .column("closed", "Closed", COUNT)
            .column("statutory_closed", "With a statutory deadline", COUNT)
            .column("statutory_on_time", "On time (statutory)", COUNT)
            .column("statutory_rate", "On-time rate (statutory)", PERCENT)
            .column("internal_closed", "With an internal target", COUNT)
            .column("internal_on_time", "On time (internal)", COUNT)
            .column("internal_rate", "On-time rate (internal)", PERCENT);
    for (CaseType type : CaseType.values()) {
      onTimeRow(t, type.name(), ReportText.type(type), filter(closed, c -> c.type() == type));
    }
    onTimeRow(t, ALL, "All types", closed);
    return t.note(
            "On time = closed on or before the due date. Statutory deadlines: CA disclosure"
                + " (30 or 150 days) and email opt-out (10 business days); internal targets: CA"
                + " (30 days), child data deletion (delete) and password compromise (same business"
                + " day by default). CPNI breach's statutory deadline is the law-enforcement notice"
                + " (section 8). — = no such deadline.")
        .build();
  }

  private static void onTimeRow(ReportTable.Builder t, String key, String label, List<Closed> c) {
    long statutory = count(c, x -> x.statutoryOnTime() != null);
    long statutoryOk = count(c, x -> Boolean.TRUE.equals(x.statutoryOnTime()));
    long internal = count(c, x -> x.internalOnTime() != null);
    long internalOk = count(c, x -> Boolean.TRUE.equals(x.internalOnTime()));
    t.row(
        key,
        label,
        (long) c.size(),
        statutory,
        statutory == 0 ? null : statutoryOk,
        rate(statutoryOk, statutory),
        internal,
        internal == 0 ? null : internalOk,
        rate(internalOk, internal));
  }

  // ---- 4. time to close ----

  private ReportTable timeToClose(List<Closed> closed) {
    ReportTable.Builder t =
        ReportTable.builder("time_to_close", "4. Time to close")
            .column("type", "Type", TEXT)
            .column("unit", "Unit", TEXT)
            .column("closed", "Closed", COUNT)
            .column("median", "Median", DAYS)
            .column("p90", "90th percentile", DAYS);
    for (CaseType type : CaseType.values()) {
      List<Long> days =
          sorted(filter(closed, c -> c.type() == type).stream().map(Closed::days).toList());
      t.row(
          type.name(),
          ReportText.type(type),
          unit(type),
          (long) days.size(),
          nearestRank(days, 50),
          nearestRank(days, 90));
    }
    List<Long> all = sorted(closed.stream().map(Closed::calendarDays).toList());
    t.row(
        ALL,
        "All types",
        "calendar days",
        (long) all.size(),
        nearestRank(all, 50),
        nearestRank(all, 90));
    return t.note(
            "From the received date to the closing date of the cases closed in the month, in"
                + " the type's own unit: calendar days for CA disclosure, business days (the"
                + " received day not counted) for the others; all types together in calendar"
                + " days. Percentiles are nearest-rank.")
        .build();
  }

  // ---- 5. backlog ----

  private ReportTable backlog(List<Open> open) {
    ReportTable.Builder t =
        ReportTable.builder("backlog", "5. Open, overdue and at risk " + measure.when())
            .column("type", "Type", TEXT)
            .column("open", "Open", COUNT)
            .column("overdue", "Overdue", COUNT)
            .column("at_risk", "At risk (due within 3 business days)", COUNT);
    for (CaseType type : CaseType.values()) {
      backlogRow(t, type.name(), ReportText.type(type), filter(open, o -> o.type() == type));
    }
    backlogRow(t, ALL, "All types", open);
    return t.note(
            "Measured at "
                + measuredAt()
                + ". Deadline: the statutory one for CA disclosure and email opt-out, the"
                + " internal target for child data deletion and password compromise, the"
                + " law-enforcement notice for a CPNI breach not yet notified. Overdue = the"
                + " deadline was before that day; at risk = due on that day or within "
                + AT_RISK_BUSINESS_DAYS
                + " business days after it.")
        .build();
  }

  private static void backlogRow(ReportTable.Builder t, String key, String label, List<Open> o) {
    t.row(key, label, (long) o.size(), count(o, Open::overdue), count(o, Open::atRisk));
  }

  private ReportTable overdueList(List<Open> open) {
    ReportTable.Builder t =
        ReportTable.builder("overdue_cases", "5b. Overdue " + measure.when())
            .column("case", "Case", ID)
            .column("type", "Type", TEXT)
            .column("received", "Received", DATE)
            .column("deadline", "Deadline", TEXT)
            .column("due", "Due", DATE)
            .column("days_overdue", "Days overdue", DAYS)
            .column("assignee", "Assignee", TEXT);
    for (Open o : open) {
      if (o.overdue()) {
        t.row(
            Long.toString(o.row().caseId()),
            o.row().caseId(),
            ReportText.type(o.type()),
            o.row().received(),
            o.clock(),
            o.due(),
            ChronoUnit.DAYS.between(o.due(), lastDay),
            o.row().assignee() == null ? UNASSIGNED : o.row().assignee());
      }
    }
    return t.note("Every case overdue at " + measuredAt() + ", oldest case number first.").build();
  }

  // ---- 6. ageing ----

  private ReportTable ageing(List<Open> open) {
    ReportTable.Builder t =
        ReportTable.builder("ageing", "6. Backlog ageing (days since received)")
            .column("type", "Type", TEXT);
    for (int i = 0; i < AGE_IDS.length; i++) {
      t.column(AGE_IDS[i], AGE_LABELS[i], COUNT);
    }
    t.column("total", "Open", COUNT);
    for (CaseType type : CaseType.values()) {
      ageingRow(t, type.name(), ReportText.type(type), filter(open, o -> o.type() == type));
    }
    ageingRow(t, ALL, "All types", open);
    return t.note(
            "Open cases "
                + measure.when()
                + " by calendar days from the received date to "
                + lastDay
                + ".")
        .build();
  }

  private static void ageingRow(ReportTable.Builder t, String key, String label, List<Open> open) {
    long[] buckets = new long[AGE_IDS.length];
    for (Open o : open) {
      int b = 0;
      while (b < AGE_LIMITS.length && o.age() > AGE_LIMITS[b]) {
        b++;
      }
      buckets[b]++;
    }
    List<Object> cells = new ArrayList<>();
    cells.add(label);
    for (long b : buckets) {
      cells.add(b);
    }
    cells.add((long) open.size());
    t.row(key, cells.toArray());
  }

  // ---- 7. agents ----

  private ReportTable agents(List<Closed> closed, List<Open> open) {
    ReportTable.Builder t =
        ReportTable.builder("agents", "7. Per agent")
            .column("agent", "Agent", TEXT)
            .column("held", "Held in the month", COUNT)
            .column("closed", "Closed", COUNT)
            .column("median_days", "Median days to close", DAYS)
            .column("on_time_rate", "On-time rate", PERCENT)
            .column("overdue_held", "Overdue held " + measure.when(), COUNT);
    Map<String, List<Closed>> closedBy = new TreeMap<>();
    Map<String, List<Open>> openBy = new TreeMap<>();
    closed.forEach(
        c -> closedBy.computeIfAbsent(name(c.row().assignee()), k -> new ArrayList<>()).add(c));
    open.forEach(
        o -> openBy.computeIfAbsent(name(o.row().assignee()), k -> new ArrayList<>()).add(o));
    java.util.SortedSet<String> agents = new java.util.TreeSet<>(closedBy.keySet());
    agents.addAll(openBy.keySet());
    for (String agent : agents) {
      List<Closed> c = closedBy.getOrDefault(agent, List.of());
      List<Open> o = openBy.getOrDefault(agent, List.of());
      long timed = count(c, x -> x.onTime() != null);
      t.row(
          agent,
          agent,
          (long) (c.size() + o.size()),
          (long) c.size(),
          nearestRank(sorted(c.stream().map(Closed::calendarDays).toList()), 50),
          rate(count(c, x -> Boolean.TRUE.equals(x.onTime())), timed),
          count(o, Open::overdue));
    }
    return t.note(
            "By the case's assignee at the time: at the closure, or when the backlog is measured."
                + " Held = closed in the month or open when measured. Median in"
                + " calendar days. On time against the statutory deadline where the type has one,"
                + " else the internal target (CPNI breaches not counted). Supervisors only.")
        .build();
  }

  private static String name(String assignee) {
    return assignee == null ? UNASSIGNED : assignee;
  }

  // ---- 9. hygiene ----

  private ReportTable hygiene(Map<CaseType, Integer> months, Map<CaseType, Long> past) {
    ReportTable.Builder t =
        ReportTable.builder("hygiene", "9. Data hygiene")
            .column("type", "Type", TEXT)
            .column("retention_months", "Retention (months after closure)", COUNT)
            .column("past_retention", "Closed past retention, not purged (target 0)", COUNT);
    long total = 0;
    for (CaseType type : CaseType.values()) {
      long n = past.getOrDefault(type, 0L);
      total += n;
      t.row(type.name(), ReportText.type(type), (long) months.get(type), n);
    }
    t.row(ALL, "All types", null, total);
    return t.note(
            "Ended cases whose closure in force at "
                + measuredAt()
                + " was older than the type's retention then, and that had not been purged by"
                + " then.")
        .build();
  }

  // ---- helpers ----

  static <T> List<T> filter(List<T> rows, Predicate<T> which) {
    return rows.stream().filter(which).toList();
  }

  static <T> long count(List<T> rows, Predicate<T> which) {
    return rows.stream().filter(which).count();
  }
}
