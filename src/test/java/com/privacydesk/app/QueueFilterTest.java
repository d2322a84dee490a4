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
  private Actor admin;
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
    admin = TestServices.admin(s);
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
    var page = s.queries().page(ann, f, com.privacydesk.app.port.CaseSort.DUE, 0, 50);
    assertThat(page.total()).isEqualTo(page.rows().size());
    return page.rows().stream().map(CaseSummary::id).toList();
  }

  private List<Long> view(BuiltInView v) {
    return ids(s.queries().filterFor(ann, v.spec(), TODAY));
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
    var builtIns = new java.util.LinkedHashMap<String, com.privacydesk.app.cases.ViewSpec>();
    for (BuiltInView v : BuiltInView.values()) {
      builtIns.put(v.name(), v.spec());
    }
    assertThat(s.queries().counts(ann, builtIns, TODAY))
        .containsEntry("ALL_CASES", 5L)
        .containsEntry("MY_OPEN", 1L)
        .containsEntry("UNASSIGNED", 3L)
        .containsEntry("OVERDUE", 1L)
        .containsEntry("DUE_WITHIN_3_BUSINESS_DAYS", 3L)
        .containsEntry("AWAITING_VERIFICATION", 0L)
        .containsEntry("PENDING_REVIEW", 0L);
  }

  @Test
  void searchMatchesACaseNumberOrAFragmentOfAnEmailOrAccount() {
    assertThat(ids(CaseFilter.ALL.withSearch("#" + later))).containsExactly(later);
    assertThat(ids(CaseFilter.ALL.withSearch("EXAMPLE.ORG"))).containsExactly(later);
    assertThat(ids(CaseFilter.ALL.withSearch("20881"))).containsExactly(password);
    assertThat(ids(CaseFilter.ALL.withSearch("%"))).isEmpty();
    assertThat(
            ids(
                CaseFilter.of(java.util.Set.of(CaseType.EMAIL_OPT_OUT), java.util.Set.of(), true)
                    .withSearch("example.com")))
        .containsExactly(overdue, dueSoon);
  }

  @Test
  void aSearchSaysWhichFieldEachCaseWasFoundIn() {
    assertThat(matched(CaseFilter.ALL.withSearch("#" + later)))
        .containsExactly(java.util.Set.of(CaseSummary.SearchMatch.CASE_NUMBER));
    assertThat(matched(CaseFilter.ALL.withSearch("EXAMPLE.ORG")))
        .containsExactly(java.util.Set.of(CaseSummary.SearchMatch.EMAIL));
    assertThat(matched(CaseFilter.ALL.withSearch("20881")))
        .containsExactly(java.util.Set.of(CaseSummary.SearchMatch.ACCOUNT));
    // outside a search nothing is said
    assertThat(
            s.queries()
                .page(ann, CaseFilter.ALL, com.privacydesk.app.port.CaseSort.DUE, 0, 50)
                .rows())
        .allMatch(r -> r.matched().isEmpty());
  }

  private List<java.util.Set<CaseSummary.SearchMatch>> matched(CaseFilter f) {
    return s.queries().page(ann, f, com.privacydesk.app.port.CaseSort.DUE, 0, 50).rows().stream()
        .map(CaseSummary::matched)
        .toList();
  }

  @Test
  void aSearchPageKeepsEverySortsOrderAndItsOffset() {
    // a search's page is read in two steps (the matches' ids, then their rows): same order
    CaseFilter search = CaseFilter.ALL.withSearch("example");
    for (var sort : com.privacydesk.app.port.CaseSort.values()) {
      List<Long> found =
          s.queries().page(ann, search, sort, 0, 50).rows().stream().map(CaseSummary::id).toList();
      assertThat(found).as(sort.name()).hasSizeGreaterThan(2);
      assertThat(found)
          .as(sort.name())
          .isEqualTo(sorted(sort).stream().filter(found::contains).toList());
      assertThat(
              s.queries().page(ann, search, sort, 1, 2).rows().stream()
                  .map(CaseSummary::id)
                  .toList())
          .as(sort.name() + " from the second")
          .isEqualTo(found.subList(1, 3));
    }
  }

  private List<Long> page(com.privacydesk.app.port.CaseSort sort, int offset, int limit) {
    return s.queries().page(ann, CaseFilter.ALL, sort, offset, limit).rows().stream()
        .map(CaseSummary::id)
        .toList();
  }

  private List<Long> sorted(com.privacydesk.app.port.CaseSort sort) {
    return s.queries().page(ann, CaseFilter.ALL, sort, 0, 50).rows().stream()
        .map(CaseSummary::id)
        .toList();
  }

  @Test
  void eachSortIsAppliedInTheDatabase() {
    assertThat(sorted(com.privacydesk.app.port.CaseSort.DUE))
        .containsExactly(overdue, password, dueSoon, later, closed);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.RECEIVED_NEWEST))
        .containsExactly(password, later, dueSoon, closed, overdue);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.RECEIVED_OLDEST))
        .containsExactly(overdue, closed, dueSoon, later, password);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.CASE_NUMBER_DESC))
        .containsExactly(password, closed, later, dueSoon, overdue);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.DUE_DESC))
        .containsExactly(closed, later, dueSoon, password, overdue);
    // every other column: grouped by its value, nearest due date first within a group; descending
    // is the same order reversed
    assertThat(sorted(com.privacydesk.app.port.CaseSort.TYPE))
        .containsExactly(overdue, dueSoon, later, closed, password);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.TYPE_DESC))
        .containsExactly(password, closed, later, dueSoon, overdue);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.CHANNEL))
        .containsExactly(password, overdue, dueSoon, later, closed);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.CHANNEL_DESC))
        .containsExactly(closed, later, dueSoon, overdue, password);
    // New before Withdrawn (the closed case ended as withdrawn)
    assertThat(sorted(com.privacydesk.app.port.CaseSort.STATUS))
        .containsExactly(overdue, password, dueSoon, later, closed);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.STATUS_DESC))
        .containsExactly(closed, later, dueSoon, password, overdue);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.ASSIGNEE))
        .containsExactly(later, overdue, password, dueSoon, closed);
    assertThat(sorted(com.privacydesk.app.port.CaseSort.ASSIGNEE_DESC))
        .containsExactly(closed, dueSoon, password, overdue, later);
    // the assignee order is read a group at a time: pages still continue one another
    assertThat(page(com.privacydesk.app.port.CaseSort.ASSIGNEE, 1, 2))
        .containsExactly(overdue, password);
    assertThat(page(com.privacydesk.app.port.CaseSort.ASSIGNEE, 3, 5))
        .containsExactly(dueSoon, closed);
    assertThat(page(com.privacydesk.app.port.CaseSort.ASSIGNEE_DESC, 4, 2)).containsExactly(later);
    assertThat(page(com.privacydesk.app.port.CaseSort.ASSIGNEE, 5, 2)).isEmpty();
    // a later page continues where the first stopped
    assertThat(
            s
                .queries()
                .page(ann, CaseFilter.ALL, com.privacydesk.app.port.CaseSort.DUE, 2, 2)
                .rows()
                .stream()
                .map(CaseSummary::id))
        .containsExactly(dueSoon, later);
  }

  private static com.privacydesk.app.cases.ViewSpec spec(
      java.util.Set<CaseType> types,
      java.util.Set<Channel> channels,
      com.privacydesk.app.cases.ViewSpec.Assignee who,
      Long userId,
      LocalDate from,
      LocalDate to,
      com.privacydesk.app.cases.ViewSpec.Due due,
      int days) {
    return new com.privacydesk.app.cases.ViewSpec(
        types, java.util.Set.of(), channels, who, userId, false, from, to, due, days);
  }

  private List<Long> ids(com.privacydesk.app.cases.ViewSpec v) {
    return ids(s.queries().filterFor(ann, v, TODAY));
  }

  @Test
  void filtersByTypeChannelAssigneeReceivedRangeAndDueWindow() {
    var anyone = com.privacydesk.app.cases.ViewSpec.Assignee.ANYONE;
    var any = com.privacydesk.app.cases.ViewSpec.Due.ANY;
    assertThat(
            ids(
                spec(
                    java.util.Set.of(CaseType.PASSWORD_COMPROMISE),
                    java.util.Set.of(),
                    anyone,
                    null,
                    null,
                    null,
                    any,
                    0)))
        .containsExactly(password);
    assertThat(
            ids(
                spec(
                    java.util.Set.of(),
                    java.util.Set.of(Channel.PHONE),
                    anyone,
                    null,
                    null,
                    null,
                    any,
                    0)))
        .containsExactly(password);
    assertThat(
            ids(
                spec(
                    java.util.Set.of(),
                    java.util.Set.of(),
                    com.privacydesk.app.cases.ViewSpec.Assignee.USER,
                    ann.userId(),
                    null,
                    null,
                    any,
                    0)))
        .containsExactly(later);
    assertThat(
            ids(
                spec(
                    java.util.Set.of(),
                    java.util.Set.of(),
                    anyone,
                    null,
                    LocalDate.parse("2026-11-01"),
                    LocalDate.parse("2026-11-19"),
                    any,
                    0)))
        .containsExactly(dueSoon, later, closed);
    // a due window of N business days is the built-in view's, with another N
    assertThat(
            ids(
                spec(
                    java.util.Set.of(),
                    java.util.Set.of(),
                    anyone,
                    null,
                    null,
                    null,
                    com.privacydesk.app.cases.ViewSpec.Due.WITHIN,
                    3)))
        .isEqualTo(view(BuiltInView.DUE_WITHIN_3_BUSINESS_DAYS))
        .contains(overdue, dueSoon)
        .doesNotContain(later, closed);
  }

  @Test
  void aViewSpecSurvivesBeingStoredAsText() {
    var v =
        new com.privacydesk.app.cases.ViewSpec(
            java.util.Set.of(CaseType.CA_DISCLOSURE, CaseType.EMAIL_OPT_OUT),
            java.util.Set.of(com.privacydesk.domain.CaseStatus.NEW),
            java.util.Set.of(Channel.WEB_FORM),
            com.privacydesk.app.cases.ViewSpec.Assignee.USER,
            42L,
            true,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-06-30"),
            com.privacydesk.app.cases.ViewSpec.Due.WITHIN,
            5);
    assertThat(com.privacydesk.app.cases.ViewSpec.decode(v.encode())).isEqualTo(v);
    for (BuiltInView b : BuiltInView.values()) {
      assertThat(com.privacydesk.app.cases.ViewSpec.decode(b.spec().encode())).isEqualTo(b.spec());
    }
    // unknown names from a newer version are ignored, not fatal
    assertThat(com.privacydesk.app.cases.ViewSpec.decode("types=NOPE,CA_DISCLOSURE;x=1").types())
        .containsExactly(CaseType.CA_DISCLOSURE);
  }

  @Test
  void savedViewsBelongToTheirOwnerAndShowCounts() {
    var prefs = s.queuePreferences();
    var mine =
        prefs.save(
            ann,
            "Phone reports",
            spec(
                java.util.Set.of(),
                java.util.Set.of(Channel.PHONE),
                com.privacydesk.app.cases.ViewSpec.Assignee.ANYONE,
                null,
                null,
                null,
                com.privacydesk.app.cases.ViewSpec.Due.ANY,
                0));
    assertThat(prefs.views(ann)).extracting(v -> v.name()).containsExactly("Phone reports");
    // same name (any case) replaces
    prefs.save(ann, "phone REPORTS", com.privacydesk.app.cases.ViewSpec.ALL);
    assertThat(prefs.views(ann)).hasSize(1);
    assertThat(prefs.views(ann).getFirst().spec())
        .isEqualTo(com.privacydesk.app.cases.ViewSpec.ALL);
    assertThat(
            s.queries()
                .counts(ann, java.util.Map.of("saved", prefs.views(ann).getFirst().spec()), TODAY))
        .containsEntry("saved", 5L);
    Actor bob = TestServices.user(s, admin, "bob", Role.AGENT);
    assertThat(prefs.views(bob)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> prefs.delete(bob, mine.id()))
        .isInstanceOf(NotFoundException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> prefs.save(ann, "  ", com.privacydesk.app.cases.ViewSpec.ALL))
        .isInstanceOf(ValidationException.class);
    prefs.delete(ann, mine.id());
    assertThat(prefs.views(ann)).isEmpty();
    prefs.put(ann, "queue.layout", "id:80:1|sort=DUE");
    assertThat(prefs.preferences(ann)).containsEntry("queue.layout", "id:80:1|sort=DUE");
    assertThat(prefs.preferences(bob)).isEmpty();
  }

  @Test
  void bulkStepsChangeEveryCaseOfTheFilterAndReportTheOnesThatCannotMove() {
    var report =
        s.bulk().perform(ann, CaseFilter.ALL, CaseAction.START_WORK, null, (done, total) -> true);
    // the withdrawn case cannot start work; the four open ones do, each with its own audit entry
    assertThat(report.total()).isEqualTo(5);
    assertThat(report.changed()).isEqualTo(4);
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.caseId()).isEqualTo(closed);
              assertThat(f.reason()).isInstanceOf(RefusedException.class);
            });
    for (long id : List.of(overdue, dueSoon, later, password)) {
      assertThat(s.queries().detail(ann, id).detail().summary().status())
          .isEqualTo(com.privacydesk.domain.CaseStatus.IN_PROGRESS);
      assertThat(s.queries().detail(ann, id).timeline())
          .anySatisfy(e -> assertThat(e.action()).isEqualTo("CASE_TRANSITION"));
    }
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void bulkAssignNeedsTheRightToAssignAndStopsWhenCancelled() {
    Actor lead = TestServices.user(s, admin, "lead", Role.SUPERVISOR);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> s.bulk().assign(ann, CaseFilter.ALL, lead.userId(), (d, t) -> true))
        .isInstanceOf(AccessDeniedException.class);
    var open = CaseFilter.of(java.util.Set.of(), java.util.Set.of(), true);
    var report = s.bulk().assign(lead, open, ann.userId(), (done, total) -> done < 2);
    assertThat(report.cancelled()).isTrue();
    assertThat(report.changed()).isEqualTo(2);
    assertThat(report.total()).isEqualTo(4);
  }

  @Test
  void csvExportWritesEveryRowOfTheFilterAndIsAudited() throws Exception {
    var out = new java.io.StringWriter();
    long rows =
        s.bulk()
            .exportCsv(
                ann, CaseFilter.ALL, com.privacydesk.app.port.CaseSort.DUE, out, (d, t) -> true);
    assertThat(rows).isEqualTo(5);
    var records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(out.toString()))
            .getRecords();
    assertThat(records)
        .extracting(r -> Long.parseLong(r.get("case")))
        .containsExactly(overdue, password, dueSoon, later, closed);
    assertThat(records.getFirst().get("type")).isEqualTo("EMAIL_OPT_OUT");
    assertThat(out.toString()).doesNotContain("@example");
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void searchFindsCasesWrittenAfterItsIndexWasBuilt() {
    // the first search reads every contact into the in-memory index
    assertThat(ids(CaseFilter.ALL.withSearch("example.org"))).containsExactly(later);
    long fresh = optOut("new.person@example.org", "2026-11-18");
    assertThat(ids(CaseFilter.ALL.withSearch("EXAMPLE.org"))).containsExactly(fresh, later);
    // an account reference corrected after the index was read is found by its new value only
    s.workflow()
        .editContact(ann, password, s.queries().detail(ann, password).version(), "ACC-55555", null);
    assertThat(ids(CaseFilter.ALL.withSearch("c-5555"))).containsExactly(password);
    assertThat(ids(CaseFilter.ALL.withSearch("20881"))).isEmpty();
    // a fragment in no contact at all
    assertThat(ids(CaseFilter.ALL.withSearch("zz-nowhere"))).isEmpty();
  }
}
