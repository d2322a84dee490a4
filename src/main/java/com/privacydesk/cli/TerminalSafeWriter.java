package com.privacydesk.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that never passes a terminal control character on: everything the CLI prints (file
 * names, CSV header names, values from the database) may come from someone else, and an escape
 * sequence in it could retitle, clear or rewrite the operator's terminal (issue 23, point 8). C0
 * controls other than tab and line breaks, DEL, the C1 range (8-bit CSI) and the Unicode
 * bidirectional overrides (which reorder what is shown) each become U+FFFD.
 */
final class TerminalSafeWriter extends PrintWriter {
  TerminalSafeWriter(Writer out) {
    super(out, true);
  }

  /** Whether {@code c} may reach the terminal as it is. */
  static boolean safe(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return false;
    }
    return !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069');
  }

  /** {@code text} with every unsafe character replaced. */
  static String clean(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!safe(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        b.append('\ufffd');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  @Override
  public void write(int c) {
    super.write(safe((char) c) ? c : '\ufffd');
  }

  @Override
  public void write(char[] buf, int off, int len) {
    super.write(clean(new String(buf, off, len)));
  }

  @Override
  public void write(String s, int off, int len) {
    String cleaned = clean(s.substring(off, off + len));
    super.write(cleaned, 0, cleaned.length());
  }
}
