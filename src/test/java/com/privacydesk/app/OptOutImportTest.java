package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.ImportFileException;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.app.cases.OptOutImportService;
import com.privacydesk.app.cases.OptOutImportService.Ending;
import com.privacydesk.app.cases.OptOutImportService.LineRange;
import com.privacydesk.app.cases.OptOutImportService.Preview;
import com.privacydesk.app.cases.OptOutImportService.Problem;
import com.privacydesk.app.cases.OptOutImportService.ProblemKind;
import com.privacydesk.app.cases.OptOutImportService.Result;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.persistence.Database;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk opt-out import: a preview that sorts every row (new, already opted out, duplicate in the
 * file, invalid) with exact line numbers and stores nothing; an import in batches that creates each
 * case with its clocks and audit entries; a failing batch rolled back whole with the lines that
 * were and were not imported reported; cancel between batches; files that cannot be read refused
 * before anything is stored.
 */
@Tag("fast")
class OptOutImportTest {
  @TempDir Path dir;

  private static OptOutImportService.Source text(String csv) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    return () -> new ByteArrayInputStream(bytes);
  }

  private static long[] counts(Services s) {
    var check = s.backups().check();
    return new long[] {check.cases(), check.audit().entries()};
  }

  /** Line 1 header; the comments give each line's number. */
  private static final String MIXED =
      String.join(
          "\n",
          "Email,Received,Channel,Scope,Categories,Name", // 1 (Name: ignored)
          "new.one@example.com,2026-11-18,,,,Ann", // 2 new
          "open@example.com,2026-11-18 09:30,,,,", // 3 already: open case
          "not-an-address,2026-11-18,,,,", // 4 invalid email
          "New.One@Example.com,,,,,", // 5 duplicate of line 2
          "", // 6 blank
          "new.two@example.com,2026-11-19T14:00,PHONE,ALL,,", // 7 new
          "future@example.com,2027-01-01,,,,", // 8 invalid: future
          "bad.date@example.com,18/11/2026,,,,", // 9 invalid date
          "bad.channel@example.com,,TELEGRAM,,,", // 10 invalid channel
          "cats@example.com,,,SELECTED_CATEGORIES,,", // 11 invalid: no categories
          "two words@example.com,,,,,", // 12 invalid email
          "suppressed@example.com,2026-11-19T19:00Z,,,,", // 13 already: closed SUPPRESSED
          "withdrawn@example.com,,,,,", // 14 new: only a withdrawn opt-out
          "new.three@example.com,,,categories,\"Deals, news\",", // 15 new
          "too.many@example.com,,,,,,extra"); // 16 invalid: more values than columns

  private void seedExisting(Services s, Actor agent) {
    s.intake()
        .logOptOut(
            agent,
            new OptOutIntake(
                "open@example.com",
                OptOutScope.ALL_COMMERCIAL,
                null,
                Channel.WEB_FORM,
                LocalDateTime.of(2026, 11, 2, 9, 0)),
            Duplicates.ignore());
    long suppressed =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "suppressed@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 10, 1, 9, 0)),
                Duplicates.ignore());
    close(s, agent, suppressed, Outcome.SUPPRESSED);
    long withdrawn =
        s.intake()
            .logOptOut(
                agent,
                new OptOutIntake(
                    "withdrawn@example.com",
                    OptOutScope.ALL_COMMERCIAL,
                    null,
                    Channel.WEB_FORM,
                    LocalDateTime.of(2026, 10, 1, 9, 0)),
                Duplicates.ignore());
    close(s, agent, withdrawn, Outcome.WITHDRAWN);
  }

  /** Closes an opt-out; SUPPRESSED after ticking its checklist (dated the day before NOW). */
  private static void close(Services s, Actor agent, long id, Outcome outcome) {
    if (outcome == Outcome.SUPPRESSED) {
      for (Checklist.Entry e : s.queries().detail(agent, id).checklist()) {
        if (!e.done()) {
          s.workflow()
              .tick(
                  agent,
                  id,
                  s.queries().detail(agent, id).version(),
                  e.key(),
                  e.item().evidence().dated() ? LocalDate.of(2026, 11, 19) : null,
                  e.item().evidence().chosen() ? e.item().choices().getFirst() : null);
        }
      }
    }
    s.workflow()
        .perform(agent, id, s.queries().detail(agent, id).version(), CaseAction.CLOSE, outcome);
  }

  @Test
  void thePreviewSortsEveryRowWithItsLineAndReasonAndStoresNothing() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      seedExisting(s, agent);
      long[] before = counts(s);
      List<long[]> progress = new ArrayList<>();

      Preview p =
          s.optOutImports()
              .preview(agent, text(MIXED), (done, total) -> progress.add(new long[] {done, total}));

      assertThat(p.rows()).isEqualTo(14); // lines 2-16 but the blank line 6
      assertThat(p.blankLines()).isEqualTo(1);
      assertThat(p.newRows()).isEqualTo(4); // lines 2, 7, 14, 15
      assertThat(p.alreadyOptedOut()).isEqualTo(2); // 3, 13
      assertThat(p.duplicateInFile()).isEqualTo(1); // 5
      assertThat(p.invalid()).isEqualTo(7); // 4, 8, 9, 10, 11, 12, 16
      assertThat(p.ignoredColumns()).containsExactly("name");
      assertThat(p.withoutReceived()).isEqualTo(7);
      assertThat(p.problems())
          .extracting(Problem::line, Problem::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(3L, ProblemKind.ALREADY_OPTED_OUT),
              org.assertj.core.groups.Tuple.tuple(4L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(5L, ProblemKind.DUPLICATE_IN_FILE),
              org.assertj.core.groups.Tuple.tuple(8L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(9L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(10L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(11L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(12L, ProblemKind.INVALID),
              org.assertj.core.groups.Tuple.tuple(13L, ProblemKind.ALREADY_OPTED_OUT),
              org.assertj.core.groups.Tuple.tuple(16L, ProblemKind.INVALID));
      assertThat(problem(p.problems(), 5).reference()).isEqualTo(2); // duplicate of line 2
      assertThat(problem(p.problems(), 3).reference()).isPositive(); // the open case
      assertThat(codes(problem(p.problems(), 4))).containsExactly("email.invalid");
      assertThat(codes(problem(p.problems(), 8))).containsExactly("received.future");
      assertThat(codes(problem(p.problems(), 9))).containsExactly("import.received.invalid");
      assertThat(codes(problem(p.problems(), 10))).containsExactly("import.channel.invalid");
      assertThat(codes(problem(p.problems(), 11))).containsExactly("categories.required");
      assertThat(codes(problem(p.problems(), 16))).containsExactly("import.row.columns");
      assertThat(p.fileSha256()).hasSize(64);
      assertThat(progress.getLast()).containsExactly(14, 14);
      assertThat(counts(s)).as("a preview stores nothing").isEqualTo(before);
    }
  }

  /** The process dying between batches (a kill, a power cut): nothing after it runs. */
  private static final class ProcessDied extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aRunWhoseProcessDiedIsMarkedInterruptedWithWhatItCommittedAtTheNextStart() throws Exception {
    long runCreated;
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      String csv =
          "email,received\n"
              + "a1@example.com,2026-11-18\nb1@example.com,2026-11-18\n"
              + "c1@example.com,2026-11-18\nd1@example.com,2026-11-18\n";
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.optOutImports()
                      .apply(
                          agent,
                          text(csv),
                          2,
                          (done, total) -> {
                            throw new ProcessDied();
                          },
                          () -> false))
          .isInstanceOf(ProcessDied.class);
      runCreated = s.backups().check().cases();
      assertThat(runCreated).as("the first batch was committed").isEqualTo(2);
      assertThat(importRun(s)).isEqualTo("RUNNING 0");
    }
    // two days later: in team mode only runs a day old count (another workstation may be busy)
    java.time.Clock later =
        java.time.Clock.fixed(
            TestServices.NOW.plus(java.time.Duration.ofDays(2)), java.time.ZoneOffset.UTC);
    try (Services s = TestServices.open(dir, later)) {
      assertThat(importRun(s)).isEqualTo("INTERRUPTED " + runCreated);
      assertThat(TestServices.auditRows(s).getLast().action()).isEqualTo("IMPORT_INTERRUPTED");
      assertThat(s.audit().verify().intact()).isTrue();
    }
    try (Services s = TestServices.open(dir)) {
      assertThat(
              TestServices.auditRows(s).stream()
                  .filter(r -> r.action().equals("IMPORT_INTERRUPTED")))
          .as("marked once")
          .hasSize(1);
    }
  }

  private static String importRun(Services s) throws java.sql.SQLException {
    try (var c = TestServices.connect(s);
        var rs = c.createStatement().executeQuery("SELECT status, created FROM opt_out_import")) {
      rs.next();
      return rs.getString(1) + " " + rs.getInt(2);
    }
  }

  @Test
  void theImportCreatesTheNewRowsWithTheirClocksAndAuditEntriesInBatches() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      Actor agent = TestServices.user(s, admin, "ann", Role.AGENT);
      seedExisting(s, agent);
      long casesBefore = counts(s)[0];
      List<long[]> progress = new ArrayList<>();

      Result r =
          s.optOutImports()
              .apply(
                  agent,
                  text(MIXED),
                  2,
                  (done, total) -> progress.add(new long[] {done, total}),
                  () -> false);

      assertThat(r.ending()).isEqualTo(Ending.DONE);
      assertThat(r.rows()).isEqualTo(14);
      assertThat(r.created()).isEqualTo(4);
      assertThat(r.duplicates()).isEqualTo(3);
      assertThat(r.invalid()).isEqualTo(7);
      assertThat(r.imported())
          .containsExactly(new LineRange(2, 2), new LineRange(7, 7), new LineRange(14, 15));
      assertThat(r.notAttempted()).isEmpty();
      assertThat(r.problems()).extracting(Problem::line).contains(3L, 4L, 5L, 13L, 16L);
      assertThat(progress.getLast()).containsExactly(14, 14);
      assertThat(progress).hasSize(7); // 14 rows in batches of 2
      assertThat(counts(s)[0]).isEqualTo(casesBefore + 4);

      // line 7: received 2026-11-19 14:00 by phone; 10 business days, receipt day not counted
      var phone = s.queries().detail(admin, r.caseIds().get(1));
      assertThat(phone.detail().summary().type()).isEqualTo(CaseType.EMAIL_OPT_OUT);
      assertThat(phone.detail().summary().channel()).isEqualTo(Channel.PHONE);
      assertThat(phone.detail().summary().receivedDate()).isEqualTo(LocalDate.of(2026, 11, 19));
      assertThat(phone.detail().summary().dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
      // line 14: no received date: the import's time (Friday 2026-11-20 10:00 New York)
      var undated = s.queries().detail(admin, r.caseIds().get(2));
      assertThat(undated.detail().summary().receivedDate()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(undated.detail().summary().channel()).isEqualTo(Channel.WEB_FORM);

      var audit = TestServices.auditRows(s);
      assertThat(audit)
          .filteredOn(a -> a.action().equals("CASE_CREATE"))
          .filteredOn(a -> a.detail().contains("import=" + r.runId()))
          .extracting(a -> a.detail().replaceAll(".*line=(\\d+).*", "$1"))
          .containsExactly("2", "7", "14", "15");
      assertThat(audit)
          .filteredOn(a -> a.action().startsWith("IMPORT_"))
          .extracting(TestServices.AuditRow::action)
          .containsExactly(
              "IMPORT_START",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_BATCH",
              "IMPORT_END");
      assertThat(audit.getLast().detail())
          .isEqualTo("ending=DONE; created=4; duplicates=3; invalid=7; notAttempted=none");
      assertThat(audit).allMatch(a -> a.actorName().equals("ann") || !a.action().startsWith("IMP"));
      assertThat(s.audit().verify().intact()).isTrue();

      // importing the same file again finds every address already opted out
      Preview again =
          s.optOutImports().preview(agent, text(MIXED), OptOutImportService.Progress.none());
      assertThat(again.newRows()).isZero();
      assertThat(again.alreadyOptedOut()).isEqualTo(6);
    }
  }

  @Test
  void aFailingBatchIsRolledBackWholeAndTheLinesNotImportedAreReported() throws Exception {
    Actor agent;
    StringBuilder csv = new StringBuilder("email\n");
    for (int i = 1; i <= 10; i++) {
      csv.append(i == 6 ? "boom" : "row" + i).append("@example.com\n"); // lines 2..11
    }
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      agent = TestServices.user(s, admin, "ann", Role.AGENT);
    }
    Result r;
    try (Database db = TestServices.database(dir)) {
      TransactionRunner tx = failingOn("boom@example.com", db.transactions());
      var clock = TestServices.clock();
      var service = new OptOutImportService(tx, clock, new IntakeService(tx, clock));
      r =
          service.apply(
              agent, text(csv.toString()), 3, OptOutImportService.Progress.none(), () -> false);
    }
    // batches: lines 2-4, 5-7 (fails at line 7), 8-10, 11
    assertThat(r.ending()).isEqualTo(Ending.FAILED);
    assertThat(r.created()).isEqualTo(3);
    assertThat(r.imported()).containsExactly(new LineRange(2, 4));
    assertThat(r.notAttempted()).containsExactly(new LineRange(5, 11));
    try (Services s = TestServices.open(dir)) {
      assertThat(s.backups().check().cases()).as("no half batch").isEqualTo(3);
      assertThat(s.audit().verify().intact()).isTrue();
      assertThat(TestServices.auditRows(s).getLast().detail())
          .isEqualTo("ending=FAILED; created=3; duplicates=0; invalid=0; notAttempted=5-11");
    }
  }

  /**
   * A transaction runner whose case repository fails when the opt-out of {@code email} is stored.
   */
  private static TransactionRunner failingOn(String email, TransactionRunner real) {
    return new TransactionRunner() {
      @Override
      public <T> T inTransaction(java.util.function.Function<Repositories, T> work) {
        return real.inTransaction(r -> work.apply(failing(r, email)));
      }
    };
  }

  private static Repositories failing(Repositories real, String email) {
    CaseRepository cases =
        (CaseRepository)
            Proxy.newProxyInstance(
                CaseRepository.class.getClassLoader(),
                new Class<?>[] {CaseRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("insertOptOuts")
                      && ((List<?>) args[0])
                          .stream()
                              .anyMatch(
                                  row -> email.equals(((CaseRepository.OptOutRow) row).email()))) {
                    throw new IllegalStateException("disk full");
                  }
                  try {
                    return method.invoke(real.cases(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (Repositories)
        Proxy.newProxyInstance(
            Repositories.class.getClassLoader(),
            new Class<?>[] {Repositories.class},
            (proxy, method, args) -> {
              if (method.getName().equals("cases")) {
                return cases;
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void cancelStopsBetweenBatchesAndKeepsWhatWasCommitted() {
    StringBuilder csv = new StringBuilder("email\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("row").append(i).append("@example.com\n");
    }
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      AtomicInteger asked = new AtomicInteger();
      Result r =
          s.optOutImports()
              .apply(
                  admin,
                  text(csv.toString()),
                  4,
                  OptOutImportService.Progress.none(),
                  () -> asked.incrementAndGet() > 1);
      assertThat(r.ending()).isEqualTo(Ending.CANCELLED);
      assertThat(r.imported()).containsExactly(new LineRange(2, 5));
      assertThat(r.notAttempted()).containsExactly(new LineRange(6, 11));
      assertThat(s.backups().check().cases()).isEqualTo(4);
      assertThat(TestServices.auditRows(s).getLast().detail())
          .isEqualTo("ending=CANCELLED; created=4; duplicates=0; invalid=0; notAttempted=6-11");
    }
  }

  @Test
  void aFileThatCannotBeReadAgainEndsTheRunWithEveryLineNotAttempted() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      byte[] bytes = "email\na@example.com\nb@example.com\n".getBytes(StandardCharsets.UTF_8);
      AtomicInteger opened = new AtomicInteger();
      OptOutImportService.Source source =
          () -> {
            if (opened.incrementAndGet() > 1) {
              throw new java.io.IOException("the share went away");
            }
            return new ByteArrayInputStream(bytes);
          };
      Result r =
          s.optOutImports()
              .apply(admin, source, 10, OptOutImportService.Progress.none(), () -> false);
      assertThat(r.ending()).isEqualTo(Ending.FAILED);
      assertThat(r.created()).isZero();
      assertThat(r.notAttempted()).containsExactly(new LineRange(2, 3));
      assertThat(s.backups().check().cases()).isZero();
      assertThat(TestServices.auditRows(s).getLast().detail())
          .isEqualTo("ending=FAILED; created=0; duplicates=0; invalid=0; notAttempted=2-3");
    }
  }

  @Test
  void aFileThatCannotBeReadIsRefusedBeforeAnythingIsStored() {
    try (Services s = TestServices.open(dir)) {
      Actor admin = TestServices.admin(s);
      long[] before = counts(s);
      var imports = s.optOutImports();
      var none = OptOutImportService.Progress.none();
      assertThatThrownBy(() -> imports.preview(admin, text("mail,name\na@example.com,A\n"), none))
          .isInstanceOfSatisfying(
              ImportFileException.class,
              e -> assertThat(e.messageKey()).isEqualTo("error.import.file.noEmail"));
      // an unclosed quote on line 4: the rows before it are not imported either
      String broken = "email\na@example.com\nb@example.com\n\"c@example.com\nd@example.com\n";
      assertThatThrownBy(() -> imports.apply(admin, text(broken), 1, none, () -> false))
          .isInstanceOfSatisfying(
              ImportFileException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("error.import.file.malformed");
                assertThat(e.messageArgs()).containsExactly(4L);
              });
      byte[] latin1 = "email\nj\u00f6rg@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
      assertThatThrownBy(
              () ->
                  imports.apply(
                      admin, () -> new ByteArrayInputStream(latin1), 1, none, () -> false))
          .isInstanceOfSatisfying(
              ImportFileException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("error.import.file.encoding");
                assertThat(e.messageArgs()).containsExactly(2L);
              });
      // the line is the one the byte is on, also far past the reader's first buffer
      var far = new StringBuilder("email\n");
      for (int i = 2; i < 900; i++) {
        far.append("row").append(i).append("@example.com\n");
      }
      byte[] farBytes =
          (far + "j\u00f6rg@example.com\nlast@example.com\n").getBytes(StandardCharsets.ISO_8859_1);
      assertThatThrownBy(
              () ->
                  imports.apply(
                      admin, () -> new ByteArrayInputStream(farBytes), 1, none, () -> false))
          .isInstanceOfSatisfying(
              ImportFileException.class, e -> assertThat(e.messageArgs()).containsExactly(900L));
      assertThat(counts(s)).isEqualTo(before);
      // a byte-order mark (Excel's "CSV UTF-8") and CRLF line ends are fine
      byte[] bom = "\uFEFFEmail\r\nx@example.com\r\n".getBytes(StandardCharsets.UTF_8);
      assertThat(imports.preview(admin, () -> new ByteArrayInputStream(bom), none).newRows())
          .isEqualTo(1);
    }
  }

  private static Problem problem(List<Problem> problems, long line) {
    return problems.stream().filter(p -> p.line() == line).findFirst().orElseThrow();
  }

  private static List<String> codes(Problem p) {
    return p.errors().stream().map(e -> e.code()).toList();
  }
}
