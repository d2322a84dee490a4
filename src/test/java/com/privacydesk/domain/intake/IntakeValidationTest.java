package com.privacydesk.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class IntakeValidationTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

  private static OptOutIntake valid() {
    return new OptOutIntake(
        "jane@example.com", OptOutScope.ALL_COMMERCIAL, "", Channel.WEB_FORM, NOW.minusHours(1));
  }

  @Test
  void validOptOutHasNoErrors() {
    assertThat(IntakeValidation.validateOptOut(valid(), NOW)).isEmpty();
  }

  @Test
  void malformedEmailIsNamed() {
    var in = new OptOutIntake("jane@", OptOutScope.ALL_COMMERCIAL, null, Channel.WEB_FORM, NOW);
    assertThat(IntakeValidation.validateOptOut(in, NOW))
        .containsExactly(new FieldError("email", "email.invalid"));
  }

  @Test
  void receiptInTheFutureIsRefused() {
    var in =
        new OptOutIntake(
            "jane@example.com",
            OptOutScope.ALL_COMMERCIAL,
            null,
            Channel.PHONE,
            NOW.plusMinutes(1));
    assertThat(IntakeValidation.validateOptOut(in, NOW))
        .containsExactly(new FieldError("received", "received.future"));
  }

  @Test
  void everyMissingFieldIsReported() {
    var in = new OptOutIntake(" ", null, null, null, null);
    assertThat(IntakeValidation.validateOptOut(in, NOW))
        .extracting(FieldError::field)
        .containsExactly("email", "scope", "channel", "received");
  }

  @Test
  void selectedCategoriesNeedTheCategories() {
    var in =
        new OptOutIntake(
            "jane@example.com", OptOutScope.SELECTED_CATEGORIES, "  ", Channel.CHAT, NOW);
    assertThat(IntakeValidation.validateOptOut(in, NOW))
        .containsExactly(new FieldError("categories", "categories.required"));
  }

  @Test
  void controlCharactersInCategoriesAreRefused() {
    var in =
        new OptOutIntake(
            "jane@example.com", OptOutScope.SELECTED_CATEGORIES, "news\u0000", Channel.CHAT, NOW);
    assertThat(IntakeValidation.validateOptOut(in, NOW))
        .containsExactly(new FieldError("categories", "text.control"));
  }
}
