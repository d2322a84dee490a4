package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.auth.AuthenticationException;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("fast")
class UserServiceTest {
  @TempDir Path dir;
  private Services services;

  @BeforeEach
  void open() {
    services = TestServices.open(dir);
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void freshDatabaseNeedsAFirstAdmin() {
    assertThat(services.users().needsFirstAdmin()).isTrue();
    Actor admin = TestServices.admin(services);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(services.users().needsFirstAdmin()).isFalse();
  }

  @Test
  void firstAdminCannotBeCreatedTwice() {
    TestServices.admin(services);
    assertThatThrownBy(
            () -> services.users().createFirstAdmin("other", "another password".toCharArray()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void signInChecksThePasswordAndIgnoresNameCase() {
    TestServices.admin(services);
    assertThat(
            services
                .users()
                .authenticate(" ADMIN ", TestServices.ADMIN_PASSWORD.toCharArray())
                .username())
        .isEqualTo("admin");
    assertThatThrownBy(() -> services.users().authenticate("admin", "wrong password".toCharArray()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(
            () -> services.users().authenticate("nobody", "wrong password".toCharArray()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void agentMayNotAddUsers() {
    Actor admin = TestServices.admin(services);
    Actor agent = TestServices.user(services, admin, "ann", Role.AGENT);
    assertThatThrownBy(
            () -> services.users().addUser(agent, "bob", Role.AGENT, "password-bob".toCharArray()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void weakPasswordsAndTakenNamesAreRefusedByField() {
    Actor admin = TestServices.admin(services);
    assertThatThrownBy(
            () -> services.users().addUser(admin, "bob", Role.AGENT, "short".toCharArray()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("password", "password.short")));
    assertThatThrownBy(
            () ->
                services
                    .users()
                    .addUser(admin, "Admin", Role.AGENT, "long enough pw".toCharArray()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("username", "username.taken")));
  }
}
