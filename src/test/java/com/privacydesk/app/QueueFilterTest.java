package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's filters, search and built-in views, applied in the database. */
class QueueFilterTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private Services s;
  private Actor ann;
  private long overdue;
  private long dueSoon;
  private long later;
  private long closed;
  private long password;

  private long optOut(String email, String received) {
    return s.intake()
        .logOptOut(
            ann,
            new OptOutIntake(
                email,
                OptOutScope.ALL_COMMERCIAL,
                null,
                Channel.WEB_FORM,
                LocalDate.parse(received).atTime(9, 0)));
  }

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    Actor admin = TestServices.admin(s);
    ann = TestServices.user(s, admin, "ann", Role.AGENT);
    overdue = optOut("old.customer@example.com", "2026-10-01"); // due 2026-10-16
    dueSoon = optOut("soon@example.com", "2026-11-10"); // due 2026-11-24
    later = optOut("later@example.org", "2026-11-19"); // due 2026-12-04
    closed = optOut("done@example.com", "2026-11-02");
    s.workflow()
        .perform(
            ann,
            closed,
            s.queries().detail(ann, closed).version(),
            CaseAction.CLOSE,
            Outcome.WITHDRAWN);
    password =
        s.intake()
            .logPasswordCompromise(
                ann,
                new PasswordCompromiseIntake(
                    new CommonIntake(
                        Channel.PHONE, TODAY.atTime(8, 0), RequesterKind.SELF, "ACC-20881", null),
                    AuthenticationMethod.CALL_BACK_TO_NUMBER_OF_RECORD));
    s.assignments().take(ann, later, s.queries().detail(ann, later).version());
  }

  @AfterEach
  void close() {
    s.close();
  }

  private List<Long> ids(CaseFilter f) {
    var page = s.queries().page(ann, f, 0, 50);
    assertThat(page.total()).isEqualTo(page.rows().size());
    return page.rows().stream().map(CaseSummary::id).toList();
  }

  private List<Long> view(BuiltInView v) {
    return ids(s.queries().filterFor(ann, v, TODAY));
  }

  @Test
  void builtInViewsSelectInTheDatabaseInDueOrder() {
    assertThat(view(BuiltInView.ALL_CASES))
        .containsExactly(overdue, password, dueSoon, later, closed);
    assertThat(view(BuiltInView.MY_OPEN)).containsExactly(later);
    assertThat(view(BuiltInView.UNASSIGNED)).containsExactly(overdue, password, dueSoon);
    assertThat(view(BuiltInView.OVERDUE)).containsExactly(overdue);
    // Fri 11-20 + 3 business days = Wed 11-25
    assertThat(view(BuiltInView.DUE_WITHIN_3_BUSINESS_DAYS))
        .containsExactly(overdue, password, dueSoon);
    assertThat(view(BuiltInView.PENDING_REVIEW)).isEmpty();
    assertThat(s.queries().viewCounts(ann, TODAY))
        .containsEntry(BuiltInView.ALL_CASES, 5L)
        .containsEntry(BuiltInView.MY_OPEN, 1L)
        .containsEntry(BuiltInView.UNASSIGNED, 3L)
        .containsEntry(BuiltInView.OVERDUE, 1L)
        .containsEntry(BuiltInView.DUE_WITHIN_3_BUSINESS_DAYS, 3L)
        .containsEntry(BuiltInView.AWAITING_VERIFICATION, 0L)
        .containsEntry(BuiltInView.PENDING_REVIEW, 0L);
  }

  @Test
  void searchMatchesACaseNumberOrAFragmentOfAnEmailOrAccount() {
    assertThat(ids(CaseFilter.ALL.withSearch("#" + later))).containsExactly(later);
    assertThat(ids(CaseFilter.ALL.withSearch("EXAMPLE.ORG"))).containsExactly(later);
    assertThat(ids(CaseFilter.ALL.withSearch("20881"))).containsExactly(password);
    assertThat(ids(CaseFilter.ALL.withSearch("%"))).isEmpty();
    assertThat(
            ids(
                new CaseFilter(
                        java.util.Set.of(CaseType.EMAIL_OPT_OUT),
                        java.util.Set.of(),
                        null,
                        false,
                        true,
                        null,
                        null)
                    .withSearch("example.com")))
        .containsExactly(overdue, dueSoon);
  }
}
