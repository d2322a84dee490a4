package com.privacydesk.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help → User guide writes the guide shipped in the jar as one page with all its screenshots. */
class UserGuideTest {
  @TempDir Path dir;

  @Test
  void theShippedGuideBecomesOnePageWithEveryImageItShows() throws Exception {
    Path page = UserGuide.write(dir.resolve("help"));
    String html = Files.readString(page);
    assertThat(html).contains("<h1>PrivacyDesk user guide</h1>").contains("<table>");
    Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    int images = 0;
    while (m.find()) {
      images++;
      assertThat(page.getParent().resolve(m.group(1))).as(m.group(1)).isRegularFile();
    }
    assertThat(images).isGreaterThan(20);
    // written again (a second open): replaced whole, nothing left over
    UserGuide.write(dir.resolve("help"));
    try (var files = Files.list(dir.resolve("help"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("user-guide.html", "images");
    }
  }

  @Test
  void theGuideIsWrittenToTheUsersCacheNeverTheDataFolder() {
    assertThat(UserGuide.defaultFolder("1.2.3").toString())
        .endsWith("privacydesk/help/1.2.3")
        .doesNotContain("privacydesk-data");
  }
}
