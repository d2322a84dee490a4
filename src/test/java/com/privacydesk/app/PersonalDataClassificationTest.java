package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.demo.DemoSeeder;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.intake.PersonalData;
import com.privacydesk.domain.types.RequestTypes;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masking is fail-closed: every fact a case of any type shows is classified personal or not, and a
 * fact nobody classified (a new type's field, say) is masked like personal data.
 */
class PersonalDataClassificationTest {
  @TempDir Path dir;

  @Test
  void everyFactOfEveryTypeIsClassifiedAndPersonalOnesAreMasked() {
    try (Services s = TestServices.open(dir)) {
      s.demoSeeder().seed(400, 11, (done, total) -> {});
      Actor lead = s.users().authenticate("lead01", DemoSeeder.DEMO_PASSWORD.toCharArray());
      Set<CaseType> seen = EnumSet.noneOf(CaseType.class);
      for (CaseSummary c :
          s.queries().page(lead, CaseFilter.ALL, CaseSort.CASE_NUMBER, 0, 400).rows()) {
        var facts = s.queries().detail(lead, c.id()).detail().facts();
        for (var fact : facts) {
          assertThat(RequestTypes.fact(c.type(), fact.field()))
              .as("fact %s of a %s case is declared and classified", fact.field(), c.type())
              .isPresent();
          if (RequestTypes.isPersonal(c.type(), fact.field()) && fact.value() != null) {
            assertThat(fact.value())
                .as("%s of case %d is masked", fact.field(), c.id())
                .matches(v -> v.contains(PersonalData.DOTS) || v.equals("(none)"));
          }
        }
        seen.add(c.type());
      }
      assertThat(seen).containsExactlyInAnyOrder(CaseType.values());
    }
  }

  @Test
  void aFactNobodyClassifiedIsTreatedAsPersonal() {
    assertThat(RequestTypes.isPersonal(CaseType.CA_DISCLOSURE, "telephoneNumber")).isTrue();
    assertThat(RequestTypes.fact(CaseType.CA_DISCLOSURE, "telephoneNumber")).isEmpty();
    assertThat(RequestTypes.isPersonal(CaseType.EMAIL_OPT_OUT, "email")).isTrue();
    assertThat(RequestTypes.isPersonal(CaseType.EMAIL_OPT_OUT, "channel")).isFalse();
    // a type's fact is classified for that type only
    assertThat(RequestTypes.isPersonal(CaseType.CA_DISCLOSURE, "scope")).isTrue();
    assertThat(RequestTypes.isPersonal(CaseType.EMAIL_OPT_OUT, "scope")).isFalse();
  }
}
