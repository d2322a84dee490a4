package com.privacydesk.desktop.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.NotificationService.Kind;
import com.privacydesk.app.cases.NotificationService.Notice;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder tray's model: what happened while the agent was away comes from the kept position;
 * the toast shows what a colleague did before the day's deadline list; a deadline reminder comes
 * once a day; the position and the kinds turned off are kept in the user's preferences.
 */
class NotificationsViewModelTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private Services s;
  private Actor ann;
  private Actor sam;
  private final Map<String, String> kept = new HashMap<>();

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    Actor admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private long optOut(String email, String received) {
    return TestServices.optOut(s, sam, email, received);
  }

  private void assign(long id) {
    s.assignments().assign(sam, id, ann.userId(), s.queries().detail(sam, id).version());
  }

  private NotificationsViewModel vm() {
    return new NotificationsViewModel(
        s.notifications(),
        ann,
        new ImmediateUiTaskRunner(),
        () -> TODAY,
        Map.copyOf(kept),
        kept::put);
  }

  @Test
  void theToastShowsWhatAColleagueDidBeforeTheDaysDeadlinesAndEachDeadlineComesOnce() {
    long late = optOut("late@example.com", "2026-10-01");
    assign(late); // overdue, and assigned before the position below
    kept.put(NotificationsViewModel.MARK_KEY, Long.toString(s.notifications().mark(sam)));
    long fresh = optOut("fresh@example.com", "2026-11-19");
    assign(fresh); // while she was away

    NotificationsViewModel vm = vm();
    vm.start();
    assertThat(vm.notices())
        .extracting(Notice::kind, Notice::caseId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.ASSIGNED, fresh),
            org.assertj.core.groups.Tuple.tuple(Kind.OVERDUE, late));
    assertThat(vm.unreadProperty().get()).isEqualTo(2);
    assertThat(vm.latestProperty().get().kind()).isEqualTo(Kind.ASSIGNED);
    assertThat(NotificationsViewModel.text(vm.latestProperty().get()))
        .isEqualTo(
            "Case #"
                + fresh
                + " (Email opt-out) was assigned to you · due "
                + s.queries().detail(ann, fresh).detail().summary().dueDate());
    // the position checked is kept: the next session starts after it
    assertThat(kept.get(NotificationsViewModel.MARK_KEY))
        .isEqualTo(Long.toString(s.notifications().mark(sam)));

    vm.markRead();
    vm.check(); // the same day: the overdue case is not told again
    assertThat(vm.notices()).hasSize(2);
    assertThat(vm.unreadProperty().get()).isZero();

    vm.setEnabled(Kind.NOTE, false);
    assertThat(kept).containsEntry(NotificationsViewModel.KEY_PREFIX + Kind.NOTE, "off");
    assertThat(vm().isEnabled(Kind.NOTE)).isFalse();
  }
}
