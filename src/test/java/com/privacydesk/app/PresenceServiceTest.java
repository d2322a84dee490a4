package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.PresenceService;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "Presence": a workstation marks the cases its user has open; every other user asking
 * about those cases is told who has them open, never themselves; closing a case or signing out
 * takes the mark away; the marks are not evidence (nothing audited, no seal), so the trail still
 * verifies.
 */
class PresenceServiceTest {
  @TempDir Path dir;
  private Services s;
  private Actor ann;
  private Actor bob;
  private Actor sam;
  private long first;
  private long second;
  private long third;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    Actor admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    bob = TestServices.user(s, admin, "bob", Role.AGENT);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
    first = TestServices.optOut(s, admin, "one@example.com", "2026-11-10");
    second = TestServices.optOut(s, admin, "two@example.com", "2026-11-11");
    third = TestServices.optOut(s, admin, "three@example.com", "2026-11-12");
  }

  @AfterEach
  void close() {
    s.close();
  }

  @Test
  void othersAreToldWhoHasACaseOpenAndClosingOrLeavingTakesTheMarkAway() {
    PresenceService presence = s.presence();
    presence.beat(ann, Set.of(first, second));
    presence.beat(bob, Set.of(second));
    List<Long> all = List.of(first, second, third);

    assertThat(presence.others(sam, all))
        .isEqualTo(Map.of(first, List.of("ann"), second, List.of("ann", "bob")));
    assertThat(presence.others(ann, all))
        .as("never oneself")
        .isEqualTo(Map.of(second, List.of("bob")));

    presence.beat(ann, Set.of(second)); // she closed the first case
    assertThat(presence.others(sam, all)).isEqualTo(Map.of(second, List.of("ann", "bob")));

    presence.leave(bob); // signed out
    assertThat(presence.others(sam, all)).isEqualTo(Map.of(second, List.of("ann")));
    presence.beat(ann, Set.of());
    assertThat(presence.others(sam, all)).isEmpty();
    assertThat(presence.others(sam, List.of())).isEmpty();
  }

  @Test
  void aMarkNotRenewedLapsesAndMarksAreNotEvidence() {
    s.presence().beat(ann, Set.of(first));
    assertThat(s.presence().others(bob, List.of(first))).containsOnlyKeys(first);
    // a mark older than the window counts for nothing (a workstation that crashed)
    assertThat(s.presence().others(bob, List.of(first), java.time.Duration.ZERO)).isEmpty();
    var report = s.audit().verify();
    assertThat(report.intact()).as(String.valueOf(report.records())).isTrue();
  }
}
