package com.privacydesk.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows on one case, without a JavaFX toolkit: the second save is refused and reloads. */
class CaseDetailViewModelTest {
  @TempDir Path dir;
  private Services s;
  private long caseId;
  private CaseDetailViewModel ann;
  private CaseDetailViewModel sam;

  private CaseDetailViewModel window(Actor actor) {
    CaseDetailViewModel vm =
        new CaseDetailViewModel(
            s.queries(),
            s.workflow(),
            s.assignments(),
            actor,
            new ImmediateUiTaskRunner(),
            () -> LocalDate.of(2026, 11, 20),
            () -> ZoneId.of("America/New_York"));
    vm.load(caseId);
    return vm;
  }

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    Actor admin = TestServices.admin(s);
    caseId =
        s.intake()
            .logOptOut(
                admin,
                new OptOutIntake(
                    "jane@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 16, 9, 0)));
    ann = window(TestServices.user(s, admin, "ann", Role.AGENT));
    sam = window(TestServices.user(s, admin, "sam", Role.SUPERVISOR));
  }

  @AfterEach
  void close() {
    s.close();
  }

  @Test
  void theSecondWindowIsToldWhoChangedTheCaseAndKeepsTheNoteTyped() {
    ann.perform(CaseAction.START_WORK, null);
    assertThat(ann.infoProperty().get()).isEqualTo("Work started.");

    sam.noteTextProperty().set("Called the customer back.");
    sam.addNote();
    assertThat(sam.errorProperty().get())
        .isEqualTo(
            "Case #"
                + caseId
                + " was changed by ann at 2026-11-20 10:00 — nothing was saved. The case has been"
                + " reloaded; check it and try again.");
    assertThat(sam.noteTextProperty().get()).isEqualTo("Called the customer back.");
    assertThat(sam.fileProperty().get().detail().summary().status())
        .isEqualTo(CaseStatus.IN_PROGRESS);

    sam.addNote(); // after the reload, the same note goes in
    assertThat(sam.fileProperty().get().notes()).hasSize(1);
    assertThat(sam.noteTextProperty().get()).isEmpty();
  }
}
