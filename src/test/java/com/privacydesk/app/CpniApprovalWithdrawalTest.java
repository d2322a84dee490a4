package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.reports.ReportTable;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.PersonalData;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.cpniapproval.CpniApprovalWithdrawalSpec;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A withdrawal of CPNI approval, built on the type registry: the account is required and masked,
 * the internal clock is a setting, each system is ticked, and the yearly CPNI export counts it.
 */
class CpniApprovalWithdrawalTest {
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

  private static TypedIntake withdrawal(String received, String account) {
    return new TypedIntake(
        CaseType.CPNI_APPROVAL_WITHDRAWAL,
        new CommonIntake(
            Channel.PHONE,
            LocalDateTime.parse(received + "T10:00"),
            RequesterKind.SELF,
            account,
            null),
        Map.of(CpniApprovalWithdrawalSpec.APPROVAL, "OPT_OUT_APPROVAL"));
  }

  @Test
  void theAccountIsRequiredAndMaskedTheClockIsOneBusinessDay() {
    assertThatThrownBy(() -> s.intake().logTyped(admin, withdrawal("2026-11-19", null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).anyMatch(f -> f.field().equals("accountRef")));
    // Friday 2026-11-20 + 1 business day = Monday 2026-11-23
    long id = s.intake().logTyped(admin, withdrawal("2026-11-20", "ACC-2040"));
    CaseDetail d = s.queries().detail(admin, id).detail();
    CaseClock internal = d.clocks().getFirst();
    assertThat(internal.name()).isEqualTo("internal");
    assertThat(internal.due()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(String.join("\n", internal.explanation())).contains("47 CFR 64.2007");
    assertThat(d.facts())
        .filteredOn(f -> f.field().equals("accountRef"))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).contains(PersonalData.DOTS));
    assertThat(d.facts())
        .filteredOn(f -> f.field().equals("cpniApproval"))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo("OPT_OUT_APPROVAL"));
  }

  @Test
  void theTargetIsASetting() {
    CompanySettings before = s.settings().current();
    var form = com.privacydesk.app.settings.SettingsForm.of(before);
    Map<String, Integer> targets = new java.util.HashMap<>(form.typeTargets());
    targets.put(CpniApprovalWithdrawalSpec.TARGET_KEY, 3);
    var changed = form.withTypeTargets(targets);
    s.settings().update(admin, changed.toSettings());
    long id = s.intake().logTyped(admin, withdrawal("2026-11-20", "ACC-2041"));
    // Friday + 3 business days = Wednesday 2026-11-25
    assertThat(s.queries().detail(admin, id).detail().clocks().getFirst().due())
        .isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void eachSystemIsTickedAndTheYearlyCpniExportCountsIt() {
    long id = s.intake().logTyped(admin, withdrawal("2026-11-19", "ACC-2042"));
    CaseFile file = s.queries().detail(admin, id);
    assertThat(file.checklist())
        .extracting(Checklist.Entry::key, Checklist.Entry::required)
        .containsExactly(
            tuple("CPNI_CALLER_AUTHENTICATED", true),
            tuple("CPNI_STATUS_CHANGED_IN:Billing and CRM", true),
            tuple("CPNI_STATUS_CHANGED_IN:Marketing platform", true),
            tuple("CPNI_CONFIRMATION_SENT", true));
    assertThat(file.closeOutcomes())
        .containsExactly(Outcome.APPROVAL_WITHDRAWN, Outcome.NOT_A_CUSTOMER, Outcome.WITHDRAWN);
    s.workflow().perform(admin, id, version(id), CaseAction.START_WORK, null);
    LocalDate today = LocalDate.of(2026, 11, 20);
    s.workflow()
        .tick(admin, id, version(id), "CPNI_CALLER_AUTHENTICATED", null, "ACCOUNT_PASSWORD");
    for (String key :
        List.of(
            "CPNI_STATUS_CHANGED_IN:Billing and CRM",
            "CPNI_STATUS_CHANGED_IN:Marketing platform",
            "CPNI_CONFIRMATION_SENT")) {
      s.workflow().tick(admin, id, version(id), key, today, null);
    }
    s.workflow().perform(admin, id, version(id), CaseAction.CLOSE, Outcome.APPROVAL_WITHDRAWN);

    ReportTable table =
        s.reports().cpniYear(admin, 2026).tables().stream()
            .filter(t -> t.id().equals("approval_withdrawals"))
            .findFirst()
            .orElseThrow();
    assertThat(table.rows())
        .extracting(r -> r.key(), r -> r.cells().get(1))
        .contains(tuple("received", 1L), tuple("recorded", 1L), tuple("recorded_on_time", 1L));
  }

  @Test
  void theConfirmationLetterRecordsItsLineWhenSent() {
    long id = s.intake().logTyped(admin, withdrawal("2026-11-19", "ACC-2043"));
    assertThat(
            com.privacydesk.domain.letters.LetterKind.offeredFor(CaseType.CPNI_APPROVAL_WITHDRAWAL))
        .containsExactly(com.privacydesk.domain.letters.LetterKind.CPNI_APPROVAL_CONFIRMATION);
    var letter =
        s.letters()
            .generate(
                admin, id, com.privacydesk.domain.letters.LetterKind.CPNI_APPROVAL_CONFIRMATION);
    s.letters()
        .markSent(
            admin,
            letter.letterId(),
            version(id),
            LocalDate.of(2026, 11, 20),
            com.privacydesk.domain.letters.LetterKind.Method.POSTAL_MAIL);
    assertThat(s.queries().detail(admin, id).checklist())
        .filteredOn(e -> e.key().equals("CPNI_CONFIRMATION_SENT"))
        .singleElement()
        .satisfies(e -> assertThat(e.tick().doneOn()).isEqualTo(LocalDate.of(2026, 11, 20)));
  }

  private int version(long id) {
    return s.queries().detail(admin, id).detail().summary().version();
  }
}
