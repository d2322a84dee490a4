package com.privacydesk.domain.workflow;

import com.privacydesk.domain.types.DeadlineRules;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a closure is judged by in the reports, frozen when the case closes: its statutory and
 * internal due dates, when the account-change notice went out, the latest date it was suppressed in
 * a sending system, and whether the child's identifiers were purged from the tracker.
 */
public record ClosureFacts(
    @Nullable LocalDate statutoryDue,
    @Nullable LocalDate internalDue,
    @Nullable LocalDate changeNoticeOn,
    boolean identifiersPurged,
    @Nullable LocalDate lastSuppressedOn) {

  /**
   * The facts of a case from its clocks' due dates by clock name and its done checklist items (key
   * → done date, null where the item records no date).
   */
  public static ClosureFacts of(
      Map<String, LocalDate> dueByClock, Map<String, @Nullable LocalDate> done) {
    String suppressed = ChecklistItem.SUPPRESSED_IN.name() + ":";
    return new ClosureFacts(
        dueByClock.get(DeadlineRules.STATUTORY),
        dueByClock.get(DeadlineRules.INTERNAL),
        done.get(ChecklistItem.CHANGE_NOTICE_SENT.name()),
        done.containsKey(ChecklistItem.CHILD_IDENTIFIERS_PURGED.name()),
        done.entrySet().stream()
            .filter(e -> e.getKey().startsWith(suppressed))
            .map(Map.Entry::getValue)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null));
  }
}
