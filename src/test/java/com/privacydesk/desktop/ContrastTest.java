package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every row state of the queue, selected or not, and the small texts of the stylesheet meet WCAG AA
 * contrast (4.5:1), computed from the colours the stylesheet itself declares.
 */
class ContrastTest {
  private static final double AA = 4.5;

  /** Modena's window background, which hints and errors are drawn on. */
  private static final String MODENA_BACKGROUND = "#f4f4f4";

  private static final Map<String, Map<String, String>> RULES = parse();

  private static Map<String, Map<String, String>> parse() {
    String css;
    try (InputStream in =
        ContrastTest.class.getResourceAsStream("/com/privacydesk/desktop/css/app.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    css = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, Map<String, String>> rules = new HashMap<>();
    Matcher block = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
    while (block.find()) {
      Map<String, String> decls = new HashMap<>();
      for (String d : block.group(2).split(";")) {
        int colon = d.indexOf(':');
        if (colon > 0) {
          decls.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
        }
      }
      for (String selector : block.group(1).split(",")) {
        rules.computeIfAbsent(selector.strip(), k -> new HashMap<>()).putAll(decls);
      }
    }
    return rules;
  }

  private static String colour(String selector, String property) {
    Map<String, String> decls = RULES.get(selector);
    assertThat(decls).as("rule %s in app.css", selector).isNotNull();
    String value = decls.get(property);
    assertThat(value).as("%s { %s } in app.css", selector, property).matches("#[0-9a-fA-F]{6}");
    return value;
  }

  @ParameterizedTest
  @ValueSource(strings = {"overdue", "internal-overdue", "due-soon"})
  void aRowStateIsReadableSelectedOrNot(String state) {
    String row = ".table-row-cell:" + state;
    assertThat(
            contrast(
                colour(row + " .table-cell", "-fx-text-fill"), colour(row, "-fx-background-color")))
        .as("%s text on its background", state)
        .isGreaterThanOrEqualTo(AA);
    assertThat(
            contrast(
                colour(row + ":selected .table-cell", "-fx-text-fill"),
                colour(row + ":selected", "-fx-background-color")))
        .as("%s text when selected", state)
        .isGreaterThanOrEqualTo(AA);
  }

  @Test
  void anOrdinarySelectedRowIsReadable() {
    // Modena draws the selected row in -fx-accent with white text
    assertThat(contrast("#ffffff", colour(".root", "-fx-accent"))).isGreaterThanOrEqualTo(AA);
  }

  @Test
  void hintsAndErrorsAreReadable() {
    assertThat(contrast(colour(".hint", "-fx-text-fill"), MODENA_BACKGROUND))
        .isGreaterThanOrEqualTo(AA);
    assertThat(contrast(colour(".form-error", "-fx-text-fill"), MODENA_BACKGROUND))
        .isGreaterThanOrEqualTo(AA);
    assertThat(contrast(colour(".placeholder", "-fx-text-fill"), MODENA_BACKGROUND))
        .isGreaterThanOrEqualTo(AA);
  }

  @Test
  void theContrastFormulaMatchesWcagsExamples() {
    assertThat(contrast("#000000", "#ffffff"))
        .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#777777", "#ffffff"))
        .isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
  }

  /** WCAG 2.x contrast ratio of two sRGB colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int v) {
    double c = (v & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
