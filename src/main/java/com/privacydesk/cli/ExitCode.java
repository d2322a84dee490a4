package com.privacydesk.cli;

/** Process exit codes; a public interface that scripts depend on. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  private ExitCode() {}
}
