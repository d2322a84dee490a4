package com.privacydesk.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text measuring for the PDF writers: widths, word wrapping, cutting, and WinAnsi-safe text. */
final class PdfText {
  private static final Map<Character, Boolean> ENCODABLE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private PdfText() {}

  /**
   * {@code s} broken into lines of at most {@code maxWidth} (a word longer than that stays whole).
   */
  static List<String> lines(String s, PDType1Font font, float fontSize, float maxWidth)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ", 0)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(candidate, font, fontSize) > maxWidth) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  static float width(String s, PDType1Font font, float fontSize) throws IOException {
    return font.getStringWidth(sanitize(font, s)) / 1000 * fontSize;
  }

  /** {@code s} cut with "…" to fit {@code maxWidth}. */
  static String fit(String s, PDType1Font font, float fontSize, float maxWidth) throws IOException {
    if (width(s, font, fontSize) <= maxWidth) {
      return s;
    }
    String cut = s;
    while (cut.length() > 1 && width(cut + "…", font, fontSize) > maxWidth) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  /** The standard fonts cover WinAnsi only: other characters print as "?". */
  static String sanitize(PDType1Font font, String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok =
          ENCODABLE.computeIfAbsent(
              ch,
              c -> {
                try {
                  font.encode(String.valueOf(c));
                  return true;
                } catch (IOException | IllegalArgumentException e) {
                  return false;
                }
              });
      b.append(ok ? ch : '?');
    }
    return b.toString();
  }
}
