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
          assertThat(PersonalData.isClassified(fact.field()))
              .as("fact %s of a %s case is classified", fact.field(), c.type())
              .isTrue();
          if (PersonalData.FIELDS.contains(fact.field()) && fact.value() != null) {
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
    assertThat(PersonalData.isPersonal("telephoneNumber")).isTrue();
    assertThat(PersonalData.isClassified("telephoneNumber")).isFalse();
    assertThat(PersonalData.isPersonal("email")).isTrue();
    assertThat(PersonalData.isPersonal("channel")).isFalse();
    assertThat(PersonalData.FIELDS).doesNotContainAnyElementsOf(PersonalData.NOT_PERSONAL);
  }
}
