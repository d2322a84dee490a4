package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import java.util.Optional;

/** Base of the subcommands: access to the root's data folder, streams and sign-in. */
abstract class CliCommand {
  private PrivacyDeskCli root;

  final void attach(PrivacyDeskCli root) {
    this.root = root;
  }

  final CliIo io() {
    return root.io();
  }

  /** The data folder in use. */
  final java.nio.file.Path dataDir() {
    return root.dataDir();
  }

  /** Opens the services on the chosen data folder or team mode's server; the caller closes them. */
  final Services openServices() {
    return openServices(null);
  }

  /**
   * Like {@link #openServices()}; on a server where each user signs in with their own account (ADR
   * 0026), as {@code userOption} (or PRIVACYDESK_USER) with their password, which {@link #signIn}
   * then uses without asking again.
   */
  final Services openServices(String userOption) {
    var server = root.server();
    Services services;
    if (server != null && server.personal()) {
      String name = userName(userOption);
      String password = password(name);
      services =
          Services.openAs(
              root.dataDir(), Services.systemClock(), server, name, password.toCharArray(), false);
      credentials = new Credentials(name, password);
    } else {
      services = Services.open(root.dataDir(), Services.systemClock(), root.dbKey(), server);
    }
    services
        .startupNotice()
        .ifPresent(notice -> io().err().println("privacydesk: note: " + notice));
    return services;
  }

  /** Whether there is a database to work on: team mode's server, or a file in the data folder. */
  final boolean hasDatabase() {
    return root.server() != null || Services.hasDatabase(root.dataDir());
  }

  /** Whether --db-url or PRIVACYDESK_DB_URL names a server. */
  final boolean dbUrlGiven() {
    return root.dbUrlGiven();
  }

  /** Refuses {@code operation} in team mode: it exists for the embedded file only. */
  final void requireEmbedded(String operation) {
    if (root.server() != null) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("error.teamMode.fileOnly", operation));
    }
  }

  /** The key of an encrypted database given on the command line or in the environment, or null. */
  final com.privacydesk.app.DatabaseKey dbKey() {
    return root.dbKey();
  }

  /**
   * The settings a computing command uses: the defaults, or those stored in the database that an
   * explicit --data-dir or team mode's server points at.
   */
  final CompanySettings computeSettings() {
    if (root.server() == null && (!root.dataDirGiven() || !Services.hasDatabase(root.dataDir()))) {
      return CompanySettings.DEFAULTS;
    }
    try (Services services = openServices()) {
      return services.settings().current();
    }
  }

  /**
   * Signs in as {@code --user} (or PRIVACYDESK_USER) with PRIVACYDESK_PASSWORD, else the first line
   * of standard input.
   */
  final Actor signIn(Services services, String userOption) {
    Credentials given = credentials;
    if (given != null) {
      // the server already took this name and password when the database was opened
      return services.users().authenticate(given.name(), given.password().toCharArray());
    }
    String name = userName(userOption);
    String password = password(name);
    Actor actor = services.users().authenticate(name, password.toCharArray());
    credentials = new Credentials(name, password);
    return actor;
  }

  /** The password of the last {@link #signIn} (for a copy that gives its user a server login). */
  final char[] passwordSignedInWith() {
    Credentials given = credentials;
    if (given == null) {
      throw new IllegalStateException("nobody signed in");
    }
    return given.password().toCharArray();
  }

  private String userName(String userOption) {
    return Optional.ofNullable(userOption)
        .or(() -> Optional.ofNullable(io().env().get("PRIVACYDESK_USER")))
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new CliFailure(ExitCode.USAGE, CliErrors.text("cli.needsUser")));
  }

  private String password(String name) {
    return Optional.ofNullable(io().env().get("PRIVACYDESK_PASSWORD"))
        .orElseGet(() -> io().readLine(CliErrors.text("cli.stdin.passwordOf", name)));
  }

  /**
   * The name and password a personal account opened the server with (ADR 0026), or that the last
   * sign-in used; null before either.
   */
  private @org.jspecify.annotations.Nullable Credentials credentials;

  private record Credentials(String name, String password) {}
}
