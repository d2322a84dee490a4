package com.privacydesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.user.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("fast")
class PermissionTest {
  @ParameterizedTest(name = "{0} as {1}: {2}")
  @CsvSource({
    "VIEW_QUEUE, AGENT, true",
    "CREATE_CASE, AGENT, true",
    "TAKE_CASE, AGENT, true",
    "ASSIGN_CASE, AGENT, false",
    "ASSIGN_CASE, SUPERVISOR, true",
    "MANAGE_USERS, SUPERVISOR, false",
    "MANAGE_USERS, ADMIN, true",
    "ASSIGN_CASE, ADMIN, true",
  })
  void roleMatrix(Permission permission, Role role, boolean granted) {
    assertThat(permission.grantedTo(role)).isEqualTo(granted);
  }
}
