package com.privacydesk.desktop.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Help → User guide: the guide shipped in the jar ({@code docs/user-guide.md} and its screenshots),
 * written out as one HTML page for the desktop's browser. Nothing here runs on the FX thread.
 */
final class UserGuide {
  private static final String BASE = "/com/privacydesk/help/";
  private static final Pattern IMAGE =
      Pattern.compile("\\]\\((images/(?:screens/)?[A-Za-z0-9._-]+\\.png)\\)");

  private UserGuide() {}

  /**
   * Where the page is written: {@code $XDG_CACHE_HOME/privacydesk/help/VERSION} (else {@code
   * ~/.cache/...}). Never the data folder: the guide is not evidence.
   */
  static Path defaultFolder(String version) {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path root =
        cache != null && !cache.isBlank()
            ? Path.of(cache)
            : Path.of(System.getProperty("user.home"), ".cache");
    return root.resolve("privacydesk").resolve("help").resolve(version);
  }

  /** Writes the guide as {@code user-guide.html} with its images into {@code folder}. */
  static Path write(Path folder) throws IOException {
    String markdown = new String(read("user-guide.md"), StandardCharsets.UTF_8);
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
    String body = renderer.render(parser.parse(markdown));
    Files.createDirectories(folder.resolve("images").resolve("screens"));
    Set<String> images = new LinkedHashSet<>();
    Matcher m = IMAGE.matcher(markdown);
    while (m.find()) {
      images.add(m.group(1));
    }
    for (String image : images) {
      writeAtomically(folder.resolve(image), read(image));
    }
    String page =
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>PrivacyDesk user guide</title>
        <style>
        body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
               line-height: 1.5; color: #1a1a1a; }
        img { max-width: 100%%; border: 1px solid #ccc; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .3em .6em; }
        code { background: #f3f3f3; padding: 0 .2em; }
        </style></head><body>
        %s
        </body></html>
        """
            .formatted(body);
    Path html = folder.resolve("user-guide.html");
    writeAtomically(html, page.getBytes(StandardCharsets.UTF_8));
    return html;
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = UserGuide.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("The user guide is missing from this build (" + name + ").");
      }
      return in.readAllBytes();
    }
  }

  /** Written whole or not at all: two windows opening the guide at once never see half a page. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".guide", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
