package com.privacydesk.domain.intake;

/** Checks on free text typed into the tracker. */
public final class TextGuard {
  private TextGuard() {}

  /** True when the text holds control characters other than tab and line breaks. */
  public static boolean hasControlCharacters(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
  }
}
