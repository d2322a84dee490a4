package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.CaseRepository.Note;
import com.privacydesk.app.settings.SettingsForm;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "Collaboration": a note is internal (the default) or part of the correspondence with
 * the customer; its author may correct it within the settings' window (30 minutes by default,
 * counted from when it was written); the earlier text is kept and shown, the audit trail records
 * the correction without either text, the seals cover both, and a COPPA case's redaction reaches
 * the earlier texts too.
 */
class NoteCorrectionTest {
  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor ann;
  private Actor sam;
  private WorkflowService wf;
  private long id;

  @BeforeEach
  void open() {
    clock.set(TestServices.NOW);
    s = TestServices.open(dir, clock);
    Actor admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    wf = s.workflow();
    id = s.intake().logChildDeletion(ann, TestServices.childDeletion());
  }

  @AfterEach
  void close() {
    s.close();
  }

  private CaseFile file() {
    return s.queries().detail(ann, id);
  }

  private Note note(long noteId) {
    return file().notes().stream().filter(n -> n.id() == noteId).findFirst().orElseThrow();
  }

  private String refusal(Runnable call) {
    try {
      call.run();
    } catch (RefusedException e) {
      return e.refusal().code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void theAuthorCorrectsWithinTheWindowAndTheEarlierTextIsKept() {
    long internal = wf.addNote(ann, id, file().version(), "Parent will call back");
    long letter =
        wf.addNote(ann, id, file().version(), "Told the parent we delete within 10 days", true);
    assertThat(note(internal).correspondence()).isFalse();
    assertThat(note(letter).correspondence()).isTrue();
    assertThat(file().correctableNotes()).containsExactlyInAnyOrder(internal, letter);
    assertThat(s.queries().detail(sam, id).correctableNotes()).as("not sam's notes").isEmpty();

    clock.advance(Duration.ofMinutes(10));
    wf.correctNote(
        ann, id, file().version(), letter, "Told the parent we delete within 10 business days");
    Note corrected = note(letter);
    assertThat(corrected.body()).isEqualTo("Told the parent we delete within 10 business days");
    assertThat(corrected.correspondence()).isTrue();
    assertThat(corrected.earlier())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.body()).isEqualTo("Told the parent we delete within 10 days");
              assertThat(e.writtenAt()).isEqualTo(TestServices.NOW);
              assertThat(e.replacedAt()).isEqualTo(TestServices.NOW.plus(Duration.ofMinutes(10)));
            });
    AuditEntry entry = file().timeline().getLast();
    assertThat(entry.action()).isEqualTo("NOTE_CORRECT");
    assertThat(entry.detail())
        .contains("note " + letter)
        .contains("40 characters kept as earlier version")
        .doesNotContain("parent");

    // a second correction keeps both earlier texts; the window still counts from the first
    clock.advance(Duration.ofMinutes(15));
    wf.correctNote(ann, id, file().version(), letter, "Told the parent: deleted within 10 days");
    assertThat(note(letter).earlier()).hasSize(2);
    clock.advance(Duration.ofMinutes(6)); // 31 minutes after writing
    assertThat(file().correctableNotes()).isEmpty();
    assertThat(refusal(() -> wf.correctNote(ann, id, file().version(), internal, "Called back")))
        .isEqualTo("note.tooLate");

    var report = s.audit().verify();
    assertThat(report.intact()).as(String.valueOf(report.records())).isTrue();
  }

  @Test
  void onlyTheAuthorCorrectsTheNewTextIsCheckedAndRedactionReachesEarlierTexts() {
    long n = wf.addNote(ann, id, file().version(), "Parent will call back");
    assertThat(refusal(() -> wf.correctNote(sam, id, file().version(), n, "Parent called")))
        .isEqualTo("note.notAuthor");
    assertThatThrownBy(
            () -> wf.correctNote(ann, id, file().version(), n, "Mother's SSN is 123-45-6789"))
        .isInstanceOf(ValidationException.class);
    assertThat(note(n).earlier()).isEmpty();
    wf.correctNote(ann, id, file().version(), n, "Parent called back at 10:05");

    // a supervisor may turn corrections off
    s.settings()
        .update(
            sam, SettingsForm.of(s.settings().current()).withNoteCorrectionMinutes(0).toSettings());
    assertThat(refusal(() -> wf.correctNote(ann, id, file().version(), n, "Parent called")))
        .isEqualTo("note.tooLate");

    // the COPPA case ends: the note and its earlier text are redacted
    wf.perform(ann, id, file().version(), CaseAction.START_WORK, null);
    for (Checklist.Entry e : file().checklist()) {
      if (!e.done()) {
        wf.tick(
            ann,
            id,
            file().version(),
            e.key(),
            e.item().evidence().dated() ? LocalDate.of(2026, 11, 20) : null,
            e.item().evidence().chosen() ? e.item().choices().getFirst() : null);
      }
    }
    wf.perform(ann, id, file().version(), CaseAction.SUBMIT_FOR_REVIEW, Outcome.DELETED);
    wf.perform(sam, id, file().version(), CaseAction.APPROVE, null);
    Note redacted = note(n);
    assertThat(redacted.body()).isEqualTo(WorkflowService.REDACTED);
    assertThat(redacted.earlier())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.redacted()).isTrue();
              assertThat(e.body()).isEqualTo(WorkflowService.REDACTED);
            });
    var report = s.audit().verify();
    assertThat(report.intact()).as(String.valueOf(report.records())).isTrue();
  }
}
