package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's question "did someone else change a case since I loaded the list?": yes for a
 * colleague's new case or change, no for the user's own changes and for reads (a reveal).
 */
@Tag("fast")
class ChangedElsewhereTest {
  @TempDir Path dir;

  private static OptOutIntake optOut(String email) {
    return new OptOutIntake(
        email,
        OptOutScope.ALL_COMMERCIAL,
        null,
        Channel.PHONE,
        LocalDateTime.of(2026, 11, 19, 9, 0));
  }

  @Test
  void onlyOtherPeoplesChangesOfCasesCount() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
      Actor bob = TestServices.user(s, admin, "bob", Role.AGENT);
      long id = s.intake().logOptOut(ann, optOut("first@example.com"), Duplicates.ignore());

      long annLoaded = s.queries().changeMark();
      s.workflow().addNote(ann, id, s.queries().detail(ann, id).version(), "called back");
      assertThat(s.queries().changedElsewhere(ann, annLoaded)).as("her own note").isFalse();
      s.queries().reveal(bob, id, "checking the address");
      assertThat(s.queries().changedElsewhere(ann, annLoaded)).as("a colleague's reveal").isFalse();
      TestServices.user(s, admin, "cy", Role.SUPERVISOR);
      assertThat(s.queries().changedElsewhere(ann, annLoaded)).as("a new account").isFalse();

      s.intake().logOptOut(bob, optOut("second@example.com"), Duplicates.ignore());
      assertThat(s.queries().changedElsewhere(ann, annLoaded))
          .as("a colleague's new case")
          .isTrue();

      long reloaded = s.queries().changeMark();
      assertThat(s.queries().changedElsewhere(ann, reloaded)).isFalse();
      s.workflow().addNote(bob, id, s.queries().detail(bob, id).version(), "second call");
      assertThat(s.queries().changedElsewhere(ann, reloaded)).as("a colleague's note").isTrue();
      assertThat(s.queries().changedElsewhere(bob, reloaded)).as("bob's own").isFalse();
    }
  }
}
