package com.privacydesk.app.cases;

import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseRepository.Note;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the case detail view shows and offers to the signed-in user.
 *
 * @param actions what this user may do now
 * @param closeOutcomes the outcomes CLOSE accepts now
 * @param reviewOutcomes the outcomes that go to a supervisor (SUBMIT_FOR_REVIEW)
 * @param checklistEditable whether ticks may change (the case is being worked)
 * @param duplicateInYearOf the earlier CA request of the same year this one duplicates, if linked
 * @param holdEnd for a CPNI breach with a law-enforcement notice, the earliest customer-notice date
 * @param userNames every account's name by id, for the timeline entries that name a user by id
 */
public record CaseFile(
    CaseDetail detail,
    Outcome outcome,
    Outcome pendingOutcome,
    List<Checklist.Entry> checklist,
    List<Note> notes,
    List<AuditEntry> timeline,
    Set<CaseAction> actions,
    List<Outcome> closeOutcomes,
    List<Outcome> reviewOutcomes,
    boolean checklistEditable,
    Optional<Long> duplicateInYearOf,
    Optional<LocalDate> holdEnd,
    java.util.Map<Long, String> userNames,
    Set<Long> correctableNotes) {
  public CaseFile {
    userNames = java.util.Map.copyOf(userNames);
    correctableNotes = Set.copyOf(correctableNotes);
    checklist = List.copyOf(checklist);
    notes = List.copyOf(notes);
    timeline = List.copyOf(timeline);
    actions = Set.copyOf(actions);
    closeOutcomes = List.copyOf(closeOutcomes);
    reviewOutcomes = List.copyOf(reviewOutcomes);
  }

  public long id() {
    return detail.summary().id();
  }

  public int version() {
    return detail.summary().version();
  }
}
