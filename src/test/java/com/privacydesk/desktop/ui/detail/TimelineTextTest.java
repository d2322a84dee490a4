package com.privacydesk.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeline shows what the audit trail recorded in words, never its codes. */
class TimelineTextTest {
  private static String words(String action, String detail) {
    return TimelineText.describe(
        new AuditEntry(Instant.EPOCH, 1L, "ann", action, "CASE", 12L, detail), Map.of(2L, "bob"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CASE_TRANSITION|status: NEW -> IN_PROGRESS; action=START_WORK|Status: New → In progress; action: Start work",
        "CASE_TRANSITION|status: IN_PROGRESS -> CLOSED; action=CLOSE; outcome=SUPPRESSED|Status: In progress → Closed; action: Close case; outcome: Suppressed",
        "CASE_ASSIGN|assignee: null -> 2|Assignee: unassigned → bob",
        "CASE_ASSIGN|assignee: 2 -> 7|Assignee: bob → user #7",
        "CHECKLIST_TICK|DESIGNATED_CHANNEL_RECORDED: open -> done|Channel recorded (designated address or not): open → done",
        "CHECKLIST_TICK|SUPPRESSED_IN:CRM: open -> done 2026-12-01|Suppressed in CRM (date): open → done 2026-12-01",
        "CHECKLIST_UNTICK|RESPONSE_SENT: done 2026-12-01 EMAIL -> open|Response sent: done 2026-12-01, By email → open",
      })
  void anEntryReadsInWords(String action, String detail, String expected) {
    String text = words(action, detail);
    assertThat(text).doesNotContainPattern("[A-Z]{2,}_[A-Z]");
    assertThat(text).doesNotContain("->").doesNotContain("null");
    assertThat(text).isEqualTo(expected);
  }
}
