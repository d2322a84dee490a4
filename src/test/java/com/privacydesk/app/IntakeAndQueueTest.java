package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("fast")
class IntakeAndQueueTest {
  @TempDir Path dir;

  private static OptOutIntake optOut(String email, LocalDateTime received) {
    return new OptOutIntake(email, OptOutScope.ALL_COMMERCIAL, null, Channel.WEB_FORM, received);
  }

  @Test
  void loggedOptOutIsInTheQueueWithItsStatutoryDueDateAndSurvivesARestart() {
    long id;
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      id =
          s.intake()
              .logOptOut(agent, optOut("jane@example.com", LocalDateTime.of(2026, 11, 20, 9, 30)));
    }
    try (Services s = TestServices.open(dir)) {
      Actor ann = s.users().authenticate("ann", "password-ann".toCharArray());
      var page = s.queries().page(ann, 0, 50);
      assertThat(page.total()).isEqualTo(1);
      CaseSummary row = page.rows().getFirst();
      assertThat(row.id()).isEqualTo(id);
      assertThat(row.type()).isEqualTo(CaseType.EMAIL_OPT_OUT);
      assertThat(row.status()).isEqualTo(CaseStatus.NEW);
      assertThat(row.receivedDate()).isEqualTo(LocalDate.of(2026, 11, 20));
      // 10 business days, skipping Thanksgiving (Nov 26)
      assertThat(row.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
      assertThat(row.assigneeName()).isNull();
    }
  }

  @Test
  void invalidInputSavesNothing() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      assertThatThrownBy(
              () ->
                  s.intake()
                      .logOptOut(
                          admin, optOut("not-an-email", LocalDateTime.of(2026, 11, 20, 9, 0))))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors()).containsExactly(new FieldError("email", "email.invalid")));
      // 10:00 New York is "now"; 10:01 is in the future.
      assertThatThrownBy(
              () ->
                  s.intake()
                      .logOptOut(
                          admin, optOut("jane@example.com", LocalDateTime.of(2026, 11, 20, 10, 1))))
          .isInstanceOf(ValidationException.class);
      assertThat(s.queries().page(admin, 0, 10).total()).isZero();
    }
  }

  @Test
  void queueListsNearestDueDateFirst() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      long later =
          s.intake()
              .logOptOut(admin, optOut("a@example.com", LocalDateTime.of(2026, 11, 19, 9, 0)));
      long sooner =
          s.intake().logOptOut(admin, optOut("b@example.com", LocalDateTime.of(2026, 11, 2, 9, 0)));
      assertThat(s.queries().page(admin, 0, 10).rows())
          .extracting(CaseSummary::id)
          .containsExactly(sooner, later);
      assertThat(s.queries().page(admin, 1, 10).rows())
          .extracting(CaseSummary::id)
          .containsExactly(later);
    }
  }

  @Test
  void assigningToOthersIsForSupervisorsOnly() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      Actor supervisor = TestServices.user(s, admin, "sue", Role.SUPERVISOR);
      long id =
          s.intake()
              .logOptOut(agent, optOut("jane@example.com", LocalDateTime.of(2026, 11, 20, 9, 0)));

      assertThatThrownBy(() -> s.assignments().assign(agent, id, supervisor.userId(), 0))
          .isInstanceOf(AccessDeniedException.class);

      s.assignments().assign(supervisor, id, agent.userId(), 0);
      CaseSummary row = s.queries().page(agent, 0, 10).rows().getFirst();
      assertThat(row.assigneeName()).isEqualTo("ann");
      assertThat(row.version()).isEqualTo(1);
    }
  }

  @Test
  void staleVersionIsRefusedNotOverwritten() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      long id =
          s.intake()
              .logOptOut(agent, optOut("jane@example.com", LocalDateTime.of(2026, 11, 20, 9, 0)));
      s.assignments().take(admin, id, 0);
      assertThatThrownBy(() -> s.assignments().take(agent, id, 0))
          .isInstanceOf(ConcurrentEditException.class);
      assertThat(s.queries().page(agent, 0, 10).rows().getFirst().assigneeName())
          .isEqualTo("admin");
    }
  }
}
