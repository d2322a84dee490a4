package com.privacydesk.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.intake.SensitiveData.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("fast")
class SensitiveDataTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "caller gave 123-45-6789 as proof | SSN",
        "SSN 123456789 | SSN",
        "social security no. 123 45 6789 | SSN",
        "card 4111 1111 1111 1111 on file | CARD_NUMBER",
        "4111-1111-1111-1111 | CARD_NUMBER",
        "5500000000000004 | CARD_NUMBER",
        "DOB 04/12/2015 | BIRTH_DATE",
        "date of birth: 2015-04-12 | BIRTH_DATE",
        "born March 3, 2014 | BIRTH_DATE",
      })
  void findsWhatMustNotBeStored(String text, Kind kind) {
    assertThat(SensitiveData.findIn(text)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ACC-10442",
        "call back on 2026-11-20 at 3pm",
        "ticket 4111 1111 1111 1112 (not Luhn-valid)",
        "ref 000-12-3456 is not a valid SSN area",
        "order 1234567890",
        "customer says the account was accessed on 11/02/2026",
        "jane.doe@example.com",
      })
  void leavesOrdinaryTextAlone(String text) {
    assertThat(SensitiveData.findIn(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"SSN, text.ssn", "CARD_NUMBER, text.card", "BIRTH_DATE, text.birthdate"})
  void codesNameTheMessage(Kind kind, String code) {
    assertThat(SensitiveData.code(kind)).isEqualTo(code);
  }
}
