package com.privacydesk.desktop.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.OptOutScope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's behaviour without any JavaFX toolkit: properties only. */
class NewOptOutViewModelTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

  @TempDir Path dir;
  private Services services;
  private Actor admin;
  private NewOptOutViewModel vm;
  private final List<Long> saved = new ArrayList<>();

  @BeforeEach
  void setUp() {
    services = TestServices.open(dir);
    admin = TestServices.admin(services);
    vm = new NewOptOutViewModel(services.intake(), admin, new ImmediateUiTaskRunner(), () -> NOW);
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  @Test
  void receivedDefaultsToNowInTheCompanyZone() {
    assertThat(vm.receivedDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(vm.receivedTimeProperty().get()).isEqualTo("10:00");
  }

  @Test
  void aReceivedDatePastTheSettingIsLoggedOnlyOnceTheAgentConfirmsIt() {
    List<Long> asked = new ArrayList<>();
    boolean[] answer = {false};
    IntakeSaver.OldReceiptConfirmer agent =
        (days, received) -> {
          asked.add(days);
          return answer[0];
        };
    vm.setConfirmReceivedDays(90);
    vm.setOldReceiptConfirmer(agent);
    vm.emailProperty().set("jane@example.com");
    vm.receivedDateProperty().set(LocalDate.of(2026, 8, 22)); // 90 days back: no question
    vm.save(saved::add);
    assertThat(asked).isEmpty();
    assertThat(saved).hasSize(1);

    var second =
        new NewOptOutViewModel(services.intake(), admin, new ImmediateUiTaskRunner(), () -> NOW);
    second.setConfirmReceivedDays(90);
    second.setOldReceiptConfirmer(agent);
    second.emailProperty().set("john@example.com");
    second.receivedDateProperty().set(LocalDate.of(2025, 11, 20)); // a year back, likely a typo
    second.save(saved::add);
    assertThat(asked).containsExactly(365L);
    assertThat(saved).hasSize(1);
    assertThat(second.fieldErrors().get("received")).contains("Check the received date");
    assertThat(second.emailProperty().get()).isEqualTo("john@example.com");

    second.receivedDateProperty().set(LocalDate.of(2025, 11, 21));
    assertThat(second.fieldErrors().get("received")).isEmpty();
    answer[0] = true;
    second.save(saved::add);
    assertThat(asked).containsExactly(365L, 364L);
    assertThat(saved).hasSize(2);
  }

  @Test
  void invalidEmailShowsTheFieldErrorAndSavesNothing() {
    vm.emailProperty().set("jane@");
    vm.save(saved::add);
    assertThat(vm.fieldErrors().get("email"))
        .isEqualTo("Enter a valid email address, like name@example.com.");
    assertThat(saved).isEmpty();
    assertThat(services.queries().page(admin, 0, 10).total()).isZero();
  }

  @Test
  void unreadableTimeIsReportedOnTheReceivedField() {
    vm.emailProperty().set("jane@example.com");
    vm.receivedTimeProperty().set("quarter past nine");
    vm.save(saved::add);
    assertThat(vm.fieldErrors().get("received")).contains("hours and minutes");
    assertThat(vm.fieldErrors().get("email")).isEmpty();
    assertThat(saved).isEmpty();
  }

  @Test
  void selectedCategoriesWithoutCategoriesIsRefused() {
    vm.emailProperty().set("jane@example.com");
    vm.scopeProperty().set(OptOutScope.SELECTED_CATEGORIES);
    vm.save(saved::add);
    assertThat(vm.fieldErrors().get("categories")).isNotEmpty();
    assertThat(saved).isEmpty();
  }

  @Test
  void validInputSavesOnceAndReportsTheNewCaseId() {
    vm.emailProperty().set("jane@example.com");
    vm.receivedTimeProperty().set("9:15");
    vm.save(saved::add);
    assertThat(vm.fieldErrors().isEmpty()).isTrue();
    assertThat(saved).hasSize(1);
    assertThat(services.queries().page(admin, 0, 10).rows().getFirst().id())
        .isEqualTo(saved.getFirst());
  }

  @Test
  void anErrorGoesAwayAsSoonAsItsFieldIsValidAndOnlyThen() {
    vm.emailProperty().set("jane@");
    vm.receivedTimeProperty().set("quarter past nine");
    vm.save(saved::add);
    assertThat(vm.fieldErrors().get("email")).isNotEmpty();
    assertThat(vm.fieldErrors().get("received")).isNotEmpty();

    vm.emailProperty().set("jane@exa"); // still not an address
    assertThat(vm.fieldErrors().get("email")).isNotEmpty();
    vm.emailProperty().set("jane@example.com");
    assertThat(vm.fieldErrors().get("email")).as("fixed: cleared without saving").isEmpty();
    assertThat(vm.fieldErrors().get("received")).as("the other field still wrong").isNotEmpty();
    vm.receivedTimeProperty().set("9:15");
    assertThat(vm.fieldErrors().isEmpty()).isTrue();
    assertThat(saved).isEmpty();
  }
}
