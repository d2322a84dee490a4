package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.AppInfo;
import com.privacydesk.app.DataDirs;
import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.UserFacingError;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code privacydesk [--data-dir DIR] [COMMAND]}: with no command, opens the window; with one, runs
 * headless and exits 0 (ok), 1 (failure) or 2 (usage error).
 */
@Command(
    name = "privacydesk",
    mixinStandardHelpOptions = true,
    versionProvider = PrivacyDeskCli.Version.class,
    description = "Case tracker for privacy requests. Without a command, opens the window.",
    subcommands = {
      DeadlineCommand.class,
      HolidaysCommand.class,
      UserCommand.class,
      SeedDemoCommand.class,
      BenchCommand.class,
      VerifyAuditCommand.class,
      ReportCommand.class,
      PurgeCommand.class,
      ImportOptOutsCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      EncryptCommand.class,
      MigrateDbCommand.class,
      MailCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PrivacyDeskCli implements Callable<Integer> {
  /** The environment variable holding the key of an encrypted database. */
  public static final String ENV_DB_KEY = "PRIVACYDESK_DB_KEY";

  private static final Logger LOG = LoggerFactory.getLogger(PrivacyDeskCli.class);

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: $PRIVACYDESK_HOME, else a per-user folder).")
  Path dataDirOption;

  @Option(
      names = "--db-key-file",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "Key of an encrypted database: the first line of FILE (default: $PRIVACYDESK_DB_KEY).")
  Path dbKeyFile;

  @Option(
      names = "--db-url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description =
          "Team mode: work on this PostgreSQL server (jdbc:postgresql://host:5432/db) instead of"
              + " the data folder's file (default: $PRIVACYDESK_DB_URL, else url in the data"
              + " folder's database.properties). Account: $PRIVACYDESK_DB_USER and"
              + " $PRIVACYDESK_DB_PASSWORD, else user and password in that file.")
  String dbUrl;

  private final CliIo io;
  private final WindowOpener openWindow;
  private DatabaseServer server;
  private boolean serverResolved;

  /** Opens the window on a data folder and, in team mode, the {@code --db-url} given (or null). */
  @FunctionalInterface
  public interface WindowOpener {
    void open(Path dataDir, String dbUrl);
  }

  PrivacyDeskCli(CliIo io, WindowOpener openWindow) {
    this.io = io;
    this.openWindow = openWindow;
  }

  /** Runs the command line with the process's own streams; returns the exit code. */
  public static int run(String[] args, WindowOpener openWindow) {
    var io =
        new CliIo(
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            System.getenv());
    return run(args, io, openWindow);
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, CliIo given, WindowOpener openWindow) {
    // nothing printed reaches the terminal as a control sequence (TerminalSafeWriter)
    CliIo io =
        new CliIo(
            given.in(),
            new TerminalSafeWriter(given.out()),
            new TerminalSafeWriter(given.err()),
            given.env());
    var root = new PrivacyDeskCli(io, openWindow);
    var cmd = new CommandLine(root, new Factory(root));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(io.out());
    cmd.setErr(io.err());
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          io.err().println("privacydesk: " + ex.getMessage() + " (see --help)");
          return ExitCode.USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (ex instanceof CliFailure f) {
            io.err().println("privacydesk: " + f.getMessage());
            return f.exitCode();
          }
          if (!(ex instanceof UserFacingError) && !(ex instanceof ValidationException)) {
            // Type and stack frames only: an unexpected exception's message may quote data.
            LOG.error("Command failed unexpectedly: {}", CliErrors.trace(ex));
          }
          io.err().println("privacydesk: " + CliErrors.describe(ex));
          return ExitCode.FAILURE;
        });
    int exit = cmd.execute(args);
    io.out().flush();
    io.err().flush();
    return exit;
  }

  /** Opens the window on the chosen data folder. */
  @Override
  public Integer call() {
    Path dir = dataDir();
    if (dbUrl != null) {
      server(); // a malformed URL is a usage error here, before any window opens
    }
    openWindow.open(dir, dbUrl);
    return ExitCode.OK;
  }

  /**
   * Team mode's server from --db-url, the environment or the data folder's settings file; null for
   * the embedded database.
   */
  DatabaseServer server() {
    if (!serverResolved) {
      try {
        server = Services.server(dataDir(), dbUrl, io.env());
      } catch (DatabaseServer.InvalidUrlException e) {
        throw new CliFailure(ExitCode.USAGE, CliErrors.text(e.messageKey()));
      }
      serverResolved = true;
    }
    return server;
  }

  /** The data folder after applying --data-dir, PRIVACYDESK_HOME and the default. */
  Path dataDir() {
    return DataDirs.resolve(
        dataDirOption, io.env(), System.getProperty("os.name"), System.getProperty("user.home"));
  }

  /** The database key from --db-key-file or PRIVACYDESK_DB_KEY, or null when neither is given. */
  DatabaseKey dbKey() {
    if (dbKeyFile != null) {
      return readKey(dbKeyFile);
    }
    String fromEnv = io.env().get(ENV_DB_KEY);
    return fromEnv == null || fromEnv.isEmpty() ? null : key(fromEnv.toCharArray());
  }

  /** The key in the first line of {@code file}. */
  static DatabaseKey readKey(Path file) {
    try (var in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.key.empty", file));
      }
      return key(line.toCharArray());
    } catch (java.io.IOException e) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.key.unreadable", file));
    }
  }

  private static DatabaseKey key(char[] chars) {
    try {
      return DatabaseKey.of(chars);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.key.spaces"));
    }
  }

  /** Whether a server was named by --db-url or PRIVACYDESK_DB_URL (not the settings file). */
  boolean dbUrlGiven() {
    String env = io.env().get(com.privacydesk.DatabaseServers.ENV_URL);
    return dbUrl != null || (env != null && !env.isBlank());
  }

  /** Whether --data-dir was given on the command line (not just defaulted). */
  boolean dataDirGiven() {
    return dataDirOption != null;
  }

  CliIo io() {
    return io;
  }

  /** Hands every command the root, so they share its data folder and streams. */
  private record Factory(PrivacyDeskCli root) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == PrivacyDeskCli.class) {
        return cls.cast(root);
      }
      if (CliCommand.class.isAssignableFrom(cls)) {
        K command = CommandLine.defaultFactory().create(cls);
        ((CliCommand) command).attach(root);
        return command;
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** Prints the application version for --version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"PrivacyDesk " + AppInfo.version()};
    }
  }
}
