package com.privacydesk.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Map;

/** The streams and environment a command uses; tests substitute their own. */
public record CliIo(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env) {
  /** Reads one line of standard input; a missing line is a usage error. */
  String readLine(String what) {
    try {
      String line = in.readLine();
      if (line == null) {
        throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.expectedStdin", what));
      }
      return line;
    } catch (java.io.IOException e) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.stdinUnreadable"));
    }
  }
}
