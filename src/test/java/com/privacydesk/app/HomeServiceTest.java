package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.HandClock;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.HomeService;
import com.privacydesk.app.cases.HomeService.MyDayFigure;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "Home": My day counts an agent's cases by how urgent they are (the law's date passed
 * before an internal target passed, today, the next three business days) and lists what colleagues
 * assigned since the agent last signed in; Team gives supervisors each agent's workload and the
 * cases waiting for approval. Every figure is the count of the queue view it opens.
 */
class HomeServiceTest {
  /** Friday 2026-11-20, 10:00 in New York. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;
  private Actor sam;

  @BeforeEach
  void open() {
    clock.set(TestServices.NOW);
    s = TestServices.open(dir, clock);
    admin = TestServices.admin(s);
    sam = TestServices.user(s, admin, "sam", Role.SUPERVISOR);
  }

  @AfterEach
  void close() {
    s.close();
  }

  private static CommonIntake common(String received) {
    return new CommonIntake(
        Channel.PHONE,
        LocalDate.parse(received).atTime(9, 30),
        RequesterKind.SELF,
        "ACC-1001",
        "reply@example.com");
  }

  private long passwordCompromise(String received) {
    return s.intake()
        .logPasswordCompromise(
            sam,
            new PasswordCompromiseIntake(
                common(received), AuthenticationMethod.CALL_BACK_TO_NUMBER_OF_RECORD),
            Duplicates.ignore());
  }

  private long optOut(String email, String received) {
    return TestServices.optOut(s, sam, email, received);
  }

  private CaseSummary row(long id) {
    return s.queries().page(sam, CaseFilter.ALL, CaseSort.DUE, 0, 100).rows().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private void assign(Actor by, long id, Actor to) {
    s.assignments().assign(by, id, to.userId(), row(id).version());
  }

  @Test
  void myDayCountsAnAgentsCasesByUrgencyAndListsWhatColleaguesAssigned() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    TestServices.user(s, admin, "bob", Role.AGENT);
    clock.advance(Duration.ofMinutes(5));
    // the law's date passed: an opt-out of October (10 business days)
    long lawPassed = optOut("late@example.com", "2026-10-01");
    // only an internal target passed: a password compromise of last Saturday (due Monday 16th)
    long internalPassed = passwordCompromise("2026-11-14");
    // due today: a password compromise received this morning (same business day)
    long today = passwordCompromise("2026-11-20");
    // due on the third business day: the breach's law-enforcement notice, Wednesday 25th
    long breach =
        s.intake()
            .openCpniBreach(
                sam,
                new CpniBreachIntake(
                    internalPassed,
                    LocalDate.of(2026, 11, 16),
                    "Sam Lee, security lead",
                    "Call-detail records viewed through the online account",
                    LocalDate.of(2026, 11, 17)));
    long unassigned = optOut("nobody@example.com", "2026-11-19");
    for (long id : new long[] {lawPassed, internalPassed, today, breach}) {
      assign(sam, id, ann);
    }
    clock.advance(Duration.ofMinutes(5));
    ann = s.users().authenticate("ann", "password-ann".toCharArray());
    s.assignments().take(ann, unassigned, row(unassigned).version()); // her own: no news to her

    HomeService.MyDay day = s.home().myDay(ann, TODAY);
    assertThat(day.counts())
        .isEqualTo(
            Map.of(
                MyDayFigure.LAW_OVERDUE, 1L,
                MyDayFigure.INTERNAL_OVERDUE, 1L,
                MyDayFigure.DUE_TODAY, 1L,
                MyDayFigure.DUE_SOON, 1L,
                MyDayFigure.WAITING_ON_ME, 5L,
                MyDayFigure.WAITING_ON_CUSTOMER, 0L));
    assertThat(day.counts().keySet()).containsExactly(MyDayFigure.values());
    // each figure is exactly the cases its view shows
    for (MyDayFigure f : MyDayFigure.values()) {
      var filter = s.queries().filterFor(ann, f.spec(), TODAY);
      assertThat(s.queries().page(ann, filter, CaseSort.DUE, 0, 100).total())
          .as(f.name())
          .isEqualTo(day.counts().get(f));
    }
    assertThat(ids(s.queries().filterFor(ann, MyDayFigure.LAW_OVERDUE.spec(), TODAY), ann))
        .containsExactly(lawPassed);
    assertThat(ids(s.queries().filterFor(ann, MyDayFigure.INTERNAL_OVERDUE.spec(), TODAY), ann))
        .containsExactly(internalPassed);
    assertThat(ids(s.queries().filterFor(ann, MyDayFigure.DUE_TODAY.spec(), TODAY), ann))
        .containsExactly(today);
    assertThat(ids(s.queries().filterFor(ann, MyDayFigure.DUE_SOON.spec(), TODAY), ann))
        .containsExactly(breach);
    assertThat(day.newlyAssigned())
        .extracting(CaseSummary::id)
        .containsExactlyInAnyOrder(lawPassed, internalPassed, today, breach);
    assertThat(day.since()).isNotNull();

    // signed in again: what was new then is not new now
    clock.advance(Duration.ofMinutes(5));
    ann = s.users().authenticate("ann", "password-ann".toCharArray());
    assertThat(s.home().myDay(ann, TODAY).newlyAssigned()).isEmpty();
    assign(sam, unassigned, ann); // a colleague re-assigns one she had taken: news again
    assertThat(s.home().myDay(ann, TODAY).newlyAssigned())
        .extracting(CaseSummary::id)
        .containsExactly(unassigned);
  }

  @Test
  void teamGivesEachAgentsWorkloadAndThePendingApprovalsToSupervisorsOnly() {
    Actor ann = TestServices.user(s, admin, "ann", Role.AGENT);
    TestServices.user(s, admin, "bob", Role.AGENT);
    long overdue = optOut("late@example.com", "2026-10-01");
    long today = passwordCompromise("2026-11-20");
    long later = optOut("later@example.com", "2026-11-19");
    for (long id : new long[] {overdue, today, later}) {
      assign(sam, id, ann);
    }

    HomeService.Team team = s.home().team(sam, TODAY);
    assertThat(team.pendingTotal()).isZero();
    assertThat(team.workload())
        .extracting(w -> w.user().username(), w -> w.open(), w -> w.overdue(), w -> w.dueThisWeek())
        .contains(
            org.assertj.core.groups.Tuple.tuple("ann", 3L, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("bob", 0L, 0L, 0L));
    assertThat(team.workload()).noneMatch(w -> w.user().username().equals("admin"));
    assertThat(
            ids(
                s.queries()
                    .filterFor(
                        sam, HomeService.workload(ann.userId(), ViewSpec.Due.THIS_WEEK), TODAY),
                sam))
        .containsExactly(today);
    assertThatThrownBy(() -> s.home().team(ann, TODAY)).isInstanceOf(AccessDeniedException.class);
  }

  private java.util.List<Long> ids(CaseFilter filter, Actor who) {
    return s.queries().page(who, filter, CaseSort.DUE, 0, 100).rows().stream()
        .map(CaseSummary::id)
        .toList();
  }
}
