package com.privacydesk.app.reports;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Hand-built cases for the October 2026 report, worked through the real services in time order with
 * a clock moved by hand (company zone New York). The expected figures, computed by hand from this
 * script, are in {@link MonthlyReportTest}; docs/reports.md walks through them.
 *
 * <p>Holidays that matter: Columbus Day Mon 2026-10-12, Veterans Day Wed 2026-11-11. Daylight
 * saving ends Sun 2026-11-01, so 2026-10-31 23:30 in New York is 2026-11-01 03:30 UTC.
 */
public final class ReportFixture implements AutoCloseable {
  static final ZoneId NY = ZoneId.of("America/New_York");

  final HandClock clock = new HandClock();
  final Services s;
  final Actor admin;
  final Actor ann;
  final Actor bob;
  final Actor sam;

  /** Case ids by the names used in the test (O1, C2, ...). */
  final Map<String, Long> id = new HashMap<>();

  public ReportFixture(Path dir) {
    s = TestServices.open(dir, clock);
    admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    bob = TestServices.user(s, admin, "bob", Role.AGENT);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    // the CA answers ticked below are recorded from the register of the year before receipt
    for (int year = 2024; year <= 2025; year++) {
      s.register()
          .save(
              sam,
              new com.privacydesk.domain.letters.DisclosureRegister(
                  year, true, java.util.Set.of(), java.util.List.of()));
    }
    script();
    clock.set(TestServices.NOW);
  }

  @Override
  public void close() {
    s.close();
  }

  /** The report service. */
  public ReportService reports() {
    return s.reports();
  }

  /** The supervisor "sam". */
  public Actor supervisor() {
    return sam;
  }

  /** The agent "ann". */
  public Actor agent() {
    return ann;
  }

  /** Entries in the audit trail now (the chain verified). */
  public long auditEntries() {
    var v = s.audit().verify();
    if (!v.intact()) {
      throw new AssertionError("audit chain broken: " + v.problem());
    }
    return v.entries();
  }

  /** The detail text of the newest audit entry, read over JDBC next to the open database. */
  public String lastAuditDetail() {
    try (java.sql.Connection c = TestServices.connect(s);
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT detail FROM audit_event ORDER BY seq DESC LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of the case the test calls {@code name} (O1, C2, ...). */
  public long id(String name) {
    return id.get(name);
  }

  /** The services the fixture was built with. */
  public Services services() {
    return s;
  }

  /** The administrator "admin". */
  public Actor admin() {
    return admin;
  }

  /** The clock the services read; tests move it. */
  public HandClock clock() {
    return clock;
  }

  private void at(String localDateTime) {
    clock.set(LocalDateTime.parse(localDateTime).atZone(NY).toInstant());
  }

  private void script() {
    at("2024-08-01T09:00");
    optOut("H1", "2024-08-01", Channel.WEB_FORM, null);
    at("2024-08-20T10:00");
    finish(ann, "H1", "2024-08-20", Outcome.SUPPRESSED);

    at("2026-08-01T09:30");
    ca("C2", "2026-08-01", Channel.PHONE, "ACC-2", bob, Duplicates.check());
    at("2026-09-01T09:30");
    ca("C5", "2026-09-01", Channel.DESIGNATED_EMAIL, "ACC-5", bob, Duplicates.check());
    at("2026-09-10T09:00");
    optOut("O4", "2026-09-10", Channel.WEB_FORM, bob);
    at("2026-09-15T09:00");
    optOut("O7", "2026-09-15", Channel.WEB_FORM, null);
    at("2026-09-16T09:00");
    optOut("O6", "2026-09-16", Channel.WEB_FORM, bob);
    at("2026-09-21T09:00");
    optOut("R1", "2026-09-21", Channel.WEB_FORM, ann);
    at("2026-09-25T09:30");
    ca("C1", "2026-09-25", Channel.DESIGNATED_EMAIL, "ACC-1", ann, Duplicates.check());
    at("2026-09-29T09:00");
    optOut("R2", "2026-09-29", Channel.WEB_FORM, ann);
    // closed 23:50 on 30 September in New York: already 1 October in UTC, still September here
    at("2026-09-30T23:50");
    finish(ann, "O7", "2026-09-30", Outcome.SUPPRESSED);

    at("2026-10-01T09:00");
    optOut("O1", "2026-10-01", Channel.WEB_FORM, ann);
    at("2026-10-02T09:30");
    ca("C3", "2026-10-02", Channel.DESIGNATED_EMAIL, "ACC-1", null, Duplicates.linkTo(id("C1")));
    at("2026-10-05T09:00");
    optOut("O2", "2026-10-05", Channel.OTHER_EMAIL, ann);
    at("2026-10-05T10:00");
    finish(ann, "R1", "2026-10-05", Outcome.SUPPRESSED);
    at("2026-10-05T11:00");
    act(ann, "C3", CaseAction.CLOSE, Outcome.DUPLICATE_IN_YEAR);
    at("2026-10-06T09:30");
    id.put(
        "K1",
        s.intake()
            .logChildDeletion(
                ann,
                new ChildDeletionIntake(
                    common("2026-10-06", Channel.PHONE, RequesterKind.PARENT, "ACC-K1"),
                    CoppaTrigger.PARENT_REQUEST,
                    Under13Basis.PARENT_STATEMENT,
                    ParentVerification.CALL_WITH_TRAINED_STAFF),
                Duplicates.check()));
    take(ann, "K1");
    at("2026-10-07T09:30");
    password("P1", "2026-10-07", Channel.PHONE, ann);
    at("2026-10-07T15:00");
    tick(ann, "P1", "CPNI_REACHED", null, "NO");
    tick(ann, "P1", "COMPLAINT_CATEGORY", null, "EMPLOYEE_ACCESS");
    finish(ann, "P1", "2026-10-07", Outcome.SECURED);
    at("2026-10-08T09:30");
    password("P2", "2026-10-08", Channel.PHONE, bob);
    at("2026-10-08T10:00");
    act(sam, "R1", CaseAction.REOPEN, null);
    at("2026-10-09T09:30");
    password("P4", "2026-10-09", Channel.PHONE, ann);
    at("2026-10-09T10:00");
    tick(bob, "P2", "CPNI_REACHED", null, "NO");
    tick(bob, "P2", "COMPLAINT_CATEGORY", null, "UNAUTHORIZED_ONLINE_ACCESS");
    finish(bob, "P2", "2026-10-09", Outcome.SECURED);
    at("2026-10-09T10:30");
    act(ann, "R1", CaseAction.CLOSE, Outcome.ALREADY_SUPPRESSED);
    at("2026-10-09T11:00");
    id.put(
        "B1",
        s.intake()
            .openCpniBreach(
                ann,
                new CpniBreachIntake(
                    id("P4"),
                    LocalDate.parse("2026-10-09"),
                    "Sam (security)",
                    "Call records",
                    null)));
    tick(ann, "P4", "CPNI_REACHED", null, "YES");
    tick(ann, "P4", "COMPLAINT_CATEGORY", null, "UNAUTHORIZED_DISCLOSURE");
    finish(ann, "P4", "2026-10-09", Outcome.ESCALATED_TO_BREACH);
    at("2026-10-10T12:00");
    tickAll(bob, "C2", "2026-10-10");
    act(bob, "C2", CaseAction.SUBMIT_FOR_REVIEW, Outcome.NO_DISCLOSURES);
    act(sam, "C2", CaseAction.APPROVE, null);
    at("2026-10-14T15:00");
    finish(ann, "R2", "2026-10-14", Outcome.SUPPRESSED);
    at("2026-10-15T09:30");
    ca("C4", "2026-10-15", Channel.POSTAL_MAIL, "ACC-4", null, Duplicates.check());
    at("2026-10-16T14:00");
    finish(ann, "O1", "2026-10-16", Outcome.SUPPRESSED);
    at("2026-10-19T15:00");
    tickAll(ann, "K1", "2026-10-19");
    act(ann, "K1", CaseAction.SUBMIT_FOR_REVIEW, Outcome.DELETED);
    at("2026-10-19T16:00");
    act(sam, "K1", CaseAction.APPROVE, null);
    at("2026-10-19T16:30");
    tickAll(ann, "C1", "2026-10-19");
    act(ann, "C1", CaseAction.SUBMIT_FOR_REVIEW, Outcome.FULFILLED);
    at("2026-10-20T09:00");
    optOut("O3", "2026-10-20", Channel.WEB_FORM, null);
    at("2026-10-20T10:00");
    act(sam, "C1", CaseAction.APPROVE, null);
    at("2026-10-22T10:00");
    tick(ann, "B1", "LAW_ENFORCEMENT_NOTIFIED", LocalDate.parse("2026-10-22"), null);
    at("2026-10-22T11:00");
    finish(ann, "O2", "2026-10-22", Outcome.SUPPRESSED);
    at("2026-10-30T09:00");
    optOut("O5", "2026-10-30", Channel.WEB_FORM, null);
    at("2026-10-30T09:30");
    password("P3", "2026-10-30", Channel.CHAT, null);
    // closed 23:30 on 31 October in New York: 1 November in UTC, still October here
    at("2026-10-31T23:30");
    finish(bob, "O6", "2026-10-31", Outcome.ALREADY_SUPPRESSED);
    at("2026-11-03T10:00");
    act(sam, "R2", CaseAction.REOPEN, null);
    at("2026-11-16T15:00");
    finish(ann, "O5", "2026-11-16", Outcome.SUPPRESSED);
  }

  private void optOut(String name, String received, Channel channel, Actor taker) {
    id.put(
        name,
        s.intake()
            .logOptOut(
                ann,
                new OptOutIntake(
                    name.toLowerCase() + "@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    channel,
                    LocalDate.parse(received).atTime(9, 0)),
                Duplicates.ignore()));
    if (taker != null) {
      take(taker, name);
    }
  }

  private void ca(
      String name, String received, Channel channel, String account, Actor taker, Duplicates d) {
    id.put(
        name,
        s.intake()
            .logCaDisclosure(
                ann,
                new CaDisclosureIntake(
                    common(received, channel, RequesterKind.SELF, account),
                    ResidencyBasis.SERVICE_ADDRESS,
                    true,
                    null),
                d));
    if (taker != null) {
      take(taker, name);
    }
  }

  private void password(String name, String received, Channel channel, Actor taker) {
    id.put(
        name,
        s.intake()
            .logPasswordCompromise(
                ann,
                new PasswordCompromiseIntake(
                    common(received, channel, RequesterKind.SELF, "ACC-" + name),
                    AuthenticationMethod.ONE_TIME_CODE_TO_CONTACT_OF_RECORD),
                Duplicates.ignore()));
    if (taker != null) {
      take(taker, name);
    }
  }

  private static CommonIntake common(
      String received, Channel channel, RequesterKind kind, String account) {
    return new CommonIntake(
        channel, LocalDate.parse(received).atTime(9, 0), kind, account, "Address on the account");
  }

  private int version(String name) {
    return s.queries().detail(ann, id(name)).version();
  }

  private void take(Actor who, String name) {
    s.assignments().take(who, id(name), version(name));
  }

  private void act(Actor who, String name, CaseAction action, Outcome outcome) {
    s.workflow().perform(who, id(name), version(name), action, outcome);
  }

  private void tick(Actor who, String name, String key, LocalDate date, String choice) {
    s.workflow().tick(who, id(name), version(name), key, date, choice);
  }

  private void tickAll(Actor who, String name, String date) {
    for (Checklist.Entry e : s.queries().detail(ann, id(name)).checklist()) {
      if (!e.done()) {
        String choice = e.item().evidence().chosen() ? e.item().choices().getFirst() : null;
        tick(
            who, name, e.key(), e.item().evidence().dated() ? LocalDate.parse(date) : null, choice);
      }
    }
  }

  /** Ticks every open checklist item dated {@code date} and closes with {@code outcome}. */
  private void finish(Actor who, String name, String date, Outcome outcome) {
    tickAll(who, name, date);
    act(who, name, CaseAction.CLOSE, outcome);
  }
}
