package com.privacydesk.domain.types.cadisclosure;

import static com.privacydesk.domain.types.FactField.notPersonal;
import static com.privacydesk.domain.types.FactField.personal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.IntakeForm;
import com.privacydesk.domain.types.RequestTypeSpec;
import java.util.List;
import java.util.Optional;

/** California "Shine the Light" disclosure requests (Cal. Civ. Code §1798.83; domain.md §2.1). */
public final class CaDisclosureSpec implements RequestTypeSpec {
  /** Days to answer a request received at a designated address. */
  public static final int DESIGNATED_DAYS = 30;

  /** Days to answer a request not received at a designated address. */
  public static final int OTHER_DAYS = 150;

  @Override
  public CaseType type() {
    return CaseType.CA_DISCLOSURE;
  }

  @Override
  public List<FactField> facts() {
    return List.of(
        notPersonal("designated"),
        notPersonal("residencyBasis"),
        notPersonal("personalRelationship"),
        personal("agentAuthority"));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    int internal = rules.targets().caInternalCalendarDays();
    return List.of(
        rules.calendarClock(
            DeadlineRules.STATUTORY,
            "received",
            r.start(),
            r.designated() ? DESIGNATED_DAYS : OTHER_DAYS,
            r.designated()
                ? "Cal. Civ. Code §1798.83(b)(1)(A): received at a designated address,"
                    + " answer within 30 days"
                : "Cal. Civ. Code §1798.83(b)(1)(C): not received at a designated address,"
                    + " answer within 150 days"),
        rules.calendarClock(
            DeadlineRules.INTERNAL,
            "received",
            r.start(),
            internal,
            "Company target: answer every CA disclosure request within " + internal + " days"));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.STATUTORY;
  }

  @Override
  public boolean reportsCalendarDays() {
    return true;
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+Shift+C");
  }

  /**
   * Asked at a designated address first (the 30-day clock); the residency basis, the personal
   * relationship with the company and, for an authorized agent, the authority it showed.
   */
  @Override
  public Optional<IntakeForm> intakeForm() {
    return Optional.of(
        IntakeForm.of(
            IntakeCommon.byCustomer(Channel.DESIGNATED_EMAIL, true, true),
            List.of(
                IntakeField.choice(
                    IntakeValidation.RESIDENCY, List.of(ResidencyBasis.values()), null),
                IntakeField.check(IntakeValidation.RELATIONSHIP),
                IntakeField.text(IntakeValidation.AUTHORITY, false)),
            CaDisclosureIntake.class,
            (common, a) ->
                new CaDisclosureIntake(
                    common,
                    a.choice(IntakeValidation.RESIDENCY, ResidencyBasis.class),
                    a.checked(IntakeValidation.RELATIONSHIP),
                    a.text(IntakeValidation.AUTHORITY)),
            IntakeValidation::validateCaDisclosure));
  }
}
