package com.privacydesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command line that runs {@code main} in a JVM of its own with the tests' class path. */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code java -cp <tests' class path> -Xmx256m <quiet stderr> main args…}. */
  public static List<String> command(Class<?> main, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Xmx256m");
    cmd.add("-Dprivacydesk.stderr.level=ERROR");
    // the tests' installation keys, not the user's own
    String keys = System.getProperty("privacydesk.keyDir");
    if (keys != null) {
      cmd.add("-Dprivacydesk.keyDir=" + keys);
    }
    cmd.add(main.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }
}
