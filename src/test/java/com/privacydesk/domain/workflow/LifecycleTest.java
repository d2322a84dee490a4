package com.privacydesk.domain.workflow;

import static com.privacydesk.domain.CaseType.CA_DISCLOSURE;
import static com.privacydesk.domain.CaseType.CPNI_BREACH;
import static com.privacydesk.domain.CaseType.EMAIL_OPT_OUT;
import static com.privacydesk.domain.CaseType.PASSWORD_COMPROMISE;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table of domain.md §4: every state × action, allowed or refused. */
@Tag("fast")
class LifecycleTest {
  private static final Set<CaseType> REVIEW = EnumSet.of(CA_DISCLOSURE);

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "NEW, REQUEST_VERIFICATION, AWAITING_VERIFICATION",
    "NEW, START_WORK, IN_PROGRESS",
    "AWAITING_VERIFICATION, START_WORK, IN_PROGRESS",
    "REOPENED, START_WORK, IN_PROGRESS",
    "IN_PROGRESS, CLOSE, CLOSED",
    "IN_PROGRESS, CLOSE, REJECTED",
    "IN_PROGRESS, CLOSE, WITHDRAWN",
    "REOPENED, CLOSE, CLOSED",
    "NEW, CLOSE, REJECTED",
    "AWAITING_VERIFICATION, CLOSE, WITHDRAWN",
    "IN_PROGRESS, SUBMIT_FOR_REVIEW, PENDING_REVIEW",
    "PENDING_REVIEW, APPROVE, CLOSED",
    "PENDING_REVIEW, APPROVE, REJECTED",
    "PENDING_REVIEW, SEND_BACK, IN_PROGRESS",
    "PENDING_REVIEW, CLOSE, WITHDRAWN",
    "IN_PROGRESS, PUT_ON_HOLD, ON_HOLD",
    "ON_HOLD, RELEASE_HOLD, IN_PROGRESS",
    "CLOSED, REOPEN, REOPENED",
    "REJECTED, REOPEN, REOPENED",
    "WITHDRAWN, REOPEN, REOPENED",
  })
  void theTableAllows(CaseStatus from, CaseAction action, CaseStatus to) {
    assertThat(Lifecycle.allowed(from, action, to)).isTrue();
  }

  /** Every (state, action) pair not in the table above is refused, for every target. */
  static Stream<Arguments> everyPair() {
    return Stream.of(CaseStatus.values())
        .flatMap(s -> Stream.of(CaseAction.values()).map(a -> Arguments.of(s, a)));
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("everyPair")
  void anythingElseIsRefused(CaseStatus from, CaseAction action) {
    Set<String> allowed =
        Set.of(
            "NEW/REQUEST_VERIFICATION",
            "NEW/START_WORK",
            "NEW/CLOSE",
            "NEW/SUBMIT_FOR_REVIEW",
            "AWAITING_VERIFICATION/START_WORK",
            "AWAITING_VERIFICATION/CLOSE",
            "AWAITING_VERIFICATION/SUBMIT_FOR_REVIEW",
            "IN_PROGRESS/CLOSE",
            "IN_PROGRESS/SUBMIT_FOR_REVIEW",
            "IN_PROGRESS/PUT_ON_HOLD",
            "REOPENED/START_WORK",
            "REOPENED/CLOSE",
            "REOPENED/SUBMIT_FOR_REVIEW",
            "REOPENED/PUT_ON_HOLD",
            "ON_HOLD/RELEASE_HOLD",
            "PENDING_REVIEW/APPROVE",
            "PENDING_REVIEW/SEND_BACK",
            "PENDING_REVIEW/CLOSE",
            "CLOSED/REOPEN",
            "REJECTED/REOPEN",
            "WITHDRAWN/REOPEN");
    boolean anyTarget =
        Stream.of(CaseStatus.values()).anyMatch(to -> Lifecycle.allowed(from, action, to));
    assertThat(anyTarget).isEqualTo(allowed.contains(from + "/" + action));
  }

  @Test
  void theOutcomeDecidesWhereClosingLeads() {
    assertThat(
            step(EMAIL_OPT_OUT, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, Outcome.SUPPRESSED).to())
        .isEqualTo(CaseStatus.CLOSED);
    assertThat(
            step(
                    PASSWORD_COMPROMISE,
                    CaseStatus.NEW,
                    CaseAction.CLOSE,
                    Outcome.UNABLE_TO_AUTHENTICATE)
                .to())
        .isEqualTo(CaseStatus.REJECTED);
    assertThat(step(EMAIL_OPT_OUT, CaseStatus.NEW, CaseAction.CLOSE, Outcome.WITHDRAWN).to())
        .isEqualTo(CaseStatus.WITHDRAWN);
  }

  @Test
  void reviewTypesGoThroughPendingReviewExceptForDismissalsAndWithdrawals() {
    assertThat(
            step(CA_DISCLOSURE, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, Outcome.FULFILLED)
                .refusal())
        .isEqualTo(Refusal.of("review.required", "CA_DISCLOSURE"));
    assertThat(
            step(CA_DISCLOSURE, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, Outcome.NOT_CA_RESIDENT)
                .refusal()
                .code())
        .isEqualTo("review.required");
    assertThat(
            step(
                    CA_DISCLOSURE,
                    CaseStatus.IN_PROGRESS,
                    CaseAction.SUBMIT_FOR_REVIEW,
                    Outcome.FULFILLED)
                .to())
        .isEqualTo(CaseStatus.PENDING_REVIEW);
    assertThat(
            step(CA_DISCLOSURE, CaseStatus.NEW, CaseAction.CLOSE, Outcome.DUPLICATE_IN_YEAR).to())
        .isEqualTo(CaseStatus.CLOSED);
    assertThat(
            step(CA_DISCLOSURE, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, Outcome.WITHDRAWN).to())
        .isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(
            step(
                    EMAIL_OPT_OUT,
                    CaseStatus.IN_PROGRESS,
                    CaseAction.SUBMIT_FOR_REVIEW,
                    Outcome.SUPPRESSED)
                .refusal()
                .code())
        .isEqualTo("review.notNeeded");
    assertThat(
            step(CA_DISCLOSURE, CaseStatus.PENDING_REVIEW, CaseAction.APPROVE, Outcome.FULFILLED)
                .to())
        .isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void onlyCpniBreachesHaveTheHold() {
    assertThat(
            step(PASSWORD_COMPROMISE, CaseStatus.IN_PROGRESS, CaseAction.PUT_ON_HOLD, null)
                .refusal())
        .isEqualTo(Refusal.of("hold.cpniOnly"));
    assertThat(step(CPNI_BREACH, CaseStatus.IN_PROGRESS, CaseAction.PUT_ON_HOLD, null).to())
        .isEqualTo(CaseStatus.ON_HOLD);
    assertThat(Lifecycle.actionsFrom(EMAIL_OPT_OUT, CaseStatus.IN_PROGRESS))
        .doesNotContain(CaseAction.PUT_ON_HOLD);
  }

  @Test
  void anOutcomeOfAnotherTypeOrNoneIsRefused() {
    assertThat(
            step(EMAIL_OPT_OUT, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, Outcome.FULFILLED)
                .refusal()
                .code())
        .isEqualTo("outcome.wrongType");
    assertThat(step(EMAIL_OPT_OUT, CaseStatus.IN_PROGRESS, CaseAction.CLOSE, null).refusal().code())
        .isEqualTo("outcome.required");
    assertThat(
            step(EMAIL_OPT_OUT, CaseStatus.CLOSED, CaseAction.CLOSE, Outcome.SUPPRESSED).refusal())
        .isEqualTo(Refusal.of("illegal", "CLOSED", "CLOSE"));
  }

  @Test
  void everyTypeHasACompletingOutcomeAndEveryOutcomeAType() {
    for (CaseType t : CaseType.values()) {
      assertThat(Outcome.of(t)).anyMatch(o -> o.kind() == Outcome.Kind.COMPLETED);
      assertThat(ChecklistItem.of(t)).isNotEmpty();
    }
    for (Outcome o : Outcome.values()) {
      assertThat(Stream.of(CaseType.values()).anyMatch(o::appliesTo)).isTrue();
    }
  }

  private static Lifecycle.Step step(CaseType t, CaseStatus from, CaseAction a, Outcome o) {
    return Lifecycle.step(t, from, a, o, REVIEW);
  }
}
