package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.cases.DuplicatesFoundException;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.PersonalData;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.dnc.TelemarketingDncSpec;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.DuplicateRules;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company-specific do-not-call request, built on the type registry: its two rule versions, its
 * numbers normalised, masked and found again (even purged), its per-system checklist and closing.
 */
class TelemarketingDncTest {
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

  private static TypedIntake dnc(String received, String numbers, String scope) {
    return new TypedIntake(
        CaseType.TELEMARKETING_DNC,
        new CommonIntake(
            Channel.PHONE,
            LocalDateTime.parse(received + "T10:00"),
            RequesterKind.SELF,
            null,
            null),
        Map.of(TelemarketingDncSpec.NUMBERS, numbers, TelemarketingDncSpec.SCOPE, scope));
  }

  private static CaseClock statutory(CaseDetail d) {
    return d.clocks().stream()
        .filter(c -> c.name().equals(DeadlineRules.STATUTORY))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRuleInForceOnTheReceivedDateSetsTheDueDate() {
    long before = s.intake().logTyped(admin, dnc("2025-04-10", "201 555 0101", "LIVE_CALLS"));
    long after = s.intake().logTyped(admin, dnc("2025-04-11", "201 555 0102", "LIVE_CALLS"));

    CaseClock old = statutory(s.queries().detail(admin, before).detail());
    assertThat(old.due()).isEqualTo(LocalDate.of(2025, 5, 10)); // 30 calendar days
    assertThat(String.join("\n", old.explanation())).contains("before 2025-04-11");
    CaseClock now = statutory(s.queries().detail(admin, after).detail());
    assertThat(now.due()).isEqualTo(LocalDate.of(2025, 4, 25)); // 10 business days from Fri
    assertThat(String.join("\n", now.explanation())).contains("FCC 24-24");
  }

  @Test
  void numbersAreNormalisedMaskedAndNeverAudited() {
    long id =
        s.intake()
            .logTyped(
                admin,
                dnc("2026-11-19", "(201) 555-0123; +1 201 555 0124", "ALL_MARKETING_CONTACT"));

    CaseDetail masked = s.queries().detail(admin, id).detail();
    assertThat(fact(masked, "telephoneNumbers")).contains(PersonalData.DOTS);
    assertThat(fact(masked, "dncScope")).isEqualTo("ALL_MARKETING_CONTACT");
    assertThat(s.queries().reveal(admin, id, "customer on the line"))
        .containsEntry("telephoneNumbers", "+12015550123, +12015550124");
    assertThat(TestServices.auditRows(s))
        .noneMatch(r -> r.detail() != null && r.detail().contains("555"));
  }

  @Test
  void aBadNumberIsRefusedOnItsField() {
    assertThatThrownBy(() -> s.intake().logTyped(admin, dnc("2026-11-19", "555-12", "LIVE_CALLS")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .anyMatch(
                        f ->
                            f.field().equals("telephoneNumbers")
                                && f.code().equals("phone.invalid")));
  }

  @Test
  void aNumberAlreadyOnTheListIsFoundEvenAfterItsCaseIsPurged() throws Exception {
    long first = s.intake().logTyped(admin, dnc("2026-11-19", "201-555-0150", "LIVE_CALLS"));
    assertThatThrownBy(
            () -> s.intake().logTyped(admin, dnc("2026-11-20", "+12015550150", "TEXT_MESSAGES")))
        .isInstanceOfSatisfying(
            DuplicatesFoundException.class,
            e ->
                assertThat(e.matches())
                    .anyMatch(
                        m ->
                            m.candidate().caseId() == first
                                && m.reason() == DuplicateRules.Reason.ALREADY_ON_LIST));

    closeAddedToList(first);
    // retention never under 60 months: the policy refuses less, the default is raised to it
    assertThat(RetentionPolicy.defaults().monthsFor(CaseType.TELEMARKETING_DNC)).isEqualTo(60);
    clock.advance(Duration.ofDays(61 * 31));
    assertThat(s.purges().preview(admin).counts()).containsEntry(CaseType.TELEMARKETING_DNC, 1L);
    s.purges().apply(admin);
    assertThat(s.queries().detail(admin, first).detail().facts())
        .extracting(CaseDetail.Fact::field)
        .doesNotContain("telephoneNumbers")
        .contains("dncScope");
    assertThatThrownBy(
            () ->
                s.intake()
                    .logTyped(
                        admin,
                        dnc(
                            LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                                .minusDays(1)
                                .toString(),
                            "(201) 555-0150",
                            "LIVE_CALLS")))
        .isInstanceOfSatisfying(
            DuplicatesFoundException.class,
            e ->
                assertThat(e.matches())
                    .anyMatch(m -> m.reason() == DuplicateRules.Reason.ALREADY_ON_LIST));
  }

  @Test
  void eachCallingSystemIsTickedTheConfirmationIsOptional() {
    long id = s.intake().logTyped(admin, dnc("2026-11-19", "201 555 0160", "LIVE_CALLS"));
    CaseFile file = s.queries().detail(admin, id);
    assertThat(file.checklist())
        .extracting(Checklist.Entry::key, Checklist.Entry::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DNC_NUMBERS_CAPTURED", true),
            org.assertj.core.groups.Tuple.tuple("DNC_ADDED_IN:Outbound dialer", true),
            org.assertj.core.groups.Tuple.tuple("DNC_ADDED_IN:SMS platform", true),
            org.assertj.core.groups.Tuple.tuple("DNC_CONFIRMATION_SENT", false));
    assertThat(file.closeOutcomes())
        .containsExactly(Outcome.ADDED_TO_LIST, Outcome.ALREADY_ON_LIST, Outcome.WITHDRAWN);
    closeAddedToList(id);
    assertThat(s.queries().detail(admin, id).detail().summary().status())
        .isEqualTo(CaseStatus.CLOSED);
  }

  private void closeAddedToList(long id) {
    s.workflow().perform(admin, id, version(id), CaseAction.START_WORK, null);
    LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    for (String key :
        List.of(
            "DNC_NUMBERS_CAPTURED", "DNC_ADDED_IN:Outbound dialer", "DNC_ADDED_IN:SMS platform")) {
      s.workflow()
          .tick(admin, id, version(id), key, key.startsWith("DNC_ADDED") ? today : null, null);
    }
    s.workflow().perform(admin, id, version(id), CaseAction.CLOSE, Outcome.ADDED_TO_LIST);
  }

  private int version(long id) {
    return s.queries().detail(admin, id).detail().summary().version();
  }

  private static String fact(CaseDetail d, String field) {
    return d.facts().stream()
        .filter(f -> f.field().equals(field))
        .map(CaseDetail.Fact::value)
        .findFirst()
        .orElseThrow();
  }
}
