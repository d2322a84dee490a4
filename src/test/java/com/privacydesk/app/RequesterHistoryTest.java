package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.app.cases.CaseQueries.RequesterHistory;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.port.RelatedCase;
import com.privacydesk.app.reports.ReportFixture;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "The requester's history": a case lists the other requests, of any type, with the same
 * email address, account reference or phone number, newest first, and counts the purged ones found
 * through a kept hash; nothing personal is in the answer.
 */
class RequesterHistoryTest {
  @TempDir Path dir;
  private ReportFixture f;
  private Services s;
  private Actor admin;

  @BeforeEach
  void build() {
    f = new ReportFixture(dir);
    s = f.services();
    admin = f.admin();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private long optOut(String email, int day) {
    return s.intake()
        .logOptOut(
            admin,
            new OptOutIntake(
                email,
                OptOutScope.ALL_COMMERCIAL,
                null,
                Channel.WEB_FORM,
                LocalDateTime.of(2026, 11, day, 9, 0)),
            Duplicates.ignore());
  }

  @Test
  void aCaseListsTheSameRequestersOtherRequestsNewestFirst() {
    long first = optOut("jo.doe@example.com", 10);
    long second = optOut("Jo.Doe@Example.com", 12);
    long other = optOut("someone.else@example.com", 12);
    long ca = s.intake().logCaDisclosure(admin, com.privacydesk.TestServices.caDisclosure());
    long ca2 =
        s.intake()
            .logCaDisclosure(
                admin, com.privacydesk.TestServices.caDisclosure(), Duplicates.ignore());

    RequesterHistory h = s.queries().requesterHistory(admin, second);
    assertThat(h.cases()).extracting(RelatedCase::id).containsExactly(first);
    assertThat(h.cases().getFirst().type()).isEqualTo(CaseType.EMAIL_OPT_OUT);
    assertThat(h.cases().getFirst().shared()).containsExactly(RelatedCase.Shared.EMAIL);
    assertThat(h.purged()).isZero();
    assertThat(s.queries().requesterHistory(admin, other).cases()).isEmpty();
    // the same reply address and account: both shared, and the case itself is not listed
    RequesterHistory both = s.queries().requesterHistory(admin, ca2);
    assertThat(both.cases()).extracting(RelatedCase::id).contains(ca).doesNotContain(ca2);
    assertThat(both.cases().stream().filter(c -> c.id() == ca).findFirst().orElseThrow().shared())
        .isEqualTo(Set.of(RelatedCase.Shared.EMAIL, RelatedCase.Shared.ACCOUNT));
    // newest received first
    assertThat(s.queries().requesterHistory(admin, first).cases())
        .extracting(RelatedCase::id)
        .containsExactly(second);
  }

  @Test
  void doNotCallRequestsShareAPhoneNumber() {
    long first = s.intake().logTyped(admin, dnc("(201) 555-0123; +1 201 555 0124"));
    long second = s.intake().logTyped(admin, dnc("+1 201 555 0124"), Duplicates.ignore());
    long unrelated = s.intake().logTyped(admin, dnc("201 555 0199"), Duplicates.ignore());
    RequesterHistory h = s.queries().requesterHistory(admin, second);
    assertThat(h.cases()).extracting(RelatedCase::id).containsExactly(first);
    assertThat(h.cases().getFirst().shared()).containsExactly(RelatedCase.Shared.PHONE);
    assertThat(s.queries().requesterHistory(admin, unrelated).cases()).isEmpty();
  }

  private static com.privacydesk.domain.intake.TypedIntake dnc(String numbers) {
    return new com.privacydesk.domain.intake.TypedIntake(
        CaseType.TELEMARKETING_DNC,
        new com.privacydesk.domain.intake.CommonIntake(
            Channel.PHONE,
            LocalDateTime.parse("2026-11-19T10:00"),
            com.privacydesk.domain.intake.RequesterKind.SELF,
            null,
            null),
        java.util.Map.of(
            com.privacydesk.domain.types.dnc.TelemarketingDncSpec.NUMBERS,
            numbers,
            com.privacydesk.domain.types.dnc.TelemarketingDncSpec.SCOPE,
            "LIVE_CALLS"));
  }

  @Test
  void aPurgedOptOutOfTheSameAddressIsCountedNotListed() {
    // on 2026-11-20 the fixture's H1 (h1@example.com, closed 2024-08-20) is past retention
    long h1 = f.id("H1");
    s.purges().apply(admin);
    long again = optOut("h1@example.com", 19);

    RequesterHistory h = s.queries().requesterHistory(admin, again);
    assertThat(h.cases()).extracting(RelatedCase::id).doesNotContain(h1);
    assertThat(h.purged()).isEqualTo(1);
  }
}
