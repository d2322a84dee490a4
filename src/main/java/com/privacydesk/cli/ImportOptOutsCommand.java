package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.OptOutImportService;
import com.privacydesk.app.cases.OptOutImportService.Ending;
import com.privacydesk.app.cases.OptOutImportService.LineRange;
import com.privacydesk.app.cases.OptOutImportService.Problem;
import com.privacydesk.domain.intake.FieldError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-optouts FILE [--apply]}: the bulk opt-out import. Without --apply it only previews;
 * with it, it imports the new rows in transactional batches and reports every line's fate.
 */
@Command(
    name = "import-optouts",
    mixinStandardHelpOptions = true,
    description = {
      "Import email opt-outs from a CSV file with a header row: email (required); received,"
          + " channel, scope, categories (optional); other columns are ignored.",
      "Without --apply: a preview (new, already opted out, duplicate in the file, invalid, with"
          + " line numbers and reasons); nothing is stored. With --apply: the new rows become"
          + " opt-out cases, in batches that each commit whole or not at all.",
      "Exit code 0: every row was handled; 1: the file was refused or a batch failed (the lines"
          + " not imported are listed); 2: wrong usage.",
      "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
          + " of standard input."
    })
final class ImportOptOutsCommand extends CliCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8).")
  Path file;

  @Option(names = "--apply", description = "Import the new rows (default: preview only).")
  boolean apply;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "" + OptOutImportService.DEFAULT_BATCH,
      description = "Rows per transaction (1 to 10000, default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Act as this user (default: $PRIVACYDESK_USER).")
  String user;

  @Override
  public Integer call() {
    if (batchSize < 1 || batchSize > OptOutImportService.MAX_BATCH) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.import.batchSize", batchSize));
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.import.noFile", file));
    }
    if (!hasDatabase()) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    PrintWriter out = io().out();
    try (Services services = openServices(user)) {
      Actor actor = signIn(services, user);
      OptOutImportService imports = services.optOutImports();
      if (!apply) {
        var p =
            imports.preview(
                actor, () -> Files.newInputStream(file), OptOutImportService.Progress.none());
        out.println(CliErrors.text("cli.import.previewHeader", file, p.fileSha256()));
        row(out, "rows", p.rows());
        row(out, "new", p.newRows());
        row(out, "already opted out", p.alreadyOptedOut());
        row(out, "duplicate in file", p.duplicateInFile());
        row(out, "invalid", p.invalid());
        row(out, "blank lines", p.blankLines());
        if (p.withoutReceived() > 0) {
          out.println(CliErrors.text("cli.import.withoutReceived", p.withoutReceived()));
        }
        if (!p.ignoredColumns().isEmpty()) {
          out.println(
              CliErrors.text("cli.import.ignoredColumns", String.join(", ", p.ignoredColumns())));
        }
        problems(out, p.problems());
        out.println(CliErrors.text("cli.import.previewOnly", p.newRows()));
        out.flush();
        return ExitCode.OK;
      }
      long[] shown = {0};
      var result =
          imports.apply(
              actor,
              () -> Files.newInputStream(file),
              batchSize,
              (done, total) -> {
                // a progress line per tenth, on standard error so that output stays parseable
                if (total > 0 && done * 10 / total > shown[0]) {
                  shown[0] = done * 10 / total;
                  io().err().println(CliErrors.text("cli.import.progress", done, total));
                }
              },
              () -> false);
      out.println(
          CliErrors.text(
              "cli.import.result",
              result.runId(),
              result.ending().name(),
              result.created(),
              result.duplicates(),
              result.invalid()));
      out.println(CliErrors.text("cli.import.importedLines", ranges(result.imported())));
      problems(out, result.problems());
      if (!result.notAttempted().isEmpty()) {
        out.println(CliErrors.text("cli.import.notAttempted", ranges(result.notAttempted())));
      }
      if (result.failure() != null) {
        out.println(CliErrors.text("cli.import.failure", result.failure()));
      }
      out.flush();
      return result.ending() == Ending.DONE ? ExitCode.OK : ExitCode.FAILURE;
    }
  }

  private static void row(PrintWriter out, String label, long value) {
    out.println(String.format(Locale.ROOT, "%-18s %10d", label, value));
  }

  private static void problems(PrintWriter out, List<Problem> problems) {
    for (Problem p : problems) {
      out.println(describe(p));
    }
  }

  /** One line per refused row: its line number, what is wrong, never the row's data. */
  static String describe(Problem p) {
    return switch (p.kind()) {
      case INVALID ->
          CliErrors.text(
              "cli.import.invalid",
              p.line(),
              p.errors().stream()
                  .map(ImportOptOutsCommand::error)
                  .collect(Collectors.joining(" ")));
      case ALREADY_OPTED_OUT ->
          p.reference() == 0
              ? CliErrors.text("cli.import.alreadyPurged", p.line())
              : CliErrors.text("cli.import.already", p.line(), p.reference());
      case DUPLICATE_IN_FILE -> CliErrors.text("cli.import.inFile", p.line(), p.reference());
    };
  }

  private static String error(FieldError e) {
    return CliErrors.describe(e);
  }

  private static String ranges(List<LineRange> ranges) {
    return ranges.isEmpty()
        ? CliErrors.text("cli.import.none")
        : ranges.stream().map(LineRange::toString).collect(Collectors.joining(", "));
  }
}
