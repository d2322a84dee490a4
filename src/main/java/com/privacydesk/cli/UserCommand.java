package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.user.Username;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code user add}: manage accounts from the command line. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage user accounts.",
    subcommands = {UserCommand.Add.class})
final class UserCommand {
  /**
   * {@code user add --role ROLE --name NAME}: the new password is read from standard input. On an
   * empty database the first account must be an ADMIN and needs no sign-in; after that an admin
   * signs in with --user (password from PRIVACYDESK_PASSWORD, or the first line of stdin, before
   * the new password).
   */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a user; the new password is read from standard input.",
        "The first user on an empty database must be an ADMIN and needs no --user."
      })
  static final class Add extends CliCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "One of: ${COMPLETION-CANDIDATES}.")
    Role role;

    @Option(
        names = "--user",
        paramLabel = "NAME",
        description = "Act as this admin (default: $PRIVACYDESK_USER).")
    String user;

    @Override
    public Integer call() {
      try (Services services = openServices(user)) {
        if (services.users().needsFirstAdmin()) {
          if (role != Role.ADMIN) {
            throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.firstUserAdmin"));
          }
          char[] password = io().readLine(CliErrors.text("cli.stdin.newPassword")).toCharArray();
          services.users().createFirstAdmin(name, password);
        } else {
          Actor actor = signIn(services, user);
          char[] password = io().readLine(CliErrors.text("cli.stdin.newPassword")).toCharArray();
          services.users().addUser(actor, name, role, password);
        }
        io().out().println(CliErrors.text("cli.userAdded", Username.normalize(name), role));
        return ExitCode.OK;
      }
    }
  }
}
