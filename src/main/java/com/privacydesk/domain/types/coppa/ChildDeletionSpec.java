package com.privacydesk.domain.types.coppa;

import static com.privacydesk.domain.types.FactField.notPersonal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.IntakeForm;
import com.privacydesk.domain.types.RequestTypeSpec;
import java.util.List;
import java.util.Optional;

/**
 * Deletion of a child's (&lt;13) data under COPPA (16 CFR 312.6, 312.10; domain.md §2.3). No child
 * identifier is a fact: only how "under 13" is known and how the parent was verified.
 */
public final class ChildDeletionSpec implements RequestTypeSpec {
  @Override
  public CaseType type() {
    return CaseType.CHILD_DATA_DELETION;
  }

  @Override
  public List<FactField> facts() {
    return List.of(
        notPersonal("trigger"), notPersonal("under13Basis"), notPersonal("parentVerification"));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    return List.of(
        rules.businessClock(
            DeadlineRules.ACKNOWLEDGE,
            "received",
            r.start(),
            rules.targets().coppaAcknowledgeBusinessDays(),
            "Company target under 16 CFR 312.6/312.10 (\"as soon as reasonably possible\"):"
                + " acknowledge the parent"),
        rules.businessClock(
            DeadlineRules.INTERNAL,
            "received",
            r.start(),
            rules.targets().coppaDeleteBusinessDays(),
            "Company target under 16 CFR 312.10: delete in every system and at every vendor"));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.INTERNAL;
  }

  /** The settings key of the systems and vendors a child's data is deleted from. */
  public static final String SYSTEMS_KEY = "workflow.systems.deletion";

  @Override
  public Optional<Systems> systems() {
    return Optional.of(
        new Systems(SYSTEMS_KEY, List.of("Customer database", "Email platform", "CRM")));
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+Shift+K");
  }

  /**
   * Asked by a parent first, on any channel (INTERNAL too: the company may find a child's data
   * itself); what started it, why the child is under 13, and how the parent was verified.
   */
  @Override
  public Optional<IntakeForm> intakeForm() {
    return Optional.of(
        IntakeForm.of(
            new IntakeCommon(
                List.of(Channel.values()),
                Channel.PHONE,
                List.of(RequesterKind.PARENT, RequesterKind.SELF),
                true,
                true),
            List.of(
                IntakeField.choice(
                    IntakeValidation.TRIGGER,
                    List.of(CoppaTrigger.values()),
                    CoppaTrigger.PARENT_REQUEST),
                IntakeField.choice(IntakeValidation.UNDER13, List.of(Under13Basis.values()), null),
                IntakeField.choice(
                    IntakeValidation.PARENT_VERIFICATION,
                    List.of(ParentVerification.values()),
                    ParentVerification.PENDING)),
            ChildDeletionIntake.class,
            (common, a) ->
                new ChildDeletionIntake(
                    common,
                    a.choice(IntakeValidation.TRIGGER, CoppaTrigger.class),
                    a.choice(IntakeValidation.UNDER13, Under13Basis.class),
                    a.choice(IntakeValidation.PARENT_VERIFICATION, ParentVerification.class)),
            IntakeValidation::validateChildDeletion));
  }
}
