package com.privacydesk.domain.types;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * Everything PrivacyDesk knows about one request type, declared in one place (its own package under
 * {@code domain.types}). The rest of the product asks {@link RequestTypes#of} instead of switching
 * over types: deadlines, masking, the monthly report, retention and the New menu all come from
 * here.
 */
public interface RequestTypeSpec {
  /** The type this unit declares. */
  CaseType type();

  /**
   * The type's own facts in display order, each classified personal or not. The facts every type
   * shares are {@link RequestTypes#COMMON_FACTS}.
   */
  List<FactField> facts();

  /** Every clock of a case of this type, in a fixed order, each explained. */
  List<CaseClock> clocks(DeadlineRequest request, DeadlineRules rules);

  /** The clock the monthly report judges an open case of this type by. */
  ReportClock reportClock();

  /** Whether the report counts time to close in calendar days (else business days). */
  default boolean reportsCalendarDays() {
    return false;
  }

  /**
   * The fewest months after closure the law requires these records to be kept (1 when it sets no
   * minimum): retention settings below it are refused.
   */
  default int minimumRetentionMonths() {
    return 1;
  }

  /**
   * The accelerator of the type's item in the File → New menu (JavaFX key-combination syntax), or
   * empty when a case of this type is only opened from another case.
   */
  Optional<String> newMenuShortcut();

  /**
   * The intake form the window builds for this type; empty for a type logged elsewhere (the email
   * opt-out's own form with its import, the CPNI breach opened from a password case).
   */
  default Optional<IntakeForm> intakeForm() {
    return Optional.empty();
  }

  /** The checklist items, in order (per-system items repeat for each configured system). */
  default List<ChecklistItem> checklist() {
    return ChecklistItem.of(type());
  }

  /** The outcomes a case may close with, in display order. */
  default List<Outcome> outcomes() {
    return Outcome.of(type());
  }

  /**
   * The systems this type's per-system checklist line is done in: the setting's key and its default
   * list, or empty when the type has no per-system line.
   */
  default Optional<Systems> systems() {
    return Optional.empty();
  }

  /** The settings of this type's internal clocks (days), each with its default and range. */
  default List<Target> targets() {
    return List.of();
  }

  /**
   * A settings list of systems.
   *
   * @param key the settings key
   */
  record Systems(String key, List<String> defaults) {
    public Systems {
      defaults = List.copyOf(defaults);
    }
  }

  /**
   * An internal target in days, a setting.
   *
   * @param key the settings key (message key {@code settings.target.<key>})
   */
  record Target(String key, int defaultDays, int minDays, int maxDays) {
    /** Whether {@code days} is a value this target may be set to. */
    public boolean accepts(int days) {
      return days >= minDays && days <= maxDays;
    }
  }

  /** The clocks the monthly report can judge an open case by. */
  enum ReportClock {
    STATUTORY,
    INTERNAL,
    /** Until law enforcement is notified (a CPNI breach): then no clock runs. */
    LAW_ENFORCEMENT_NOTICE
  }
}
