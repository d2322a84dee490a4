package com.privacydesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.Checklist;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seed-demo: realistic, complete, consistent and repeatable demo data. */
class DemoSeederTest {
  private static final int CASES = 2_500;

  @TempDir Path one;
  @TempDir Path two;

  // the same entries, in the same order (the hashes differ: each database has its own key)
  private record Seeded(List<CaseSummary> rows, long entries, DemoSeeder.Result result) {}

  private Seeded seed(Path dir, List<long[]> progress) {
    try (Services s = TestServices.open(dir)) {
      DemoSeeder.Result result =
          s.demoSeeder().seed(CASES, 7, (done, total) -> progress.add(new long[] {done, total}));
      Actor lead = s.users().authenticate("lead01", DemoSeeder.DEMO_PASSWORD.toCharArray());
      List<CaseSummary> rows = new ArrayList<>();
      for (int offset = 0; offset < CASES; offset += 1_000) {
        rows.addAll(
            s.queries().page(lead, CaseFilter.ALL, CaseSort.CASE_NUMBER, offset, 1_000).rows());
      }
      var v = s.audit().verify();
      assertThat(v.intact()).as("audit chain").isTrue();
      checkClosedCasesHaveTheirTicks(s, lead, rows);
      return new Seeded(rows, v.entries(), result);
    }
  }

  private static void checkClosedCasesHaveTheirTicks(
      Services s, Actor lead, List<CaseSummary> rows) {
    int checked = 0;
    for (CaseSummary c : rows) {
      if (c.status() != CaseStatus.CLOSED || checked >= 150) {
        continue;
      }
      CaseFile f = s.queries().detail(lead, c.id());
      assertThat(Checklist.missingFor(f.outcome(), f.checklist()))
          .as("case %d closed as %s", c.id(), f.outcome())
          .isEmpty();
      assertThat(c.dueDate()).isNull();
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @Test
  void fillsAnEmptyDatabaseWithEveryKindOfCaseRepeatably() {
    List<long[]> progress = new ArrayList<>();
    Seeded a = seed(one, progress);
    assertThat(a.rows()).hasSize(CASES);
    assertThat(a.result().cases()).isEqualTo(CASES);
    assertThat(progress.getLast()).containsExactly(CASES, CASES);
    Set<CaseType> types = EnumSet.noneOf(CaseType.class);
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    a.rows().forEach(r -> types.add(r.type()));
    a.rows().forEach(r -> statuses.add(r.status()));
    assertThat(types).containsExactlyInAnyOrder(CaseType.values());
    assertThat(statuses)
        .contains(
            CaseStatus.NEW,
            CaseStatus.IN_PROGRESS,
            CaseStatus.AWAITING_VERIFICATION,
            CaseStatus.CLOSED,
            CaseStatus.REJECTED,
            CaseStatus.WITHDRAWN);
    // open cases carry their nearest clock; received dates span two years
    assertThat(a.rows().stream().filter(r -> r.status().isOpen()))
        .allSatisfy(r -> assertThat(r.dueDate()).isNotNull());
    assertThat(a.rows().getFirst().receivedDate())
        .isBefore(a.rows().getLast().receivedDate().minusMonths(23));

    Seeded b = seed(two, new ArrayList<>());
    assertThat(b.rows()).isEqualTo(a.rows());
    assertThat(b.entries()).isEqualTo(a.entries());
  }

  @Test
  void refusesADatabaseThatAlreadyHoldsCases() {
    seed(one, new ArrayList<>());
    try (Services s = TestServices.open(one)) {
      assertThatThrownBy(() -> s.demoSeeder().seed(10, 1, (d, t) -> {}))
          .isInstanceOf(RefusedException.class);
    }
  }

  @Test
  void aDatabaseWithAccountsGetsDemoAccountsOnlyFromAnAdministrator() {
    try (Services s = TestServices.open(one)) {
      Actor admin = TestServices.admin(s);
      Actor ann = TestServices.user(s, admin, "ann", com.privacydesk.domain.user.Role.SUPERVISOR);
      // the published demo password must not open a database somebody already runs
      assertThatThrownBy(() -> s.demoSeeder().seed(20, 1, (done, total) -> {}))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("seed.hasUsers");
      assertThatThrownBy(() -> s.demoSeeder().seed(ann, 20, 1, (done, total) -> {}))
          .isInstanceOf(RefusedException.class);
      assertThat(s.backups().check().users()).isEqualTo(2);
      assertThat(s.demoSeeder().seed(admin, 20, 1, (done, total) -> {}).cases()).isEqualTo(20);
    }
  }
}
