package com.privacydesk;

import com.privacydesk.cli.PrivacyDeskCli;
import com.privacydesk.desktop.Launcher;

/**
 * Entry point of {@code privacydesk.jar}. Does not extend {@code Application}, so JavaFX may sit on
 * the class path. No arguments (or only --data-dir): the window; a command: headless.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = PrivacyDeskCli.run(args, Launcher::launch);
    System.exit(code);
  }
}
