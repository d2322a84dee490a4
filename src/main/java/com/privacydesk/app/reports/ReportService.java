package com.privacydesk.app.reports;

import com.privacydesk.app.Actor;
import com.privacydesk.app.AppInfo;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.app.port.RecordTamperedException;
import com.privacydesk.app.port.ReportData;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.audit.RecordName;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The supervisor reports (domain.md §6): the monthly report and the yearly CPNI certification
 * export. Supervisors only; computing reads one transaction, every export is an audit entry.
 */
public final class ReportService {
  static final String NO_FILTERS = "none (every case of every type, channel and agent)";
  private final TransactionRunner tx;
  private final Clock clock;

  public ReportService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** The last full month in the company time zone: the default report month. */
  public YearMonth lastFullMonth() {
    ZoneId zone = tx.inTransaction(r -> CompanySettings.load(r.settings()).zone());
    return YearMonth.from(clock.instant().atZone(zone)).minusMonths(1);
  }

  /**
   * The report of {@code month} (domain.md §6); refused for a month that has not begun. A finished
   * month is computed as it stood at 23:59 on its last day the first time it is reported, and its
   * figures are kept (frozen, sealed and audited) and reported from then on, whatever changes
   * later. The month not yet ended is reported as month to date, its backlog as of now, and says so
   * on every output.
   */
  public ReportModel monthly(Actor actor, YearMonth month) {
    actor.require(Permission.VIEW_REPORTS);
    try {
      return monthlyOnce(actor, month);
    } catch (RuntimeException e) {
      // in team mode two supervisors may freeze the same month at once: the second insert fails,
      // and the month, frozen by the first, is then simply read
      if (tx.inTransaction(actor, r -> r.reports().frozen(month).isPresent())) {
        return monthlyOnce(actor, month);
      }
      throw e;
    }
  }

  private ReportModel monthlyOnce(Actor actor, YearMonth month) {
    return tx.inTransaction(
        actor,
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          Instant now = clock.instant();
          YearMonth current = YearMonth.from(now.atZone(zone));
          if (month.isAfter(current)) {
            throw new RefusedException(Refusal.of("report.futureMonth", month.toString()));
          }
          BusinessCalendar calendar = BusinessCalendar.withClosures(settings.closures());
          String period =
              month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
          if (month.equals(current)) {
            LocalDate today = now.atZone(zone).toLocalDate();
            var measure = MonthlyTables.Measure.monthToDate(now.atZone(zone));
            List<ReportTable> tables = tables(r, month, today, now, measure, zone, calendar);
            return new ReportModel(
                ReportModel.Kind.MONTHLY,
                month.toString(),
                header(
                    r,
                    actor,
                    now,
                    zone,
                    "Monthly privacy request report: MONTH TO DATE",
                    period + ", month to date (" + month.atDay(1) + " to " + today + ")",
                    "received and closed so far; backlog as of "
                        + measure.time()
                        + " on "
                        + today
                        + " "
                        + zone.getId(),
                    calendar.version(),
                    "MONTH TO DATE: the month has not ended; every figure will change",
                    true),
                tables);
          }
          ReportData data = r.reports();
          ReportData.FrozenMonth frozen = data.frozen(month).orElse(null);
          if (frozen != null) {
            long id = ReportData.monthRecordId(month);
            if (!sealIntact(r, month)) {
              throw RecordTamperedException.notShown(MONTH, id, RecordName.capitalised(MONTH, id));
            }
          } else {
            frozen = freeze(r, actor, month, now, zone, calendar);
          }
          return new ReportModel(
              ReportModel.Kind.MONTHLY,
              month.toString(),
              header(
                  r,
                  actor,
                  now,
                  zone,
                  "Monthly privacy request report",
                  period + " (" + month.atDay(1) + " to " + month.atEndOfMonth() + ")",
                  frozen.measured(),
                  frozen.calendar(),
                  "frozen "
                      + local(frozen.frozenAt(), zone)
                      + " at the month's first report; they do not change",
                  false),
              FrozenTables.decode(frozen.tables()));
        });
  }

  /**
   * The tables of finished {@code month} computed from the records as at its end, not kept: what
   * its first report froze (the benchmark measures that cost with it; a supervisor may compare).
   */
  public List<ReportTable> recompute(Actor actor, YearMonth month) {
    actor.require(Permission.VIEW_REPORTS);
    return tx.inTransaction(
        actor,
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          if (!month.isBefore(YearMonth.from(clock.instant().atZone(zone)))) {
            throw new RefusedException(Refusal.of("report.futureMonth", month.toString()));
          }
          return atEnd(r, month, zone, BusinessCalendar.withClosures(settings.closures()));
        });
  }

  /**
   * A month's headline figures, as its report has them.
   *
   * @param state how final they are
   * @param received requests received in the month ("1. Received", all types)
   * @param closed cases closed in the month ("3. On-time rate", all types)
   * @param statutoryRate on time against a statutory deadline, 0..1 (null: none closed with one)
   * @param internalRate on time against an internal target, 0..1 (null: none closed with one)
   */
  public record MonthFigures(
      YearMonth month,
      FigureState state,
      Long received,
      Long closed,
      Double statutoryRate,
      Double internalRate) {}

  /** How final a month's figures are. */
  public enum FigureState {
    /** The month has not ended: every figure will change. */
    MONTH_TO_DATE,
    /** Kept as first reported after the month ended (frozen). */
    FROZEN,
    /** Not reported yet: computed as the month stood at its end, and not kept. */
    COMPUTED,
    /** Its kept figures no longer match their seal: not shown. */
    TAMPERED
  }

  /** The month so far, computed the same way as its report (month to date, not final). */
  public MonthFigures monthToDate(Actor actor) {
    actor.require(Permission.VIEW_REPORTS);
    YearMonth current = lastFullMonth().plusMonths(1);
    return figures(current, FigureState.MONTH_TO_DATE, monthly(actor, current).tables());
  }

  /**
   * The {@code count} finished months before this one, oldest first: a frozen month's kept figures,
   * a month never reported computed as at its end without keeping it (looking does not freeze).
   */
  public List<MonthFigures> lastMonths(Actor actor, int count) {
    actor.require(Permission.VIEW_REPORTS);
    return tx.inTransaction(
        actor,
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          BusinessCalendar calendar = BusinessCalendar.withClosures(settings.closures());
          YearMonth current = YearMonth.from(clock.instant().atZone(zone));
          List<MonthFigures> months = new java.util.ArrayList<>();
          for (int back = count; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            ReportData.FrozenMonth frozen = r.reports().frozen(month).orElse(null);
            if (frozen == null) {
              months.add(figures(month, FigureState.COMPUTED, atEnd(r, month, zone, calendar)));
              continue;
            }
            months.add(
                sealIntact(r, month)
                    ? figures(month, FigureState.FROZEN, FrozenTables.decode(frozen.tables()))
                    : new MonthFigures(month, FigureState.TAMPERED, null, null, null, null));
          }
          return List.copyOf(months);
        });
  }

  /** Whether frozen {@code month}'s kept figures still match their seal. */
  private static boolean sealIntact(Repositories r, YearMonth month) {
    return r.seals()
        .state(MONTH, ReportData.monthRecordId(month))
        .map(s -> s.matches())
        .orElse(false);
  }

  private static MonthFigures figures(
      YearMonth month, FigureState state, List<ReportTable> tables) {
    ReportTable received = table(tables, "received");
    ReportTable onTime = table(tables, "on_time");
    return new MonthFigures(
        month,
        state,
        (Long) received.value(MonthlyTables.ALL, "total"),
        (Long) onTime.value(MonthlyTables.ALL, "closed"),
        (Double) onTime.value(MonthlyTables.ALL, "statutory_rate"),
        (Double) onTime.value(MonthlyTables.ALL, "internal_rate"));
  }

  private static ReportTable table(List<ReportTable> tables, String id) {
    return tables.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no table " + id));
  }

  /** The audited record a frozen month is: "MONTH" 202611. */
  static final String MONTH = "MONTH";

  /**
   * Computes a finished month as it stood at 23:59 on its last day and keeps it: the first report
   * of a month after it ended.
   */
  private ReportData.FrozenMonth freeze(
      Repositories r,
      Actor actor,
      YearMonth month,
      Instant now,
      ZoneId zone,
      BusinessCalendar calendar) {
    LocalDate last = month.atEndOfMonth();
    List<ReportTable> tables = atEnd(r, month, zone, calendar);
    var frozen =
        new ReportData.FrozenMonth(
            month,
            now,
            actor.userId(),
            calendar.version(),
            "received and closed in the month; backlog at 23:59 on " + last + " " + zone.getId(),
            FrozenTables.encode(tables));
    r.reports().freeze(frozen);
    r.audit()
        .append(
            actor.audit(
                now,
                "REPORT_MONTH_FROZEN",
                MONTH,
                (long) ReportData.monthRecordId(month),
                "figures of " + month + " kept as first reported after the month ended"));
    return frozen;
  }

  /** The tables of finished {@code month} as at 23:59 on its last day. */
  private static List<ReportTable> atEnd(
      Repositories r, YearMonth month, ZoneId zone, BusinessCalendar calendar) {
    LocalDate last = month.atEndOfMonth();
    return tables(
        r,
        month,
        last,
        last.plusDays(1).atStartOfDay(zone).toInstant(),
        MonthlyTables.Measure.monthEnd(month),
        zone,
        calendar);
  }

  /**
   * The tables of {@code month} measured on {@code day} at {@code at}: what was received and closed
   * from the 1st to then, the backlog then, each case with its assignee then.
   */
  private static List<ReportTable> tables(
      Repositories r,
      YearMonth month,
      LocalDate day,
      Instant at,
      MonthlyTables.Measure measure,
      ZoneId zone,
      BusinessCalendar calendar) {
    LocalDate first = month.atDay(1);
    Instant from = first.atStartOfDay(zone).toInstant();
    RetentionPolicy retention = RetentionPolicy.load(r.settings());
    ReportData data = r.reports();
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    Map<CaseType, Long> past = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      int keep = retention.monthsFor(type);
      months.put(type, keep);
      past.put(type, data.endedBefore(type, retentionCutoff(at, zone, keep), at));
    }
    var held = AssigneesAtTheTime.of(data, data.closures(from, at), data.openAt(at, day), at);
    var inputs =
        new MonthlyTables.Inputs(
            data.received(first, day),
            held.closures(),
            held.open(),
            data.complaintCategories(first, day),
            data.breaches(first, day),
            months,
            past);
    return new MonthlyTables(measure, zone, calendar).build(inputs);
  }

  private static String local(Instant at, ZoneId zone) {
    return at.atZone(zone)
            .toLocalDateTime()
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString()
            .replace('T', ' ')
        + " "
        + zone.getId();
  }

  /**
   * The moment before which a closure is past {@code months} of retention when measured at {@code
   * at}: the same local time {@code months} earlier.
   */
  public static Instant retentionCutoff(Instant at, ZoneId zone, int months) {
    return at.atZone(zone).minusMonths(months).toInstant();
  }

  /**
   * The yearly CPNI certification export (47 CFR 64.2009(e), filed by March 1): customer complaints
   * by category and the breaches of {@code year}.
   */
  public ReportModel cpniYear(Actor actor, int year) {
    actor.require(Permission.VIEW_REPORTS);
    return tx.inTransaction(
        actor,
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          Instant now = clock.instant();
          if (year > now.atZone(zone).getYear()) {
            throw new RefusedException(Refusal.of("report.futureYear", Integer.toString(year)));
          }
          LocalDate first = Year.of(year).atDay(1);
          LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
          ReportData data = r.reports();
          List<ReportTable> tables =
              CpniTables.build(
                  data.complaintCategories(first, last),
                  data.breaches(first, last),
                  data.received(first, last),
                  data.closures(
                      first.atStartOfDay(zone).toInstant(),
                      last.plusDays(1).atStartOfDay(zone).toInstant()),
                  zone);
          BusinessCalendar calendar = BusinessCalendar.withClosures(settings.closures());
          return new ReportModel(
              ReportModel.Kind.CPNI_YEAR,
              Integer.toString(year),
              header(
                  r,
                  actor,
                  now,
                  zone,
                  "CPNI annual certification: complaints, breaches and approval withdrawals",
                  "Calendar year " + year + " (" + first + " to " + last + ")",
                  "complaints received and breaches determined in the year",
                  calendar.version(),
                  "computed from the records as they are now",
                  false),
              tables);
        });
  }

  private static ReportModel.Header header(
      Repositories r,
      Actor actor,
      Instant now,
      ZoneId zone,
      String title,
      String period,
      String measured,
      String calendar,
      String figures,
      boolean monthToDate) {
    AuditTrail.Head head = r.audit().head();
    return new ReportModel.Header(
        title,
        period,
        NO_FILTERS,
        now,
        zone,
        actor.username(),
        AppInfo.version(),
        head.lastSeq(),
        head.lastHash(),
        measured,
        calendar,
        r.audit().checkpoint(now, "report: " + title + ", " + period).line(),
        figures,
        monthToDate);
  }

  /**
   * Records that {@code actor} exported {@code model} as {@code format}: one audit entry naming the
   * report, the file's size and SHA-256, and the audit head the figures were computed from.
   */
  public void recordExport(
      Actor actor, ReportModel model, String format, long bytes, String sha256) {
    actor.require(Permission.VIEW_REPORTS);
    tx.inTransaction(
        actor,
        r -> {
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "REPORT_EXPORTED",
                      "REPORT",
                      null,
                      model.kind()
                          + " "
                          + model.period()
                          + "; format="
                          + format
                          + "; bytes="
                          + bytes
                          + "; sha256="
                          + sha256
                          + "; computed at audit entry "
                          + model.header().auditEntries()));
          return null;
        });
  }
}
