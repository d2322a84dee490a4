package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.app.auth.UserService.Account;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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

  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void open() {
    s = TestServices.open(dir, clock);
    admin = TestServices.admin(s);
    s.users().waitWith(waits::add);
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

  /** The delays the sign-in's answers waited, in seconds, from {@code from} on. */
  private List<Long> waitedSince(int from) {
    return waits.subList(from, waits.size()).stream().map(Duration::toSeconds).toList();
  }

  private String failure(String name, String password) {
    Throwable t = catchThrowable(() -> s.users().authenticate(name, password.toCharArray()));
    assertThat(t).isInstanceOf(AuthenticationException.class);
    return ((AuthenticationException) t).messageKey() + ": " + t.getMessage();
  }

  @Test
  void everyFailureGetsTheSameAnswerAndTheSameDelaysWhetherTheAccountExistsOrNot() {
    Actor bob = TestServices.user(s, admin, "bob", Role.AGENT);
    TestServices.user(s, admin, "ann", Role.AGENT);
    s.users().setEnabled(admin, bob.userId(), false);
    List<String> answers = new ArrayList<>();
    // a real account, a wrong password
    for (int i = 0; i < 7; i++) {
      answers.add(failure("ann", "wrong password!"));
    }
    assertThat(waitedSince(0)).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L);
    // the right password signs in at once: nobody can lock an account
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray()).username())
        .isEqualTo("ann");
    assertThat(waits).hasSize(7);
    // a name no account has
    int from = waits.size();
    for (int i = 0; i < 7; i++) {
      answers.add(failure("nobody", "wrong password!"));
    }
    assertThat(waitedSince(from)).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L);
    s.users().authenticate("ann", "password-ann".toCharArray());
    // a disabled account, with its right password
    from = waits.size();
    for (int i = 0; i < 7; i++) {
      answers.add(failure("bob", "password-bob"));
    }
    assertThat(waitedSince(from)).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L);
    assertThat(answers).hasSize(21).containsOnly(answers.get(0));
    assertThat(TestServices.auditRows(s))
        .extracting(r -> r.action() + " " + r.actorName() + " " + r.detail())
        .contains(
            "SIGN_IN_FAILED ann failures=5",
            "SIGN_IN_THROTTLED ann failures=6",
            "SIGN_IN_FAILED PrivacyDesk unknown name",
            "SIGN_IN_THROTTLED bob failures=6");
  }

  @Test
  void failuresElsewhereWithTheSameNameDelayTheAnswerButNeverLockTheAccount() {
    TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 20);
    assertThat(s.users().listAccounts(admin))
        .filteredOn(a -> a.username().equals("ann"))
        .extracting(Account::failedSignIns)
        .containsExactly(20);
    // the delay doubles up to the policy's longest (1 minute by default)
    assertThat(waitedSince(0))
        .startsWith(0L, 0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L)
        .endsWith(60L);
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray())).isNotNull();
    assertThat(s.users().listAccounts(admin))
        .filteredOn(a -> a.username().equals("ann"))
        .extracting(Account::failedSignIns)
        .containsExactly(0);
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 4);
    s.users().authenticate("ann", "password-ann".toCharArray());
    failSignIn("ann", 4);
    assertThat(s.users().authenticate("ann", "password-ann".toCharArray())).isNotNull();
    assertThat(waits).containsOnly(Duration.ZERO);
  }

  @Test
  void theDelayIsASettingAndAnAdminCanClearAnAccountsFailures() {
    Map<CaseType, Integer> months = new EnumMap<>(CaseType.class);
    for (CaseType t : CaseType.values()) {
      months.put(t, Math.max(24, RetentionPolicy.minimumFor(t)));
    }
    s.settings().update(admin, new RetentionPolicy(months), new LockoutPolicy(3, 2));
    assertThat(s.settings().lockout()).isEqualTo(new LockoutPolicy(3, 2));
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    failSignIn("ann", 12);
    assertThat(waitedSince(0))
        .containsExactly(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L);
    s.users().unlock(admin, ann.userId());
    assertThat(s.users().listAccounts(admin))
        .filteredOn(a -> a.username().equals("ann"))
        .extracting(Account::failedSignIns)
        .containsExactly(0);
    assertThat(TestServices.auditRows(s))
        .extracting(r -> r.action() + " " + r.actorName())
        .contains("USER_UNLOCK admin");
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
    assertThatThrownBy(() -> s.intake().logCaDisclosure(lead, TestServices.caDisclosure()))
        .isInstanceOf(AccountChangedException.class);
    assertThat(s.queries().anyCases()).isFalse();
    // signed in again, the account works with its new role
    Actor again = s.users().authenticate("lead", "password-lead".toCharArray());
    assertThat(again.role()).isEqualTo(Role.AGENT);
    assertThat(s.intake().logCaDisclosure(again, TestServices.caDisclosure())).isPositive();
  }

  @Test
  void aDisabledSessionDoesNothingMoreButMaySignOut() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    s.users().setEnabled(admin, ann.userId(), false);
    assertThatThrownBy(() -> s.intake().logCaDisclosure(ann, TestServices.caDisclosure()))
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
