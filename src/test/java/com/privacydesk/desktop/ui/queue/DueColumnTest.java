package com.privacydesk.desktop.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Due column says which clock it counts: a passed internal target is not "overdue" while the
 * law's date is still ahead, and is marked less strongly than a statutory deadline missed.
 */
class DueColumnTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @TempDir Path dir;
  private Services s;
  private QueueViewModel vm;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    var admin = TestServices.admin(s);
    DialogService none =
        new DialogService() {
          @Override
          public void showError(String title, String message) {}

          @Override
          public void showInfo(String title, String message) {}

          @Override
          public void openDocument(Path file) {}
        };
    vm =
        new QueueViewModel(
            QueueViewModel.QueueServices.of(s),
            admin,
            new ImmediateUiTaskRunner(),
            none,
            () -> TODAY);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private static CaseSummary ca(
      CaseStatus status, LocalDate due, String clock, LocalDate statutory) {
    return new CaseSummary(
        7,
        CaseType.CA_DISCLOSURE,
        status,
        Channel.POSTAL_MAIL,
        TODAY.minusDays(63),
        due,
        null,
        null,
        1,
        "",
        clock,
        statutory,
        java.util.Set.of());
  }

  @Test
  void aPassedInternalTargetNamesBothClocksAndIsNotCalledOverdue() {
    CaseSummary c = ca(CaseStatus.IN_PROGRESS, TODAY.minusDays(33), "internal", TODAY.plusDays(87));
    assertThat(vm.due().text(c))
        .isEqualTo("internal target passed 33 days ago · statutory 2027-03-01 · 87 days left");
    assertThat(vm.due().urgency(c)).isEqualTo(DueBadge.Urgency.INTERNAL_OVERDUE);
  }

  @Test
  void aMissedStatutoryDeadlineIsOverdueAndSaysWhichClock() {
    CaseSummary c = ca(CaseStatus.IN_PROGRESS, TODAY.minusDays(5), "statutory", TODAY.minusDays(5));
    assertThat(vm.due().text(c)).isEqualTo("statutory 2026-11-29 · ⚠ 5 days overdue");
    assertThat(vm.due().urgency(c)).isEqualTo(DueBadge.Urgency.OVERDUE);
  }

  @Test
  void theNearestClockDueSoonOrLaterOrEnded() {
    CaseSummary soon = ca(CaseStatus.NEW, TODAY.plusDays(2), "internal", TODAY.plusDays(30));
    assertThat(vm.due().text(soon)).isEqualTo("internal 2026-12-06 · 2 days left");
    assertThat(vm.due().urgency(soon)).isEqualTo(DueBadge.Urgency.DUE_SOON);
    CaseSummary today = ca(CaseStatus.NEW, TODAY, "statutory", TODAY);
    assertThat(vm.due().text(today)).isEqualTo("statutory 2026-12-04 · due today");
    CaseSummary later = ca(CaseStatus.NEW, TODAY.plusDays(20), "statutory", TODAY.plusDays(20));
    assertThat(vm.due().urgency(later)).isEqualTo(DueBadge.Urgency.NONE);
    CaseSummary ended = ca(CaseStatus.CLOSED, null, null, null);
    assertThat(vm.due().text(ended)).isEmpty();
    assertThat(vm.due().urgency(ended)).isEqualTo(DueBadge.Urgency.NONE);
  }
}
