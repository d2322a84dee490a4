package com.privacydesk.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("fast")
class EmailAddressTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@example.com",
        " Jane.Doe+news@Example.CO.uk ",
        "o'neil@mail.example.org",
        "x_y-z@sub-d.example.io"
      })
  void acceptsRealisticAddresses(String raw) {
    assertThat(EmailAddress.isValid(raw)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "plainaddress",
        "@example.com",
        "jane@",
        "jane@@example.com",
        "jane@example",
        "jane doe@example.com",
        "jane@exa mple.com",
        "jane..doe@example.com",
        ".jane@example.com",
        "jane@-example.com",
        "'; DROP TABLE privacy_case;--@x.com",
        "=HYPERLINK(\"x\")@example.com"
      })
  void rejectsMalformedAddresses(String raw) {
    assertThat(EmailAddress.isValid(raw)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "Jane.Doe+news@Example.com, jane.doe@example.com",
    "  JANE@EXAMPLE.COM , jane@example.com",
    "a+b+c@x.org, a@x.org"
  })
  void normalisesCaseSpacesAndPlusTags(String raw, String normalized) {
    assertThat(new EmailAddress(raw).normalized()).isEqualTo(normalized);
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 400})
  void rejectsOverlongAddresses(int length) {
    String raw = "a".repeat(60) + "@" + "b".repeat(length - 65) + ".com";
    assertThat(EmailAddress.isValid(raw)).isFalse();
  }
}
