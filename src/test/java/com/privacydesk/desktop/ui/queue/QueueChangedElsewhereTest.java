package com.privacydesk.desktop.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue offers a reload when a colleague changed cases since it was loaded, leaves the list
 * alone until the user takes it, and forgets the offer once reloaded.
 */
class QueueChangedElsewhereTest {
  @TempDir Path dir;

  @Test
  void aColleaguesNewCaseIsOfferedAsAReloadAndTheReloadShowsIt() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
      Actor bob = TestServices.user(s, admin, "bob", Role.AGENT);
      DialogService noDialogs =
          (DialogService)
              Proxy.newProxyInstance(
                  DialogService.class.getClassLoader(),
                  new Class<?>[] {DialogService.class},
                  (proxy, method, args) -> {
                    throw new AssertionError("no dialog expected: " + method.getName());
                  });
      var vm =
          new QueueViewModel(
              QueueViewModel.QueueServices.of(s),
              ann,
              new ImmediateUiTaskRunner(),
              noDialogs,
              () -> LocalDate.of(2026, 11, 20));
      vm.refresh();
      assertThat(vm.totalProperty().get()).isZero();

      vm.checkForChanges();
      assertThat(vm.changedElsewhereProperty().get()).isFalse();

      s.intake()
          .logOptOut(
              bob,
              new OptOutIntake(
                  "colleague@example.com",
                  OptOutScope.ALL_COMMERCIAL,
                  null,
                  Channel.PHONE,
                  LocalDateTime.of(2026, 11, 19, 9, 0)),
              Duplicates.ignore());
      vm.checkForChanges();
      assertThat(vm.changedElsewhereProperty().get()).isTrue();
      assertThat(vm.totalProperty().get()).as("the list is left as it was").isZero();

      vm.refresh();
      assertThat(vm.changedElsewhereProperty().get()).isFalse();
      assertThat(vm.totalProperty().get()).isEqualTo(1);
    }
  }
}
