package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.Under13Basis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every type logged through the service on a real database, with the clocks stored. */
@Tag("fast")
class AllTypesIntakeTest {
  @TempDir Path dir;
  private Services s;
  private Actor agent;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    agent = TestServices.admin(s);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private static CommonIntake common(Channel channel, String received, RequesterKind kind) {
    return new CommonIntake(
        channel, LocalDate.parse(received).atTime(9, 30), kind, "ACC-1001", "reply@example.com");
  }

  private static LocalDate due(CaseDetail d, String clock) {
    return d.clocks().stream()
        .filter(c -> c.name().equals(clock))
        .map(CaseClock::due)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void caDisclosureAtADesignatedAddressIsDueIn30DaysOtherwise150() {
    long designated =
        s.intake()
            .logCaDisclosure(
                agent,
                new CaDisclosureIntake(
                    common(Channel.DESIGNATED_EMAIL, "2026-01-15", RequesterKind.SELF),
                    ResidencyBasis.SERVICE_ADDRESS,
                    true,
                    null));
    long other =
        s.intake()
            .logCaDisclosure(
                agent,
                new CaDisclosureIntake(
                    common(Channel.POSTAL_MAIL, "2026-01-15", RequesterKind.SELF),
                    ResidencyBasis.SERVICE_ADDRESS,
                    true,
                    null),
                // same customer, same year: seen and logged on purpose
                com.privacydesk.app.cases.Duplicates.ignore());
    CaseDetail d1 = s.queries().detail(agent, designated).detail();
    CaseDetail d2 = s.queries().detail(agent, other).detail();
    assertThat(due(d1, "statutory")).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(due(d2, "statutory")).isEqualTo(LocalDate.of(2026, 6, 14));
    assertThat(due(d2, "internal")).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(d2.summary().dueDate()).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(d1.facts())
        .contains(
            new CaseDetail.Fact("designated", "true"),
            // personal data is masked in the detail; Reveal shows it, audited with the reason
            new CaseDetail.Fact("accountRef", "A•••1 (8 characters)"));
    assertThat(s.queries().reveal(agent, designated, "checking the account"))
        .containsEntry("accountRef", "ACC-1001");
    assertThat(s.queries().detail(agent, designated).timeline())
        .extracting(e -> e.action() + " " + e.actorName() + " " + e.detail())
        .contains(
            "REVEAL "
                + agent.username()
                + " fields=accountRef,replyContact; reason=checking the account");
    assertThatThrownBy(() -> s.queries().reveal(agent, designated, "  "))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    assertThatThrownBy(() -> s.queries().reveal(agent, designated, "ssn 123-45-6789"))
        .isInstanceOf(com.privacydesk.app.ValidationException.class);
    assertThat(d1.ruleVersion()).isEqualTo("rules-2026.1/us-federal");
    assertThat(d1.clocks().getFirst().explanation()).isNotEmpty();
  }

  @Test
  void childDeletionStoresMethodsOnlyAndGetsBothClocks() {
    long id =
        s.intake()
            .logChildDeletion(
                agent,
                new ChildDeletionIntake(
                    common(Channel.PHONE, "2026-11-20", RequesterKind.PARENT),
                    CoppaTrigger.PARENT_REQUEST,
                    Under13Basis.PARENT_STATEMENT,
                    ParentVerification.CALL_WITH_TRAINED_STAFF));
    CaseDetail d = s.queries().detail(agent, id).detail();
    assertThat(d.summary().type()).isEqualTo(CaseType.CHILD_DATA_DELETION);
    assertThat(due(d, "acknowledge")).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(due(d, "internal")).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(d.facts())
        .contains(new CaseDetail.Fact("parentVerification", "CALL_WITH_TRAINED_STAFF"));
  }

  @Test
  void passwordCompromiseThenCpniBreachAreLinkedBothWays() {
    long pc =
        s.intake()
            .logPasswordCompromise(
                agent,
                new PasswordCompromiseIntake(
                    common(Channel.PHONE, "2026-11-14", RequesterKind.SELF),
                    AuthenticationMethod.CALL_BACK_TO_NUMBER_OF_RECORD));
    assertThat(due(s.queries().detail(agent, pc).detail(), "internal"))
        .isEqualTo(LocalDate.of(2026, 11, 16));
    long breach =
        s.intake()
            .openCpniBreach(
                agent,
                new CpniBreachIntake(
                    pc,
                    LocalDate.of(2026, 11, 16),
                    "Sam Lee, security lead",
                    "Call-detail records viewed through the online account",
                    LocalDate.of(2026, 11, 17)));
    CaseDetail b = s.queries().detail(agent, breach).detail();
    assertThat(due(b, "law_enforcement_notice")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(due(b, "earliest_customer_notice")).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(b.links()).containsExactly(new CaseDetail.Link("ESCALATED_FROM", pc));
    assertThat(s.queries().detail(agent, pc).detail().links())
        .containsExactly(new CaseDetail.Link("ESCALATED_TO", breach));
  }

  @Test
  void cpniBreachMustComeFromAPasswordCompromiseCase() {
    long ca =
        s.intake()
            .logCaDisclosure(
                agent,
                new CaDisclosureIntake(
                    common(Channel.DESIGNATED_EMAIL, "2026-11-02", RequesterKind.SELF),
                    ResidencyBasis.SERVICE_ADDRESS,
                    true,
                    null));
    assertThatThrownBy(
            () ->
                s.intake()
                    .openCpniBreach(
                        agent,
                        new CpniBreachIntake(ca, LocalDate.of(2026, 11, 16), "x", "y", null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void invalidIntakeOfAnyTypeSavesNothing() {
    var bad =
        new PasswordCompromiseIntake(
            new CommonIntake(
                Channel.PHONE,
                LocalDateTime.of(2026, 11, 20, 9, 0),
                RequesterKind.SELF,
                "123-45-6789",
                null),
            AuthenticationMethod.ACCOUNT_PASSWORD);
    assertThatThrownBy(() -> s.intake().logPasswordCompromise(agent, bad))
        .isInstanceOf(ValidationException.class);
    assertThat(s.queries().page(agent, 0, 10).total()).isZero();
  }
}
