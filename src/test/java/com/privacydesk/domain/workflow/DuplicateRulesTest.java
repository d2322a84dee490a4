package com.privacydesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.DuplicateRules.Candidate;
import com.privacydesk.domain.workflow.DuplicateRules.Probe;
import com.privacydesk.domain.workflow.DuplicateRules.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The three duplicate rules of issue 4, and what does not match. */
@Tag("fast")
class DuplicateRulesTest {
  private static Candidate stored(
      long id,
      CaseType type,
      CaseStatus status,
      Outcome outcome,
      String received,
      String account,
      String email) {
    return new Candidate(id, type, status, outcome, LocalDate.parse(received), account, email);
  }

  private static List<Reason> reasons(Probe p, Candidate... c) {
    return DuplicateRules.matches(p, List.of(c)).stream()
        .map(DuplicateRules.Match::reason)
        .toList();
  }

  @Test
  void aSecondCaRequestFromTheSameCustomerInTheSameYearIsFlaggedWhateverTheGap() {
    Probe p = new Probe(CaseType.CA_DISCLOSURE, LocalDate.parse("2026-11-20"), "ACC-1", null);
    assertThat(
            reasons(
                p,
                stored(
                    1,
                    CaseType.CA_DISCLOSURE,
                    CaseStatus.CLOSED,
                    Outcome.FULFILLED,
                    "2026-02-01",
                    "acc-1",
                    null)))
        .containsExactly(Reason.CA_SAME_YEAR);
    assertThat(
            reasons(
                p,
                stored(
                    2,
                    CaseType.CA_DISCLOSURE,
                    CaseStatus.CLOSED,
                    Outcome.FULFILLED,
                    "2025-12-31",
                    "ACC-1",
                    null)))
        .isEmpty();
  }

  @Test
  void anOptOutForAnAddressWithAnOpenOrCompletedOptOutIsFlagged() {
    Probe p =
        new Probe(CaseType.EMAIL_OPT_OUT, LocalDate.parse("2026-11-20"), null, "jane@example.com");
    assertThat(
            reasons(
                p,
                stored(
                    1,
                    CaseType.EMAIL_OPT_OUT,
                    CaseStatus.CLOSED,
                    Outcome.SUPPRESSED,
                    "2024-01-01",
                    null,
                    "jane@example.com")))
        .containsExactly(Reason.OPT_OUT_EXISTS);
    assertThat(
            reasons(
                p,
                stored(
                    2,
                    CaseType.EMAIL_OPT_OUT,
                    CaseStatus.IN_PROGRESS,
                    null,
                    "2025-01-01",
                    null,
                    "jane@example.com")))
        .containsExactly(Reason.OPT_OUT_EXISTS);
    // a withdrawn one long ago does not count
    assertThat(
            reasons(
                p,
                stored(
                    3,
                    CaseType.EMAIL_OPT_OUT,
                    CaseStatus.WITHDRAWN,
                    Outcome.WITHDRAWN,
                    "2025-01-01",
                    null,
                    "jane@example.com")))
        .isEmpty();
  }

  @Test
  void anyTypeWithTheSameEmailOrAccountWithin30DaysIsFlagged() {
    Probe p =
        new Probe(
            CaseType.PASSWORD_COMPROMISE,
            LocalDate.parse("2026-11-20"),
            "ACC-9",
            "kim@example.com");
    assertThat(
            reasons(
                p,
                stored(
                    1,
                    CaseType.CHILD_DATA_DELETION,
                    CaseStatus.NEW,
                    null,
                    "2026-10-21",
                    null,
                    "kim@example.com"),
                stored(
                    2, CaseType.CA_DISCLOSURE, CaseStatus.NEW, null, "2026-11-01", "ACC-9", null),
                stored(
                    3, CaseType.CA_DISCLOSURE, CaseStatus.NEW, null, "2026-10-20", "ACC-9", null)))
        .containsExactly(Reason.RECENT_SAME_EMAIL, Reason.RECENT_SAME_ACCOUNT);
  }
}
