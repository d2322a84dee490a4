package com.privacydesk.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.Channel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Intake validation per type: required facts, forbidden data, cross-field rules. */
@Tag("fast")
class TypeValidationTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

  private static CommonIntake common(RequesterKind kind, String account, String contact) {
    return new CommonIntake(Channel.DESIGNATED_EMAIL, NOW.minusHours(2), kind, account, contact);
  }

  @Test
  void caDisclosureFromSelfIsValid() {
    var in =
        new CaDisclosureIntake(
            common(RequesterKind.SELF, "ACC-1001", "jane@example.com"),
            ResidencyBasis.BILLING_ADDRESS,
            true,
            null);
    assertThat(IntakeValidation.validateCaDisclosure(in, NOW)).isEmpty();
  }

  @Test
  void caDisclosureByAnAgentNeedsTheAuthority() {
    var in =
        new CaDisclosureIntake(
            common(RequesterKind.AUTHORIZED_AGENT, "ACC-1001", "law@example.com"),
            ResidencyBasis.REQUESTER_STATEMENT,
            true,
            " ");
    assertThat(IntakeValidation.validateCaDisclosure(in, NOW))
        .extracting(FieldError::field)
        .contains(IntakeValidation.AUTHORITY);
  }

  @Test
  void caDisclosureRefusesAParentAndMissingResidency() {
    var in =
        new CaDisclosureIntake(
            common(RequesterKind.PARENT, "ACC-1001", "x@example.com"), null, false, null);
    assertThat(IntakeValidation.validateCaDisclosure(in, NOW))
        .contains(
            new FieldError("requesterKind", "requester.notForType"),
            new FieldError("residencyBasis", "required"));
  }

  @Test
  void accountReferenceMustNotBeAnSsnOrCard() {
    var ssn =
        new PasswordCompromiseIntake(
            common(RequesterKind.SELF, "123-45-6789", null), AuthenticationMethod.ACCOUNT_PASSWORD);
    var card =
        new PasswordCompromiseIntake(
            common(RequesterKind.SELF, "4111111111111111", null),
            AuthenticationMethod.ACCOUNT_PASSWORD);
    assertThat(IntakeValidation.validatePasswordCompromise(ssn, NOW))
        .containsExactly(new FieldError("accountRef", "text.ssn"));
    assertThat(IntakeValidation.validatePasswordCompromise(card, NOW))
        .containsExactly(new FieldError("accountRef", "text.card"));
  }

  @Test
  void passwordCompromiseNeedsTheAuthenticationMethodAndAccount() {
    var in = new PasswordCompromiseIntake(common(RequesterKind.SELF, "", null), null);
    assertThat(IntakeValidation.validatePasswordCompromise(in, NOW))
        .extracting(FieldError::field)
        .containsExactly("accountRef", "authentication");
  }

  @Test
  void childDeletionByAParentNeedsAVerificationMethodAndAContact() {
    var in =
        new ChildDeletionIntake(
            common(RequesterKind.PARENT, "ACC-77", ""),
            CoppaTrigger.PARENT_REQUEST,
            Under13Basis.PARENT_STATEMENT,
            ParentVerification.NOT_REQUIRED);
    assertThat(IntakeValidation.validateChildDeletion(in, NOW))
        .containsExactly(
            new FieldError("replyContact", "required"),
            new FieldError("parentVerification", "verification.requiredForParent"));
  }

  @Test
  void childDeletionTheCompanyLearnedOfNeedsNoParent() {
    var c =
        new CommonIntake(Channel.INTERNAL, NOW.minusDays(1), RequesterKind.SELF, "ACC-77", null);
    var in =
        new ChildDeletionIntake(
            c,
            CoppaTrigger.LEARNED_WITHOUT_CONSENT,
            Under13Basis.SERVICE_RECORD,
            ParentVerification.NOT_REQUIRED);
    assertThat(IntakeValidation.validateChildDeletion(in, NOW)).isEmpty();
  }

  @Test
  void contactThatHoldsABirthDateIsRefused() {
    var in =
        new ChildDeletionIntake(
            common(RequesterKind.PARENT, "ACC-77", "mum@example.com, child DOB 2016-05-04"),
            CoppaTrigger.PARENT_REQUEST,
            Under13Basis.PARENT_STATEMENT,
            ParentVerification.SIGNED_CONSENT_FORM);
    assertThat(IntakeValidation.validateChildDeletion(in, NOW))
        .containsExactly(new FieldError("replyContact", "text.birthdate"));
  }

  @Test
  void cpniBreachDatesMustBeInOrder() {
    LocalDate today = NOW.toLocalDate();
    var good =
        new CpniBreachIntake(
            1,
            today.minusDays(2),
            "Sam Lee, security",
            "Call-detail records viewed online",
            today.minusDays(1));
    assertThat(IntakeValidation.validateCpniBreach(good, today.minusDays(5), today)).isEmpty();
    var bad =
        new CpniBreachIntake(1, today.minusDays(2), "Sam Lee", "CPNI viewed", today.minusDays(3));
    assertThat(IntakeValidation.validateCpniBreach(bad, today.minusDays(1), today))
        .containsExactly(
            new FieldError("determinedOn", "determined.beforeReport"),
            new FieldError("lawEnforcementNotifiedOn", "notified.beforeDetermination"));
    var future = new CpniBreachIntake(1, today.plusDays(1), "", "", null);
    assertThat(IntakeValidation.validateCpniBreach(future, today, today))
        .extracting(FieldError::code)
        .containsExactly("date.future", "required", "required");
  }
}
