package com.privacydesk.cli;

import com.privacydesk.app.deadlines.DeadlineService;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deadline --type TYPE --received DATE [--channel designated|other] [--notified DATE]
 * [--json]} and {@code deadline --batch FILE [--json]}: every clock of a case, explained.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Print every deadline clock of a case type, with how each date was computed.",
      "Uses the default settings, or those of the database that --data-dir points at."
    })
final class DeadlineCommand extends CliCommand implements Callable<Integer> {
  /** The --channel values. */
  enum ChannelKind {
    designated,
    other
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @ArgGroup(exclusive = false)
    Single single;

    @Option(
        names = "--batch",
        paramLabel = "FILE",
        description =
            "CSV lines type,received,channel (channel may be empty); one result per line.")
    Path batch;
  }

  static final class Single {
    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description = "One of: ${COMPLETION-CANDIDATES}.")
    CaseType type;

    @Option(
        names = "--received",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "Date received (CPNI_BREACH: date of the breach determination).")
    String received;

    @Option(
        names = "--channel",
        paramLabel = "designated|other",
        description =
            "CA_DISCLOSURE: received at a designated address or not (default: designated, the"
                + " shorter deadline).")
    ChannelKind channel;

    @Option(
        names = "--notified",
        paramLabel = "YYYY-MM-DD",
        description = "CPNI_BREACH: date law enforcement was notified.")
    String notified;
  }

  @Option(names = "--json", description = "Print JSON (one object per case).")
  boolean json;

  @Override
  public Integer call() {
    DeadlineService service = new DeadlineService(computeSettings());
    if (mode.batch != null) {
      return batch(service, mode.batch);
    }
    Single s = mode.single;
    LocalDate received = parseDate("--received", s.received);
    Optional<LocalDate> notified =
        Optional.ofNullable(s.notified).map(n -> parseDate("--notified", n));
    if (notified.isPresent() && s.type != CaseType.CPNI_BREACH) {
      throw new CliFailure(ExitCode.USAGE, "--notified applies to CPNI_BREACH only");
    }
    DeadlineRequest request =
        new DeadlineRequest(s.type, received, s.channel != ChannelKind.other, notified);
    List<CaseClock> clocks;
    try {
      clocks = service.clocks(request);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage());
    }
    print(io().out(), s.type, received, clocks);
    return ExitCode.OK;
  }

  private int batch(DeadlineService service, Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      PrintWriter out = io().out();
      CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
      for (CSVRecord record : format.parse(reader)) {
        long line = record.getRecordNumber();
        try {
          Batched b = parseLine(record);
          print(out, b.type(), b.received(), service.clocks(b.request()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          out.println(
              json ? Json.lineError(line, e.getMessage()) : "line " + line + ": " + e.getMessage());
        }
      }
      return ExitCode.OK;
    } catch (NoSuchFileException e) {
      throw new CliFailure(ExitCode.FAILURE, "no such file: " + file);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new CliFailure(
          ExitCode.FAILURE, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private record Batched(CaseType type, LocalDate received, DeadlineRequest request) {}

  private static Batched parseLine(CSVRecord record) {
    if (record.size() < 2 || record.size() > 3) {
      throw new IllegalArgumentException(
          "expected type,received,channel but found " + record.size() + " fields");
    }
    CaseType type;
    try {
      type = CaseType.valueOf(record.get(0).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown type '" + record.get(0).strip() + "'");
    }
    LocalDate received;
    try {
      received = LocalDate.parse(record.get(1).strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "received must be a date YYYY-MM-DD, not '" + record.get(1).strip() + "'");
    }
    String channel = record.size() == 3 ? record.get(2).strip().toLowerCase(Locale.ROOT) : "";
    if (!channel.isEmpty() && !channel.equals("designated") && !channel.equals("other")) {
      throw new IllegalArgumentException(
          "channel must be designated, other or empty, not '" + channel + "'");
    }
    return new Batched(
        type,
        received,
        new DeadlineRequest(type, received, !channel.equals("other"), Optional.empty()));
  }

  private void print(PrintWriter out, CaseType type, LocalDate received, List<CaseClock> clocks) {
    if (json) {
      out.println(Json.deadline(type.name(), received, clocks));
      return;
    }
    out.println(type + " received " + received);
    for (CaseClock c : clocks) {
      out.printf(
          "  %-24s due %s  (%d %s days)%n",
          c.name(), c.due(), c.days(), c.dayType().name().toLowerCase(Locale.ROOT));
      c.explanation().forEach(line -> out.println("      " + line));
    }
  }

  private static LocalDate parseDate(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CliFailure(
          ExitCode.USAGE, option + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }
}
