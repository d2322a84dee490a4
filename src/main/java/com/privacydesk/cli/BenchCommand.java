package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.cases.OptOutImportService;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.demo.DemoSeeder;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.RawQueries;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportService;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the queue benchmark of docs/performance.md. Seeds the data folder when it holds no
 * cases, then times the queue's work as an agent does it, each query also as plain SQL over JDBC.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Queue benchmark: seed the (empty) data folder with demo cases, then print median and p95",
      "for each built-in view's first page, an email-fragment search, sorts, opening a case,",
      "saving a note and creating a case; page queries also as plain SQL (ratio), and the heap.",
      "Use a fresh --data-dir: the benchmark adds notes and cases."
    })
final class BenchCommand extends CliCommand implements Callable<Integer> {
  @Option(
      names = "--cases",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Cases to seed when the folder is empty (default: ${DEFAULT-VALUE}).")
  int cases;

  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "40",
      description = "Timed runs per measurement, after warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the demo data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--part",
      paramLabel = "PART",
      defaultValue = "all",
      description =
          "What to measure: queue, reports, home (Home's figures and the reminders check), all"
              + " (those three) or import (the bulk opt-out import of a 100,000-row file; adds"
              + " cases) (default: ${DEFAULT-VALUE}).")
  Part part;

  /** The parts of the benchmark. */
  enum Part {
    QUEUE,
    REPORTS,
    HOME,
    ALL,
    IMPORT
  }

  /** Rows of the generated opt-out file of {@code --part import}. */
  private static final int IMPORT_ROWS = 100_000;

  private static final int IMPORT_WARM_UP = 1;

  private static final int PAGE = 200;
  private static final int REPORT_WARM_UP = 3;
  private BenchTimer timer;
  private static final int WARM_UP = 20;

  /** Page loads before the first measurement, so the JIT has compiled the common path. */
  private static final int JIT_WARM_UP = 300;

  @Override
  public Integer call() {
    var out = io().out();
    try (Services s = openServices()) {
      if (!s.queries().anyCases()) {
        long[] last = {0};
        var seeded =
            s.demoSeeder()
                .seed(
                    cases,
                    seed,
                    (done, total) -> {
                      if (done == total || System.nanoTime() - last[0] > 5_000_000_000L) {
                        last[0] = System.nanoTime();
                        out.println(CliErrors.text("cli.seed.progress", done, total));
                      }
                    });
        out.printf(
            Locale.ROOT,
            "seeded %,d cases in %.1f s%s%n",
            seeded.cases(),
            seeded.took().toMillis() / 1000.0,
            s.onServer() ? "" : "; compacting the file");
        s.compactAndClose();
      }
    }
    try (Services s = openServices()) {
      Actor agent = s.users().authenticate("agent01", DemoSeeder.DEMO_PASSWORD.toCharArray());
      ZoneId zone = s.settings().current().zone();
      LocalDate today = LocalDate.now(zone);
      CaseQueries q = s.queries();
      long total = q.page(agent, 0, 1).total();
      out.printf(
          Locale.ROOT,
          "bench: %,d cases; %d page loads to warm the JIT, then %d timed runs per line after %d"
              + " warm-up runs; page size %d%n%n",
          total,
          JIT_WARM_UP,
          runs,
          WARM_UP,
          PAGE);
      out.printf(
          Locale.ROOT,
          "%-44s %9s %9s %9s %9s %7s%n",
          "measurement",
          "median ms",
          "p95 ms",
          "raw med",
          "raw p95",
          "ratio");
      timer = new BenchTimer(out, WARM_UP, runs);
      if (part == Part.IMPORT) {
        importRows(s, agent);
        return ExitCode.OK;
      }
      if (part == Part.HOME || part == Part.ALL) {
        homeRows(s, agent, today);
      }
      if (part == Part.QUEUE || part == Part.ALL) {
        for (int i = 0; i < JIT_WARM_UP; i++) {
          List<BuiltInView> views = List.of(BuiltInView.values());
          BuiltInView v = views.get(i % views.size());
          q.page(agent, v.spec(), null, CaseSort.DUE, today, 0, PAGE);
          q.detail(agent, 1 + (i * 7919L) % total);
        }
        for (BuiltInView v : BuiltInView.values()) {
          pageRow(s, agent, "first page: " + v.name(), v.spec(), null, CaseSort.DUE, 0, today);
        }
        // what an agent types: a name and a few digits of the address (about 230 matches each in
        // the demo data), and broad ones (a name and one digit: about 2,300 matches each)
        searchRow(
            s,
            agent,
            today,
            "search email fragment (name+2 digits)",
            "garcia81",
            "lopez23",
            "smith90",
            "king77",
            "moore42",
            "young19");
        searchRow(
            s,
            agent,
            today,
            "search email fragment (name+1 digit)",
            "nguyen4",
            "hill5",
            "scott7",
            "allen2");
        pageRow(
            s,
            agent,
            "sort by due date, page 51 (offset 10,000)",
            ViewSpec.ALL,
            null,
            CaseSort.DUE,
            10_000,
            today);
        pageRow(
            s,
            agent,
            "sort by received, newest first",
            ViewSpec.ALL,
            null,
            CaseSort.RECEIVED_NEWEST,
            0,
            today);
        pageRow(
            s,
            agent,
            "sort by case number, highest first",
            ViewSpec.ALL,
            null,
            CaseSort.CASE_NUMBER_DESC,
            0,
            today);
        for (CaseSort other : List.of(CaseSort.DUE_DESC, CaseSort.TYPE, CaseSort.STATUS_DESC)) {
          pageRow(s, agent, "sort by " + other, ViewSpec.ALL, null, other, 0, today);
        }
        // no single SQL statement to compare with: the page is read one assignee at a time
        for (int offset : new int[] {0, 10_000}) {
          timer.timed(
              "sort by ASSIGNEE, offset " + offset,
              i -> q.page(agent, ViewSpec.ALL, null, CaseSort.ASSIGNEE, today, offset, PAGE));
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        timer.timed(
            "open a case (detail, checklist, timeline)",
            i -> q.detail(agent, 1 + rnd.nextLong(total)));
        List<CaseSummary> mine =
            new ArrayList<>(
                q.page(agent, BuiltInView.MY_OPEN.spec(), null, CaseSort.DUE, today, 0, PAGE)
                    .rows());
        if (mine.isEmpty()) {
          out.println("save a note: skipped (agent01 has no open cases)");
        } else {
          timer.timed(
              "save a case edit (add a note)",
              i -> {
                CaseSummary c = mine.get(i % mine.size());
                int version = q.detail(agent, c.id()).detail().summary().version();
                long start = System.nanoTime();
                s.workflow().addNote(agent, c.id(), version, "Benchmark note " + i);
                return System.nanoTime() - start;
              },
              true);
        }
        long[] created = {0};
        timer.timed(
            "create a case (opt-out)",
            i -> {
              created[0]++;
              return s.intake()
                  .logOptOut(
                      agent,
                      new OptOutIntake(
                          "bench" + System.nanoTime() + "@example.com",
                          OptOutScope.ALL_COMMERCIAL,
                          null,
                          Channel.WEB_FORM,
                          LocalDateTime.now(zone).minusMinutes(1)));
            });
      }
      if (part == Part.REPORTS || part == Part.ALL) {
        reportRows(s, zone);
      }
      printHeap();
    }
    return ExitCode.OK;
  }

  /**
   * Home as an agent and a supervisor open it (each figure a count of a queue view), the month so
   * far and the twelve months' on-time rates, one reminders check with the day's deadlines, and one
   * presence beat of a workstation.
   */
  private void homeRows(Services s, Actor agent, LocalDate today) {
    Actor lead = s.users().authenticate("lead01", DemoSeeder.DEMO_PASSWORD.toCharArray());
    timer.timed("home: my day (agent)", i -> s.home().myDay(agent, today));
    for (var f : com.privacydesk.app.cases.HomeService.MyDayFigure.values()) {
      timer.timed(
          "  of which the count " + f,
          i -> s.queries().counts(agent, java.util.Map.of(f.name(), f.spec()), today));
    }
    timer.timed("home: team (supervisor)", i -> s.home().team(lead, today));
    var all = java.util.EnumSet.allOf(com.privacydesk.app.cases.NotificationService.Kind.class);
    long mark = s.notifications().mark(agent);
    timer.timed(
        "reminders: one check with deadlines",
        i -> s.notifications().check(agent, mark, today, all, true));
    // a workstation's presence beat (team mode): mark 5 open cases, ask about 60 shown rows
    java.util.List<Long> shown =
        s.queries().page(agent, 0, 60).rows().stream()
            .map(com.privacydesk.app.port.CaseSummary::id)
            .toList();
    java.util.Set<Long> open = java.util.Set.copyOf(shown.subList(0, Math.min(5, shown.size())));
    timer.timed(
        "presence: one beat (5 open, 60 shown)",
        i -> {
          s.presence().beat(agent, open);
          return s.presence().others(agent, shown);
        });
    s.presence().leave(agent);
    BenchTimer few = new BenchTimer(io().out(), 1, Math.max(3, runs / 10));
    few.timed("home: the month so far (month to date)", i -> s.reports().monthToDate(lead));
    few.timed("home: the last 12 months' on-time rates", i -> s.reports().lastMonths(lead, 12));
  }

  /**
   * The monthly report of the last full month, of the month a year and two years before it (their
   * backlog reaches back over the years between), each as supervisors get it (frozen when first
   * reported) and as computed from the records as at its end (what its first report costs), each
   * against the same statements over plain JDBC; the month to date likewise; then the whole export
   * pack of the last full month.
   */
  private void reportRows(Services s, ZoneId zone) {
    var out = io().out();
    Actor lead = s.users().authenticate("lead01", DemoSeeder.DEMO_PASSWORD.toCharArray());
    ReportService reports = s.reports();
    YearMonth month = reports.lastFullMonth();
    timer = new BenchTimer(out, REPORT_WARM_UP, Math.max(5, runs / 4));
    out.printf(
        Locale.ROOT,
        "%nreports: %d warm-up and %d timed runs per line%n",
        timer.warmUp(),
        timer.timedRuns());
    for (YearMonth m : List.of(month, month.minusMonths(12), month.minusMonths(24))) {
      Instant to = m.atEndOfMonth().plusDays(1).atStartOfDay(zone).toInstant();
      List<String> sql = reportSql(s, zone, m, m.atEndOfMonth(), to);
      timer.timedPair(
          "monthly report " + m + " (frozen)",
          i -> reports.monthly(lead, m),
          i -> s.rawQueries().runAll(sql));
      timer.timedPair(
          "  computing " + m + " as at its end (its first report)",
          i -> reports.recompute(lead, m),
          i -> s.rawQueries().runAll(sql));
    }
    YearMonth current = month.plusMonths(1);
    Instant now = s.clock().instant();
    List<String> sql = reportSql(s, zone, current, now.atZone(zone).toLocalDate(), now);
    timer.timedPair(
        "monthly report " + current + " (month to date)",
        i -> reports.monthly(lead, current),
        i -> s.rawQueries().runAll(sql));
    ReportModel model = reports.monthly(lead, month);
    try {
      Path dir = Files.createTempDirectory("privacydesk-bench-pack");
      ReportExporter exporter = new ReportExporter(reports);
      timer.timed(
          "export pack " + month + " (xlsx, pdf, csv, json)",
          i ->
              exporter.exportPack(
                  lead, model, dir, PaperSize.LETTER, ReportExporter.Progress.NONE));
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of {@code month}'s report measured on {@code day} at {@code to}. */
  private static List<String> reportSql(
      Services s, ZoneId zone, YearMonth month, LocalDate day, Instant to) {
    Map<CaseType, Instant> cutoffs = new EnumMap<>(CaseType.class);
    for (CaseType t : CaseType.values()) {
      cutoffs.put(t, ReportService.retentionCutoff(to, zone, RetentionPolicy.DEFAULT_MONTHS));
    }
    LocalDate first = month.atDay(1);
    return s.rawQueries()
        .reportStatements(first, day, first.atStartOfDay(zone).toInstant(), to, cutoffs);
  }

  /**
   * The bulk opt-out import of a generated 100,000-row file (new addresses each run, a received
   * date, channel and scope on every row): the preview, then the import (its check pass, batches of
   * {@value OptOutImportService#DEFAULT_BATCH}, cases, clocks and audit entries).
   */
  private void importRows(Services s, Actor agent) {
    var out = io().out();
    timer = new BenchTimer(out, IMPORT_WARM_UP, Math.max(3, Math.min(runs, 5)));
    out.printf(
        Locale.ROOT,
        "%nimport-optouts: %,d-row file, %d warm-up and %d timed runs per line%n",
        IMPORT_ROWS,
        timer.warmUp(),
        timer.timedRuns());
    try {
      Path file = Files.createTempFile("privacydesk-bench-optouts", ".csv");
      try {
        long stamp = System.nanoTime();
        int[] round = {0};
        OptOutImportService imports = s.optOutImports();
        timer.timed(
            "preview " + IMPORT_ROWS + " rows",
            i -> {
              writeOptOutFile(file, stamp, round[0]);
              long start = System.nanoTime();
              imports.preview(agent, () -> Files.newInputStream(file), (d, t) -> {});
              return System.nanoTime() - start;
            },
            true);
        timer.timed(
            "import " + IMPORT_ROWS + " rows (check + batches)",
            i -> {
              writeOptOutFile(file, stamp, ++round[0]);
              long start = System.nanoTime();
              var r =
                  imports.apply(
                      agent,
                      () -> Files.newInputStream(file),
                      OptOutImportService.DEFAULT_BATCH,
                      (d, t) -> {},
                      () -> false);
              long took = System.nanoTime() - start;
              if (r.created() != IMPORT_ROWS) {
                throw new IllegalStateException("imported " + r.created() + " of " + IMPORT_ROWS);
              }
              return took;
            },
            true);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    printHeap();
  }

  /** The heap in use after a garbage collection, and its maximum. */
  private void printHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    io().out()
        .printf(
            Locale.ROOT,
            "%nheap used after the run (after GC): %d MB (max %d MB)%n",
            (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024),
            rt.maxMemory() / (1024 * 1024));
  }

  /** A day's unsubscribe export: {@value #IMPORT_ROWS} rows of addresses new in each round. */
  private static void writeOptOutFile(Path file, long stamp, int round) {
    try (var w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      w.write("email,received,channel,scope\n");
      for (int i = 0; i < IMPORT_ROWS; i++) {
        w.write("bench" + stamp + "r" + round + "n" + i + "@example" + (i % 50) + ".com");
        w.write(",2026-11-" + (10 + i % 10) + ",WEB_FORM,ALL_COMMERCIAL\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pageRow(
      Services s,
      Actor agent,
      String name,
      ViewSpec spec,
      String search,
      CaseSort sort,
      int offset,
      LocalDate today) {
    CaseFilter filter = s.queries().filterFor(agent, spec, today).withSearch(search);
    RawQueries.Prepared sql = s.rawQueries().prepare(filter, sort, offset, PAGE);
    timer.timedPair(
        name,
        i -> s.queries().page(agent, spec, search, sort, today, offset, PAGE),
        i -> s.rawQueries().run(sql));
  }

  private void searchRow(
      Services s, Actor agent, LocalDate today, String name, String... fragments) {
    var prepared = new ArrayList<RawQueries.Prepared>();
    for (String f : fragments) {
      prepared.add(s.rawQueries().prepare(CaseFilter.ALL.withSearch(f), CaseSort.DUE, 0, PAGE));
    }
    int[] turn = {0, 0};
    timer.timedPair(
        name,
        i ->
            s.queries()
                .page(
                    agent,
                    ViewSpec.ALL,
                    fragments[turn[0]++ % fragments.length],
                    CaseSort.DUE,
                    today,
                    0,
                    PAGE),
        i -> s.rawQueries().run(prepared.get(turn[1]++ % prepared.size())));
  }
}
