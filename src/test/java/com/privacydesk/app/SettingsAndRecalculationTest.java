package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.RecalculationService.Preview;
import com.privacydesk.app.settings.SettingsForm;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings never move existing dates silently; recalculation is explicit, shown and audited. */
@Tag("fast")
class SettingsAndRecalculationTest {
  @TempDir Path dir;
  private Services s;
  private Actor admin;
  private Actor supervisor;
  private Actor agent;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    admin = TestServices.admin(s);
    supervisor = TestServices.user(s, admin, "sue", Role.SUPERVISOR);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private void addClosure(LocalDate day, String name) {
    SettingsForm form = SettingsForm.of(s.settings().current());
    SettingsForm changed =
        with(form, day + " " + name, form.reviewTypes(), form.suppressionSystems());
    s.settings().update(supervisor, changed.toSettings());
  }

  private static LocalDate statutory(java.util.List<CaseClock> clocks) {
    return clocks.stream()
        .filter(c -> c.name().equals("statutory"))
        .findFirst()
        .orElseThrow()
        .due();
  }

  @Test
  void aNewClosureDoesNotMoveAnExistingCaseUntilRecalculated() {
    long id =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "jane@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 16, 9, 0)));
    assertThat(s.queries().detail(agent, id).detail().summary().dueDate())
        .isEqualTo(LocalDate.of(2026, 12, 1));

    addClosure(LocalDate.of(2026, 11, 27), "Day after Thanksgiving");
    // Existing case unchanged ...
    assertThat(s.queries().detail(agent, id).detail().summary().dueDate())
        .isEqualTo(LocalDate.of(2026, 12, 1));
    // ... a new one uses the closure.
    long newer =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "kim@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 16, 9, 0)));
    assertThat(s.queries().detail(agent, newer).detail().summary().dueDate())
        .isEqualTo(LocalDate.of(2026, 12, 2));

    Preview preview = s.recalculation().preview(supervisor, id);
    assertThat(preview.changesDates()).isTrue();
    assertThat(statutory(preview.before())).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(statutory(preview.after())).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(preview.afterVersion()).startsWith("rules-2026.1/us-federal+1-");

    s.recalculation().apply(supervisor, preview);
    var after = s.queries().detail(agent, id).detail();
    assertThat(after.summary().dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(after.ruleVersion()).isEqualTo(preview.afterVersion());
    assertThat(after.clocks().getFirst().explanation())
        .anyMatch(l -> l.contains("Day after Thanksgiving"));
  }

  @Test
  void agentsMayNeitherChangeSettingsNorRecalculate() {
    long id =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "jane@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 16, 9, 0)));
    assertThatThrownBy(() -> s.settings().update(agent, s.settings().current()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> s.recalculation().preview(agent, id))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aStalePreviewIsRefused() {
    long id =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "jane@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 11, 16, 9, 0)));
    addClosure(LocalDate.of(2026, 11, 27), "Day after Thanksgiving");
    Preview preview = s.recalculation().preview(supervisor, id);
    s.assignments().take(agent, id, preview.version());
    assertThatThrownBy(() -> s.recalculation().apply(supervisor, preview))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void makingPhoneDesignatedGivesNewCaRequestsByPhone30Days() {
    SettingsForm form = SettingsForm.of(s.settings().current());
    s.settings()
        .update(
            supervisor,
            new SettingsForm(
                    form.zone(),
                    EnumSet.of(Channel.DESIGNATED_EMAIL, Channel.PHONE),
                    form.addresses(),
                    form.caInternalDays(),
                    form.coppaAcknowledgeDays(),
                    form.coppaDeleteDays(),
                    form.passwordDays(),
                    form.closures(),
                    form.reviewTypes(),
                    form.suppressionSystems(),
                    form.deletionSystems(),
                    form.confirmReceivedDays())
                .toSettings());
    assertThat(s.settings().current().isDesignated(Channel.PHONE)).isTrue();
  }

  @Test
  void aCaInternalTargetPastTheStatutoryDeadlineIsRefused() {
    java.util.function.IntFunction<SettingsForm> withCaTarget =
        days ->
            new SettingsForm(
                "America/New_York",
                EnumSet.of(Channel.DESIGNATED_EMAIL),
                "customercare@example.com",
                days,
                2,
                10,
                0,
                "",
                java.util.Set.of(),
                "CRM",
                "CRM",
                90);
    assertThatThrownBy(() -> withCaTarget.apply(200).toSettings())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly("settings.target.afterStatutory"));
    assertThat(withCaTarget.apply(150).toSettings().targets().caInternalCalendarDays())
        .isEqualTo(150);
  }

  @Test
  void badSettingsNameTheirFieldsAndStoreNothing() {
    var bad =
        new SettingsForm(
            "Mars/Olympus",
            EnumSet.of(Channel.DESIGNATED_EMAIL),
            "not an address",
            400,
            2,
            10,
            0,
            "2026-13-01 Nope",
            java.util.Set.of(),
            "CRM",
            "",
            0);
    assertThatThrownBy(bad::toSettings)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "zone", "addresses", "targets", "closures", "confirmReceived"));
    assertThat(s.settings().current()).isEqualTo(CompanySettings.DEFAULTS);
  }

  @Test
  void theWorkflowSettingsAreStoredAndAColonInASystemNameIsRefused() {
    SettingsForm form = SettingsForm.of(s.settings().current());
    assertThat(form.reviewTypes())
        .containsExactlyInAnyOrder(
            com.privacydesk.domain.CaseType.CA_DISCLOSURE,
            com.privacydesk.domain.CaseType.CHILD_DATA_DELETION);
    SettingsForm bad = with(form, form.closures(), java.util.Set.of(), "CRM\nOld: ESP");
    assertThatThrownBy(bad::toSettings)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("systems"));
    SettingsForm good = with(form, form.closures(), java.util.Set.of(), " CRM \n\nOld ESP\nCRM");
    s.settings().update(supervisor, good.toSettings());
    var stored = s.settings().current();
    assertThat(stored.reviewTypes()).isEmpty();
    assertThat(stored.suppressionSystems()).containsExactly("CRM", "Old ESP");
  }

  @Test
  void theReceivedDateConfirmationThresholdDefaultsTo90DaysAndIsStored() {
    SettingsForm form = SettingsForm.of(s.settings().current());
    assertThat(form.confirmReceivedDays()).isEqualTo(90);
    SettingsForm changed =
        new SettingsForm(
            form.zone(),
            form.designatedChannels(),
            form.addresses(),
            form.caInternalDays(),
            form.coppaAcknowledgeDays(),
            form.coppaDeleteDays(),
            form.passwordDays(),
            form.closures(),
            form.reviewTypes(),
            form.suppressionSystems(),
            form.deletionSystems(),
            400);
    s.settings().update(supervisor, changed.toSettings());
    assertThat(s.settings().current().confirmReceivedDays()).isEqualTo(400);
  }

  /** {@code form} with other closure days, review types and suppression systems. */
  private static SettingsForm with(
      SettingsForm form,
      String closures,
      java.util.Set<com.privacydesk.domain.CaseType> review,
      String systems) {
    return new SettingsForm(
        form.zone(),
        form.designatedChannels(),
        form.addresses(),
        form.caInternalDays(),
        form.coppaAcknowledgeDays(),
        form.coppaDeleteDays(),
        form.passwordDays(),
        closures,
        review,
        systems,
        form.deletionSystems(),
        form.confirmReceivedDays());
  }
}
