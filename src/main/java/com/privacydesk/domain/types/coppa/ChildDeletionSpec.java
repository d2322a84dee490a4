package com.privacydesk.domain.types.coppa;

import static com.privacydesk.domain.types.FactField.notPersonal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
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
}
