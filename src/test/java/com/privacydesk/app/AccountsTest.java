package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.TestServices.AuditRow;
import com.privacydesk.app.auth.AccountLockedException;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.app.auth.UserService.Account;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Account administration, password changes and the sign-in lock-out. */
@Tag("fast")
class AccountsTest {
  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;

  @BeforeEach
  void open() {
    s = TestServices.open(dir, clock);
    admin = TestServices.admin(s);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private void failSignIn(String name, int times) {
    for (int i = 0; i < times; i++) {
      assertThatThrownBy(() -> s.users().authenticate(name, "wrong password!".toCharArray()))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
    TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 4);
    assertThatThrownBy(() -> s.users().authenticate("ann", "wrong password!".toCharArray()))
        .isInstanceOfSatisfying(
            AccountLockedException.class, e -> assertThat(e.minutesLeft()).isEqualTo(15));
    // even the right password is refused while locked, with the time left
    clock.advance(Duration.ofMinutes(10));
    assertThatThrownBy(() -> s.users().authenticate("ann", "password-ann".toCharArray()))
        .isInstanceOfSatisfying(
            AccountLockedException.class, e -> assertThat(e.minutesLeft()).isEqualTo(5));
    clock.advance(Duration.ofMinutes(5));
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray()).username())
        .isEqualTo("ann");
    assertThat(TestServices.auditRows(s))
        .extracting(AuditRow::action)
        .containsSubsequence("SIGN_IN_FAILED", "SIGN_IN_FAILED", "USER_LOCKED", "SIGN_IN");
    AuditRow locked =
        TestServices.auditRows(s).stream()
            .filter(r -> r.action().equals("USER_LOCKED"))
            .findFirst()
            .orElseThrow();
    assertThat(locked.actorName()).isEqualTo("ann");
    assertThat(locked.detail()).isEqualTo("failures=5 minutes=15");
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 4);
    s.users().authenticate("ann", "password-ann".toCharArray());
    failSignIn("ann", 4);
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray())).isNotNull();
  }

  @Test
  void theLockOutIsASettingAndAnAdminCanLiftIt() {
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    for (CaseType t : CaseType.values()) {
      months.put(t, Math.max(24, RetentionPolicy.minimumFor(t)));
    }
    s.settings().update(admin, new RetentionPolicy(months), new LockoutPolicy(3, 60));
    assertThat(s.settings().lockout()).isEqualTo(new LockoutPolicy(3, 60));
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 2);
    assertThatThrownBy(() -> s.users().authenticate("ann", "x-wrong-password".toCharArray()))
        .isInstanceOfSatisfying(
            AccountLockedException.class, e -> assertThat(e.minutesLeft()).isEqualTo(60));
    assertThat(s.users().listAccounts(admin))
        .filteredOn(a -> a.username().equals("ann"))
        .extracting(Account::lockedUntil)
        .containsExactly(TestServices.NOW.plus(Duration.ofMinutes(60)));
    s.users().unlock(admin, ann.userId());
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray())).isNotNull();
  }

  @Test
  void disabledAccountsCannotSignInUntilReEnabled() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    s.users().setEnabled(admin, ann.userId(), false);
    assertThatThrownBy(() -> s.users().authenticate("ann", "password-ann".toCharArray()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(s.users().listEnabled(admin)).extracting(u -> u.username()).doesNotContain("ann");
    s.users().setEnabled(admin, ann.userId(), true);
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray())).isNotNull();
    assertThat(TestServices.auditRows(s))
        .filteredOn(r -> r.action().startsWith("USER_"))
        .extracting(r -> r.action() + " " + r.actorName() + " " + r.entityId())
        .contains("USER_DISABLE admin " + ann.userId(), "USER_ENABLE admin " + ann.userId());
  }

  @Test
  void aDemotedSessionLosesItsRoleAtItsNextCall() {
    Actor lead = TestServices.user(s, admin, "lead", Role.SUPERVISOR);
    LockoutPolicy before = s.settings().lockout();
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    for (CaseType t : CaseType.values()) {
      months.put(t, Math.max(24, RetentionPolicy.minimumFor(t)));
    }
    s.users().changeRole(admin, lead.userId(), Role.AGENT);
    // the session still says SUPERVISOR; the account no longer does
    assertThatThrownBy(
            () -> s.settings().update(lead, new RetentionPolicy(months), new LockoutPolicy(50, 1)))
        .isInstanceOfSatisfying(
            AccountChangedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.accountChanged.role");
              assertThat(e.messageArgs()).containsExactly(Role.SUPERVISOR, Role.AGENT);
            });
    assertThat(s.settings().lockout()).isEqualTo(before);
    assertThatThrownBy(() -> s.intake().logCaDisclosure(lead, caDisclosure()))
        .isInstanceOf(AccountChangedException.class);
    assertThat(s.queries().anyCases()).isFalse();
    // signed in again, the account works with its new role
    Actor again = s.users().authenticate("lead", "password-lead".toCharArray());
    assertThat(again.role()).isEqualTo(Role.AGENT);
    assertThat(s.intake().logCaDisclosure(again, caDisclosure())).isPositive();
  }

  @Test
  void aDisabledSessionDoesNothingMoreButMaySignOut() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    s.users().setEnabled(admin, ann.userId(), false);
    assertThatThrownBy(() -> s.intake().logCaDisclosure(ann, caDisclosure()))
        .isInstanceOfSatisfying(
            AccountChangedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.accountChanged.disabled"));
    assertThatThrownBy(() -> s.queries().page(ann, 0, 10))
        .isInstanceOf(AccountChangedException.class);
    assertThat(s.queries().anyCases()).isFalse();
    s.users().signOut(ann);
    assertThat(TestServices.auditRows(s))
        .extracting(r -> r.action() + " " + r.actorName())
        .contains("SIGN_OUT ann");
  }

  private static com.privacydesk.domain.intake.CaDisclosureIntake caDisclosure() {
    return new com.privacydesk.domain.intake.CaDisclosureIntake(
        new com.privacydesk.domain.intake.CommonIntake(
            com.privacydesk.domain.Channel.POSTAL_MAIL,
            java.time.LocalDateTime.parse("2026-11-19T09:30"),
            com.privacydesk.domain.intake.RequesterKind.SELF,
            "ACC-1001",
            "reply@example.com"),
        com.privacydesk.domain.intake.ResidencyBasis.SERVICE_ADDRESS,
        true,
        null);
  }

  @Test
  void theLastAdministratorCannotBeDisabledOrDemoted() {
    assertThatThrownBy(() -> s.users().setEnabled(admin, admin.userId(), false))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("refused.users.self"));
    assertThatThrownBy(() -> s.users().changeRole(admin, admin.userId(), Role.SUPERVISOR))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("refused.users.lastAdmin"));
    Actor second = TestServices.user(s, admin, "root2", Role.ADMIN);
    s.users().changeRole(second, admin.userId(), Role.SUPERVISOR);
    assertThat(s.users().listAccounts(second))
        .filteredOn(a -> a.username().equals("admin"))
        .extracting(Account::role)
        .containsExactly(Role.SUPERVISOR);
    assertThat(TestServices.auditRows(s))
        .filteredOn(r -> r.action().equals("USER_ROLE"))
        .extracting(r -> r.actorName() + ": " + r.detail())
        .containsExactly("root2: role=ADMIN -> SUPERVISOR");
  }

  @Test
  void passwordsChangeWithTheCurrentOneOrByAnAdmin() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    assertThatThrownBy(
            () ->
                s.users()
                    .changePassword(
                        ann, "not my password".toCharArray(), "a new long password".toCharArray()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("currentPassword", "password.current")));
    assertThatThrownBy(
            () ->
                s.users().changePassword(ann, "password-ann".toCharArray(), "short".toCharArray()))
        .isInstanceOf(ValidationException.class);
    s.users()
        .changePassword(ann, "password-ann".toCharArray(), "a new long password".toCharArray());
    assertThatThrownBy(() -> s.users().authenticate("ann", "password-ann".toCharArray()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(s.users().authenticate("ann", "a new long password".toCharArray())).isNotNull();

    s.users().resetPassword(admin, ann.userId(), "set by the admin".toCharArray());
    assertThat(s.users().authenticate("ann", "set by the admin".toCharArray())).isNotNull();
    assertThatThrownBy(
            () -> s.users().resetPassword(ann, admin.userId(), "take over admin".toCharArray()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(TestServices.auditRows(s))
        .filteredOn(r -> r.action().startsWith("PASSWORD_"))
        .extracting(r -> r.action() + " " + r.actorName() + " " + r.detail())
        .containsExactly("PASSWORD_CHANGE ann ", "PASSWORD_RESET admin ");
  }

  @Test
  void everyAuditEntryNamesAUser() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 1);
    s.users().setEnabled(admin, ann.userId(), false);
    assertThat(TestServices.auditRows(s))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.actorName()).isNotBlank());
  }
}
