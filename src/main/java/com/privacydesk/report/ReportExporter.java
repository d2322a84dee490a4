package com.privacydesk.report;

import com.privacydesk.app.Actor;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.app.reports.ReportService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes a computed report to files and records each export in the audit trail with the file's
 * SHA-256. A file appears complete or not at all: it is written under a temporary name and moved
 * into place; a cancelled or failed export leaves nothing behind and records nothing.
 */
public final class ReportExporter {
  private final ReportService reports;

  public ReportExporter(ReportService reports) {
    this.reports = reports;
  }

  /** Progress in tables written; returns false to cancel. */
  @FunctionalInterface
  public interface Progress {
    boolean update(int done, int total);

    /** No reporting, never cancels. */
    Progress NONE = (done, total) -> true;
  }

  /** One written file. */
  public record Exported(Path file, ReportFormat format, long bytes, String sha256) {}

  /** Writes {@code model} as {@code format} to {@code out}. */
  public Exported export(
      Actor actor,
      ReportModel model,
      ReportFormat format,
      Path out,
      PaperSize paper,
      Progress progress) {
    int total = model.tables().size();
    return write(actor, model, format, out, paper, progress, 0, total);
  }

  /**
   * The whole pack in {@code dir}: XLSX, PDF, CSV (zip) and JSON, named after the report (e.g.
   * {@code privacydesk-report-2026-10.xlsx}).
   */
  public List<Exported> exportPack(
      Actor actor, ReportModel model, Path dir, PaperSize paper, Progress progress) {
    List<Exported> files = new ArrayList<>();
    int tables = model.tables().size();
    int total = tables * ReportFormat.values().length;
    int done = 0;
    for (ReportFormat format : ReportFormat.values()) {
      Path out = dir.resolve(model.fileStem() + "." + format.extension());
      files.add(write(actor, model, format, out, paper, progress, done, total));
      done += tables;
    }
    return files;
  }

  /** The file a report is written to when only a folder is given. */
  public static Path defaultFile(ReportModel model, ReportFormat format, Path dir) {
    return dir.resolve(model.fileStem() + "." + format.extension());
  }

  private Exported write(
      Actor actor,
      ReportModel model,
      ReportFormat format,
      Path out,
      PaperSize paper,
      Progress progress,
      int doneBefore,
      int total) {
    actor.require(com.privacydesk.domain.user.Permission.VIEW_REPORTS);
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UncheckedIOException(new IOException("The folder " + dir + " does not exist."));
    }
    Path part = dir.resolve("." + target.getFileName() + ".part");
    MessageDigest sha = sha256();
    int[] done = {doneBefore};
    try {
      // reports hold case numbers and agents' names: readable by their owner only
      Files.deleteIfExists(part);
      com.privacydesk.app.OwnerOnlyFiles.createFile(part);
      try (OutputStream file = Files.newOutputStream(part);
          DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(file), sha)) {
        writer(format, paper)
            .write(
                model,
                digest,
                () -> {
                  if (!progress.update(++done[0], total)) {
                    throw new CancellationException("export cancelled");
                  }
                });
        digest.flush();
      }
      long bytes = Files.size(part);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      String hash = HexFormat.of().formatHex(sha.digest());
      reports.recordExport(actor, model, format.cliName(), bytes, hash);
      return new Exported(target, format, bytes, hash);
    } catch (IOException e) {
      deleteQuietly(part);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(part);
      throw e;
    }
  }

  private static ReportWriter writer(ReportFormat format, PaperSize paper) {
    return switch (format) {
      case XLSX -> new XlsxReportWriter();
      case PDF -> new PdfReportWriter(paper);
      case CSV -> new CsvReportWriter();
      case JSON -> new JsonReportWriter();
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the temporary file is hidden and replaced by the next export
    }
  }
}
