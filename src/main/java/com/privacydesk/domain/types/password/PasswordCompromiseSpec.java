package com.privacydesk.domain.types.password;

import static com.privacydesk.domain.types.DeadlineRules.DAY;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.BusinessCalendar.Count;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DayType;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.IntakeForm;
import com.privacydesk.domain.types.RequestTypeSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Password-compromise reports (47 CFR 64.2010; domain.md §2.4), escalated to a CPNI breach. */
public final class PasswordCompromiseSpec implements RequestTypeSpec {
  @Override
  public CaseType type() {
    return CaseType.PASSWORD_COMPROMISE;
  }

  @Override
  public List<FactField> facts() {
    return List.of(FactField.notPersonal("authentication"));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    LocalDate received = r.start();
    int days = rules.targets().passwordBusinessDays();
    if (days > 0) {
      return List.of(
          rules.businessClock(
              DeadlineRules.INTERNAL,
              "received",
              received,
              days,
              "Company policy (47 CFR 64.2010): lock/reset and send the change notice within "
                  + days
                  + " business days"));
    }
    Count count = rules.calendar().onOrAfter(received);
    List<String> why = new ArrayList<>();
    why.add("Start: received " + DAY.format(received));
    why.add(
        "Rule: company policy (47 CFR 64.2010): lock/reset and send the account-change notice the"
            + " same business day");
    why.add("Counting: the received day if it is a business day, else the next business day");
    if (!count.date().equals(received)) {
      why.add("The received day is not a business day; the next business day is used");
    }
    count.skipped().forEach(h -> why.add(DeadlineRules.skipped(h)));
    why.add("Due: end of " + DAY.format(count.date()));
    return List.of(rules.clock(DeadlineRules.INTERNAL, count.date(), DayType.BUSINESS, 0, why));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.INTERNAL;
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+Shift+P");
  }

  /** Reported by the customer, no reply address asked; how the caller was authenticated. */
  @Override
  public Optional<IntakeForm> intakeForm() {
    return Optional.of(
        IntakeForm.of(
            IntakeCommon.byCustomer(true),
            List.of(
                IntakeField.choice(
                    IntakeValidation.AUTHENTICATION, List.of(AuthenticationMethod.values()), null)),
            PasswordCompromiseIntake.class,
            (common, a) ->
                new PasswordCompromiseIntake(
                    common, a.choice(IntakeValidation.AUTHENTICATION, AuthenticationMethod.class)),
            IntakeValidation::validatePasswordCompromise));
  }
}
