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
 * contrast (4.5:1) in both themes, computed from the colours app.css declares and, for what the
 * theme draws, from AtlantaFX's own stylesheets.
 */
class ContrastTest {
  private static final double AA = 4.5;

  private static final String LIGHT = "/atlantafx/base/theme/primer-light.css";
  private static final String DARK = "/atlantafx/base/theme/primer-dark.css";

  private static final Map<String, Map<String, String>> RULES =
      parse(read("/com/privacydesk/desktop/css/app.css"));

  private static String read(String resource) {
    try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Map<String, String>> parse(String stylesheet) {
    String css = stylesheet.replaceAll("(?s)/\\*.*?\\*/", "");
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

  /** A colour app.css declares: a hex value, or one of its own .root colours. */
  private static String colour(String selector, String property) {
    Map<String, String> decls = RULES.get(selector);
    assertThat(decls).as("rule %s in app.css", selector).isNotNull();
    String value = decls.get(property);
    if (value != null && value.startsWith("-pd-")) {
      value = RULES.get(".root").get(value);
    }
    assertThat(value).as("%s { %s } in app.css", selector, property).matches("#[0-9a-fA-F]{6}");
    return value;
  }

  /** A looked-up colour of a theme's .root, followed to its hex value. */
  private static String themeColour(String theme, String name) {
    // .root's colours first, then those the theme declares for its controls (cells, …)
    var rules = parse(read(theme));
    Map<String, String> root = new HashMap<>(rules.get(".root"));
    rules.values().forEach(decls -> decls.forEach(root::putIfAbsent));
    String value = name;
    for (int hops = 0; value.startsWith("-color-") && hops < 10; hops++) {
      value = root.get(value);
      assertThat(value).as("%s in %s", name, theme).isNotNull();
    }
    assertThat(value).as("%s in %s", name, theme).matches("#[0-9a-fA-F]{6}");
    return value;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".table-row-cell:overdue",
        ".table-row-cell:internal-overdue",
        ".table-row-cell:due-soon",
        ".dark .table-row-cell:overdue",
        ".dark .table-row-cell:internal-overdue",
        ".dark .table-row-cell:due-soon"
      })
  void aRowStateIsReadableSelectedOrNot(String row) {
    assertThat(
            contrast(
                colour(row + " .table-cell", "-fx-text-fill"), colour(row, "-fx-background-color")))
        .as("%s text on its background", row)
        .isGreaterThanOrEqualTo(AA);
    String selected = row.replace(".dark ", "") + ":selected";
    assertThat(
            contrast(
                colour(selected + " .table-cell", "-fx-text-fill"),
                colour(selected, "-fx-background-color")))
        .as("%s text when selected", row)
        .isGreaterThanOrEqualTo(AA);
  }

  @ParameterizedTest
  @ValueSource(strings = {LIGHT, DARK})
  void anOrdinaryRowIsReadableSelectedOrNot(String theme) {
    assertThat(
            contrast(
                themeColour(theme, "-color-cell-fg-selected-focused"),
                themeColour(theme, "-color-cell-bg-selected-focused")))
        .isGreaterThanOrEqualTo(AA);
    assertThat(
            contrast(
                themeColour(theme, "-color-fg-default"), themeColour(theme, "-color-bg-default")))
        .isGreaterThanOrEqualTo(AA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".dark "})
  void hintsAndErrorsAreReadable(String dark) {
    String theme = dark.isEmpty() ? LIGHT : DARK;
    for (String background : new String[] {"-color-bg-default", "-color-bg-subtle"}) {
      String bg = themeColour(theme, background);
      for (String text : new String[] {".hint", ".form-error", ".placeholder"}) {
        assertThat(contrast(colour(dark + text, "-fx-text-fill"), bg))
            .as("%s%s on %s", dark, text, background)
            .isGreaterThanOrEqualTo(AA);
      }
    }
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
