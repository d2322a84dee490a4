package com.privacydesk.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.ImmediateUiTaskRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.user.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An email draft on a computer without a mail program (and a PDF without a viewer): the letter tab
 * says so and saves a copy where the user chooses, instead of handing the file to nothing.
 */
class LettersViewModelTest {
  @TempDir Path dir;
  private Services s;
  private Actor agent;
  private long caseId;

  /** A desktop whose programs are chosen by the test; remembers what it was asked to open. */
  private static final class Desktop implements DialogService {
    boolean canOpen;
    Path saveTo;
    final List<Path> opened = new ArrayList<>();

    @Override
    public void showError(String title, String message) {}

    @Override
    public void showInfo(String title, String message) {}

    @Override
    public void openDocument(Path file) {
      opened.add(file);
    }

    @Override
    public boolean canOpen(Path file) {
      return canOpen;
    }

    @Override
    public Optional<Path> askSaveLocation(String title, String suggestedName) {
      return Optional.ofNullable(saveTo);
    }
  }

  @BeforeEach
  void open() {
    s = TestServices.open(dir.resolve("data"));
    Actor admin = TestServices.admin(s);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
    caseId =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "jane@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 18, 9, 0)));
    s.letters().generate(agent, caseId, LetterKind.OPT_OUT_CONFIRMATION);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private LettersViewModel tab(Desktop desktop) {
    LettersViewModel vm =
        new LettersViewModel(s.letters(), agent, new ImmediateUiTaskRunner(), desktop, () -> {});
    vm.load(caseId, CaseType.EMAIL_OPT_OUT);
    return vm;
  }

  @Test
  void withoutAMailProgramTheDraftIsOfferedForSavingNotHandedToNothing() throws Exception {
    Desktop desktop = new Desktop();
    desktop.saveTo = dir.resolve("kept.eml");
    LettersViewModel vm = tab(desktop);
    vm.openDraft(vm.rows().getFirst());
    assertThat(desktop.opened).isEmpty();
    assertThat(Files.readString(desktop.saveTo)).contains("X-Unsent: 1");
    assertThat(vm.statusProperty().get()).startsWith("Saved a copy as").contains("kept.eml");
  }

  @Test
  void withAMailProgramTheDraftOpensInIt() {
    Desktop desktop = new Desktop();
    desktop.canOpen = true;
    LettersViewModel vm = tab(desktop);
    vm.openDraft(vm.rows().getFirst());
    assertThat(desktop.opened)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).endsWith(".eml"));
    assertThat(vm.statusProperty().get()).startsWith("Opening the email draft");
  }

  @Test
  void withoutAViewerThePdfIsOfferedForSavingAndCancellingSaysWhereItIs() {
    Desktop desktop = new Desktop();
    LettersViewModel vm = tab(desktop);
    vm.openPdf(vm.rows().getFirst());
    assertThat(desktop.opened).isEmpty();
    assertThat(vm.statusProperty().get()).startsWith("No program on this computer opens PDF files");
  }

  @Test
  void aLetterWrittenWithoutAViewerSaysSoInsteadOfOpening() {
    Desktop desktop = new Desktop();
    desktop.saveTo = dir.resolve("never-asked.pdf"); // a Save dialog here would be a failure
    LettersViewModel vm = tab(desktop);
    vm.generate(LetterKind.OPT_OUT_CONFIRMATION);
    assertThat(vm.rows()).hasSize(2);
    assertThat(desktop.opened).isEmpty();
    assertThat(vm.statusProperty().get())
        .startsWith("Opt-out confirmation written with template version 1. ")
        .contains("No program on this computer opens PDF files")
        .contains("Open PDF offers to save a copy")
        .doesNotContain("Opening");
    assertThat(dir.resolve("never-asked.pdf")).doesNotExist();
  }

  @Test
  void aLetterWrittenWithAViewerOpensInIt() {
    Desktop desktop = new Desktop();
    desktop.canOpen = true;
    LettersViewModel vm = tab(desktop);
    vm.generate(LetterKind.OPT_OUT_CONFIRMATION);
    assertThat(desktop.opened)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).endsWith(".pdf"));
    assertThat(vm.statusProperty().get())
        .startsWith("Opt-out confirmation written with template version 1. Opening ");
  }
}
