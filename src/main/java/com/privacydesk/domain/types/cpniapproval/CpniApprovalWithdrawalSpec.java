package com.privacydesk.domain.types.cpniapproval;

import static com.privacydesk.domain.types.FactField.notPersonal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.workflow.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The customer denies or withdraws approval to use or share CPNI for marketing (47 CFR
 * 64.2007–64.2009: approval may be denied or withdrawn at any time, its status checked before any
 * use, records kept at least one year). The new status is recorded in every configured system
 * within a company target of business days.
 */
public final class CpniApprovalWithdrawalSpec
    implements FormTypeSpec<CpniApprovalWithdrawalSpec.ApprovalFacts> {
  /** Fact and form field name. */
  public static final String APPROVAL = "cpniApproval";

  /** The settings key of the internal target. */
  public static final String TARGET_KEY = "target.cpniApproval.businessDays";

  public static final int DEFAULT_BUSINESS_DAYS = 1;

  /** 47 CFR 64.2009(c): records of approval kept at least one year. */
  public static final int MINIMUM_RETENTION_MONTHS = 12;

  /** Which approval the customer withdraws or denies. */
  public enum ApprovalKind {
    OPT_OUT_APPROVAL,
    OPT_IN_APPROVAL
  }

  /** The facts of a withdrawal: which approval (the account is one of the common facts). */
  public record ApprovalFacts(ApprovalKind cpniApproval) implements TypeFacts {
    @Override
    public CaseType type() {
      return CaseType.CPNI_APPROVAL_WITHDRAWAL;
    }
  }

  @Override
  public CaseType type() {
    return CaseType.CPNI_APPROVAL_WITHDRAWAL;
  }

  @Override
  public List<FactField> facts() {
    return List.of(notPersonal(APPROVAL));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    int days = rules.targets().days(TARGET_KEY, DEFAULT_BUSINESS_DAYS);
    return List.of(
        rules.businessClock(
            DeadlineRules.INTERNAL,
            "received",
            r.start(),
            days,
            "Company target under 47 CFR 64.2007–64.2009 (approval may be withdrawn at any time;"
                + " its status is checked before any use): record the new status in every system"
                + " within "
                + days
                + " business day(s)"));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.INTERNAL;
  }

  @Override
  public int minimumRetentionMonths() {
    return MINIMUM_RETENTION_MONTHS;
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+Shift+W");
  }

  @Override
  public List<Target> targets() {
    return List.of(new Target(TARGET_KEY, DEFAULT_BUSINESS_DAYS, 0, 30));
  }

  @Override
  public Optional<Systems> systems() {
    return Optional.of(
        new Systems(
            "workflow.systems." + type(), List.of("Billing and CRM", "Marketing platform")));
  }

  @Override
  public IntakeCommon intakeCommon() {
    return IntakeCommon.byCustomer(true);
  }

  @Override
  public List<IntakeField> intakeFields() {
    return List.of(
        IntakeField.choice(
            APPROVAL, List.of(ApprovalKind.values()), ApprovalKind.OPT_OUT_APPROVAL));
  }

  @Override
  public List<FieldError> validate(TypedIntake in) {
    return approval(in).isPresent() ? List.of() : List.of(new FieldError(APPROVAL, "required"));
  }

  @Override
  public ApprovalFacts facts(TypedIntake in) {
    return new ApprovalFacts(approval(in).orElseThrow());
  }

  @Override
  public Map<String, String> values(ApprovalFacts facts) {
    return Map.of(APPROVAL, facts.cpniApproval().name());
  }

  @Override
  public String auditDetail(ApprovalFacts facts) {
    return "approval=" + facts.cpniApproval();
  }

  @Override
  public Map<String, String> demoAnswers(RandomGenerator random) {
    return Map.of(
        APPROVAL,
        (random.nextDouble() < 0.8 ? ApprovalKind.OPT_OUT_APPROVAL : ApprovalKind.OPT_IN_APPROVAL)
            .name());
  }

  @Override
  public Outcome demoOutcome(double p) {
    return p < 0.9
        ? Outcome.APPROVAL_WITHDRAWN
        : p < 0.96 ? Outcome.NOT_A_CUSTOMER : Outcome.WITHDRAWN;
  }

  private static Optional<ApprovalKind> approval(TypedIntake in) {
    return in.choice(APPROVAL, ApprovalKind.class);
  }
}
