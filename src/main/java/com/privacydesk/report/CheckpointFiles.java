package com.privacydesk.report;

import com.privacydesk.domain.audit.Checkpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds the signed audit checkpoints a file carries (ADR 0022): a report's PDF (in its document
 * information), a report's XLSX or CSV pack (in their entries), and as text anything else: a
 * report's JSON, a purge certificate, the witness file.
 */
public final class CheckpointFiles {
  /** Entries of a zip read at most (a report pack has a few; a bomb has many). */
  private static final int MAX_ENTRIES = 200;

  /** Bytes of text read at most from one file or entry. */
  private static final int MAX_BYTES = 64 * 1024 * 1024;

  private CheckpointFiles() {}

  /** Every checkpoint in {@code file}, in the order written; empty when it carries none. */
  public static List<Checkpoint> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        String value =
            doc.getDocumentInformation().getCustomMetadataValue(PdfReportWriter.CHECKPOINT_KEY);
        return value == null ? List.of() : Checkpoint.findIn(value);
      }
    }
    if (name.endsWith(".xlsx") || name.endsWith(".zip")) {
      // a CSV pack repeats the report's header, and its checkpoint, in every table's file
      java.util.Set<Checkpoint> found = new java.util.LinkedHashSet<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        int entries = 0;
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          if (++entries > MAX_ENTRIES) {
            break;
          }
          try (InputStream in = zip.getInputStream(e)) {
            found.addAll(Checkpoint.findIn(text(in)));
          }
        }
      }
      return List.copyOf(found);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Checkpoint.findIn(text(in));
    }
  }

  private static String text(InputStream in) throws IOException {
    return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
  }
}
