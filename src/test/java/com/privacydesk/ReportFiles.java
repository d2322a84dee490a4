package com.privacydesk;

import com.privacydesk.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/** What a reader of an exported report file sees, for tests that look inside every format. */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The text a reader of the file sees: JSON as written, the CSV pack's and the XLSX's entries
   * unzipped, the PDF's text extracted.
   */
  public static String readable(Path file, ReportFormat format) throws Exception {
    return switch (format) {
      case JSON -> Files.readString(file, StandardCharsets.UTF_8);
      case CSV, XLSX -> {
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (var e : java.util.Collections.list(zip.entries())) {
            parts.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
        yield String.join("\n", parts);
      }
      case PDF -> {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
          yield new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
      }
    };
  }
}
