package com.privacydesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which items a case has, which an outcome needs, and which ticks are accepted. */
@Tag("fast")
class ChecklistTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

  private static Tick tick(String key) {
    return new Tick(key, null, null, "ann", Instant.EPOCH);
  }

  @Test
  void perSystemItemsFollowTheSettingsListAndKeepTicksOfRemovedSystems() {
    var entries =
        Checklist.entries(
            new Checklist.Context(CaseType.EMAIL_OPT_OUT, false, List.of("Email platform", "CRM")),
            Map.of("SUPPRESSED_IN:Old ESP", tick("SUPPRESSED_IN:Old ESP")));
    assertThat(entries)
        .extracting(Checklist.Entry::key)
        .containsExactly(
            "ADDRESS_AND_SCOPE",
            "SUPPRESSED_IN:Email platform",
            "SUPPRESSED_IN:CRM",
            "SUPPRESSED_IN:Old ESP",
            "POST_DEADLINE_SEND_CHECK");
    assertThat(entries.get(3).required()).isFalse();
    assertThat(entries.get(3).done()).isTrue();
  }

  @Test
  void theAgentAuthorityItemOnlyAppearsWhenAnAgentAsks() {
    var self =
        Checklist.entries(
            new Checklist.Context(CaseType.CA_DISCLOSURE, false, List.of()), Map.of());
    var agent =
        Checklist.entries(new Checklist.Context(CaseType.CA_DISCLOSURE, true, List.of()), Map.of());
    assertThat(self)
        .extracting(Checklist.Entry::item)
        .doesNotContain(ChecklistItem.AGENT_AUTHORITY);
    assertThat(agent).extracting(Checklist.Entry::item).contains(ChecklistItem.AGENT_AUTHORITY);
  }

  @Test
  void completingNeedsEveryRequiredItemDismissingOnlyItsOwnRejectingNone() {
    var entries =
        Checklist.entries(
            new Checklist.Context(CaseType.PASSWORD_COMPROMISE, false, List.of()),
            Map.of("AUTHENTICATION_COMPLIANT", tick("AUTHENTICATION_COMPLIANT")));
    assertThat(Checklist.missingFor(Outcome.SECURED, entries)).hasSize(5);
    assertThat(Checklist.missingFor(Outcome.NOT_COMPROMISED, entries))
        .extracting(Checklist.Entry::item)
        .containsExactly(ChecklistItem.RECENT_CHANGES_REVIEWED);
    assertThat(Checklist.missingFor(Outcome.UNABLE_TO_AUTHENTICATE, entries)).isEmpty();
  }

  private static Checklist.TickFacts facts(
      boolean escalated, LocalDate notified, LocalDate earliest) {
    return new Checklist.TickFacts(
        TODAY,
        RECEIVED,
        Optional.of(LocalDate.of(2026, 11, 16)),
        Optional.ofNullable(notified),
        Optional.ofNullable(earliest),
        escalated);
  }

  @Test
  void datedItemsNeedAPlausibleDate() {
    var f = facts(false, null, null);
    assertThat(Checklist.checkTick(ChecklistItem.PARENT_INFORMED, null, null, f))
        .contains(Refusal.of("tick.dateRequired"));
    assertThat(Checklist.checkTick(ChecklistItem.PARENT_INFORMED, TODAY.plusDays(1), null, f))
        .contains(Refusal.of("tick.dateFuture"));
    assertThat(Checklist.checkTick(ChecklistItem.PARENT_INFORMED, RECEIVED.minusDays(1), null, f))
        .contains(Refusal.of("tick.dateBeforeReceived", RECEIVED.toString()));
    assertThat(Checklist.checkTick(ChecklistItem.PARENT_INFORMED, TODAY, null, f)).isEmpty();
    assertThat(Checklist.checkTick(ChecklistItem.CREDENTIALS_RESET, TODAY, null, f))
        .contains(Refusal.of("tick.noDate"));
  }

  @Test
  void choicesMustBeFromTheItemsList() {
    var f = facts(false, null, null);
    assertThat(Checklist.checkTick(ChecklistItem.RESPONSE_SENT, TODAY, null, f))
        .contains(Refusal.of("tick.choiceRequired"));
    assertThat(Checklist.checkTick(ChecklistItem.RESPONSE_SENT, TODAY, "PIGEON", f))
        .contains(Refusal.of("tick.choiceRequired"));
    assertThat(Checklist.checkTick(ChecklistItem.RESPONSE_SENT, TODAY, "EMAIL", f)).isEmpty();
  }

  @Test
  void theSendCheckComesOnOrAfterTheDueDate() {
    var f =
        new Checklist.TickFacts(
            TODAY,
            RECEIVED,
            Optional.of(LocalDate.of(2026, 11, 17)),
            Optional.empty(),
            Optional.empty(),
            false);
    assertThat(
            Checklist.checkTick(
                ChecklistItem.POST_DEADLINE_SEND_CHECK, LocalDate.of(2026, 11, 16), null, f))
        .contains(Refusal.of("tick.beforeDeadline", "2026-11-17"));
    assertThat(
            Checklist.checkTick(
                ChecklistItem.POST_DEADLINE_SEND_CHECK, LocalDate.of(2026, 11, 17), null, f))
        .isEmpty();
  }

  @Test
  void cpniReachedYesNeedsTheLinkedBreach() {
    assertThat(
            Checklist.checkTick(ChecklistItem.CPNI_REACHED, null, "YES", facts(false, null, null)))
        .contains(Refusal.of("tick.escalationMissing"));
    assertThat(
            Checklist.checkTick(ChecklistItem.CPNI_REACHED, null, "YES", facts(true, null, null)))
        .isEmpty();
    assertThat(
            Checklist.checkTick(ChecklistItem.CPNI_REACHED, null, "NO", facts(false, null, null)))
        .isEmpty();
  }

  @Test
  void customersAreNotToldBeforeTheHoldEndsUnlessTheAgencyAgreed() {
    LocalDate notified = LocalDate.of(2026, 11, 3);
    LocalDate earliest = LocalDate.of(2026, 11, 13);
    assertThat(
            Checklist.checkTick(
                ChecklistItem.CUSTOMERS_NOTIFIED,
                TODAY,
                "AFTER_WAITING_PERIOD",
                facts(false, null, null)))
        .contains(Refusal.of("tick.lawEnforcementFirst"));
    assertThat(
            Checklist.checkTick(
                ChecklistItem.CUSTOMERS_NOTIFIED,
                LocalDate.of(2026, 11, 12),
                "AFTER_WAITING_PERIOD",
                facts(false, notified, earliest)))
        .contains(Refusal.of("tick.customerNoticeTooEarly", "2026-11-13"));
    assertThat(
            Checklist.checkTick(
                ChecklistItem.CUSTOMERS_NOTIFIED,
                LocalDate.of(2026, 11, 12),
                "AGENCY_AGREED_EARLIER",
                facts(false, notified, earliest)))
        .isEmpty();
  }
}
