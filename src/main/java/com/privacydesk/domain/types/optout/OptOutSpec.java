package com.privacydesk.domain.types.optout;

import static com.privacydesk.domain.types.FactField.notPersonal;
import static com.privacydesk.domain.types.FactField.personal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.RequestTypeSpec;
import java.util.List;
import java.util.Optional;

/** Email opt-outs under CAN-SPAM (15 U.S.C. §7704(a)(4), 16 CFR 316.5; domain.md §2.2). */
public final class OptOutSpec implements RequestTypeSpec {
  /** Business days to honour an opt-out. */
  public static final int BUSINESS_DAYS = 10;

  @Override
  public CaseType type() {
    return CaseType.EMAIL_OPT_OUT;
  }

  @Override
  public List<FactField> facts() {
    return List.of(personal("email"), notPersonal("scope"), notPersonal("categories"));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    return List.of(
        rules.businessClock(
            DeadlineRules.STATUTORY,
            "received",
            r.start(),
            BUSINESS_DAYS,
            "15 U.S.C. §7704(a)(4), 16 CFR 316.5: honour the opt-out within 10 business days"));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.STATUTORY;
  }

  /** The settings key of the sending systems an opt-out is suppressed in. */
  public static final String SYSTEMS_KEY = "workflow.systems.suppression";

  @Override
  public Optional<Systems> systems() {
    return Optional.of(new Systems(SYSTEMS_KEY, List.of("Email platform", "CRM")));
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+N");
  }
}
