package com.privacydesk.app.reports;

import com.privacydesk.app.Actor;
import com.privacydesk.app.AppInfo;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.app.port.ReportData;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
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

  /** Computes the report of {@code month}; refused for a month that has not begun. */
  public ReportModel monthly(Actor actor, YearMonth month) {
    actor.require(Permission.VIEW_REPORTS);
    return tx.inTransaction(
        r -> {
          CompanySettings settings = CompanySettings.load(r.settings());
          ZoneId zone = settings.zone();
          Instant now = clock.instant();
          if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw new RefusedException(Refusal.of("report.futureMonth", month.toString()));
          }
          BusinessCalendar calendar = BusinessCalendar.withClosures(settings.closures());
          LocalDate first = month.atDay(1);
          LocalDate last = month.atEndOfMonth();
          Instant from = first.atStartOfDay(zone).toInstant();
          Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
          RetentionPolicy retention = RetentionPolicy.load(r.settings());
          ReportData data = r.reports();
          Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
          Map<CaseType, Long> past = new EnumMap<>(CaseType.class);
          for (CaseType type : CaseType.values()) {
            int keep = retention.monthsFor(type);
            months.put(type, keep);
            past.put(type, data.endedBefore(type, retentionCutoff(to, zone, keep), to));
          }
          var inputs =
              new MonthlyTables.Inputs(
                  data.received(first, last),
                  data.closures(from, to),
                  data.openAt(to, last),
                  data.complaintCategories(first, last),
                  data.breaches(first, last),
                  months,
                  past);
          List<ReportTable> tables = new MonthlyTables(month, zone, calendar).build(inputs);
          String period =
              month.getMonth().getDisplayName(TextStyle.FULL, Locale.US)
                  + " "
                  + month.getYear()
                  + " ("
                  + first
                  + " to "
                  + last
                  + ")";
          String measured =
              "received and closed in the month; backlog at 23:59 on " + last + " " + zone.getId();
          return new ReportModel(
              ReportModel.Kind.MONTHLY,
              month.toString(),
              header(
                  r,
                  actor,
                  now,
                  zone,
                  "Monthly privacy request report",
                  period,
                  measured,
                  calendar),
              tables);
        });
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
                  calendar),
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
      BusinessCalendar calendar) {
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
        calendar.version(),
        r.audit().checkpoint(now, "report: " + title + ", " + period).line());
  }

  /**
   * Records that {@code actor} exported {@code model} as {@code format}: one audit entry naming the
   * report, the file's size and SHA-256, and the audit head the figures were computed from.
   */
  public void recordExport(
      Actor actor, ReportModel model, String format, long bytes, String sha256) {
    actor.require(Permission.VIEW_REPORTS);
    tx.inTransaction(
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
