package com.privacydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.privacydesk.Services;
import com.privacydesk.app.Actor;
import com.privacydesk.app.mail.MailService;
import com.privacydesk.app.port.IncomingMail;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mail fetch|list|import}: the incoming mail from the command line (a public interface). */
@Command(
    name = "mail",
    mixinStandardHelpOptions = true,
    description = "Fetch, list and import incoming mail.",
    subcommands = {
      MailCommand.Fetch.class,
      MailCommand.ListCommand.class,
      MailCommand.Import.class
    })
final class MailCommand {
  private MailCommand() {}

  /** {@code mail fetch [--mailbox NAME] [--user NAME]}. */
  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      description = {
        "Fetch new messages once from every enabled mailbox, or only --mailbox, into the incoming"
            + " mail list; prints: fetched N, new M, skipped K.",
        "Exit code 0: every mailbox was fetched; 1: a mailbox could not be (what was fetched"
            + " before stays; the next fetch resumes); 2: wrong usage.",
        "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
            + " of standard input."
      })
  static final class Fetch extends SignedIn {
    @Option(names = "--mailbox", paramLabel = "NAME", description = "Only this mailbox.")
    String mailbox;

    @Override
    int run(Services services, Actor actor) {
      MailService.FetchResult r =
          services.mail().fetch(actor, mailbox, MailService.Progress.none());
      io().out().println(CliErrors.text("cli.mail.fetched", r.fetched(), r.added(), r.skipped()));
      if (r.tooLarge() > 0) {
        io().out().println(CliErrors.text("cli.mail.tooLarge", r.tooLarge()));
      }
      for (MailService.Failure f : r.failures()) {
        io().err()
            .println(
                "privacydesk: "
                    + CliErrors.text(
                        "cli.mail.failed", f.mailbox(), CliErrors.describe(f.error())));
      }
      return r.complete() ? ExitCode.OK : ExitCode.FAILURE;
    }
  }

  /** {@code mail list [--json]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "List the incoming messages not handled yet, oldest first: sender, subject, the server's"
            + " received time, the suggested type. Never the text of a message.",
        "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
            + " of standard input."
      })
  static final class ListCommand extends SignedIn {
    @Option(names = "--json", description = "One JSON array.")
    boolean json;

    @Override
    int run(Services services, Actor actor) {
      List<IncomingMail> list = services.mail().unhandled(actor);
      PrintWriter out = io().out();
      if (json) {
        out.println(json(list));
      } else if (list.isEmpty()) {
        out.println(CliErrors.text("cli.mail.none"));
      } else {
        for (IncomingMail m : list) {
          out.println(
              "#"
                  + m.id()
                  + "  "
                  + m.receivedAt()
                  + "  "
                  + (m.from() == null ? "?" : m.from())
                  + "  "
                  + (m.subject() == null ? "" : m.subject())
                  + (m.suggestedType() == null ? "" : "  [" + m.suggestedType() + "]")
                  + (m.problem() == null ? "" : "  (" + m.problem() + ")"));
        }
      }
      return ExitCode.OK;
    }
  }

  /**
   * {@code [{"id","mailbox","messageId","receivedAt","receivedSource","dateHeader","from","to",
   * "subject","suggestedType","suggestedBy","designated","sizeBytes","attachments","problem",
   * "sha256"}]}: never the message's text.
   */
  static String json(List<IncomingMail> list) {
    ArrayNode array = new ObjectMapper().createArrayNode();
    for (IncomingMail m : list) {
      ObjectNode o = array.addObject();
      o.put("id", m.id());
      o.put("mailbox", m.mailboxName());
      o.put("messageId", m.messageId());
      o.put("receivedAt", m.receivedAt().toString());
      o.put("receivedSource", m.receivedSource().name());
      o.put("dateHeader", m.dateHeader());
      o.put("from", m.from());
      o.put("to", m.to());
      o.put("subject", m.subject());
      o.put("suggestedType", m.suggestedType() == null ? null : m.suggestedType().name());
      o.put("suggestedBy", m.suggestedBy());
      o.put("designated", m.designated());
      o.put("sizeBytes", m.sizeBytes());
      o.put("attachments", m.attachments());
      o.put("problem", m.problem());
      o.put("sha256", m.rawSha256());
    }
    return array.toString();
  }

  /** {@code mail import FILE.eml...}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import saved messages (.eml files) into the incoming mail list, as a fetch would. The"
            + " received time is the topmost Received: header's, else the Date: header's.",
        "Exit code 0: every file was imported or was already in the list; 1: a file was refused"
            + " (named, with why; nothing of it is stored); 2: wrong usage.",
        "Signs in as --user (or $PRIVACYDESK_USER) with $PRIVACYDESK_PASSWORD, else the first line"
            + " of standard input."
      })
  static final class Import extends SignedIn {
    @Parameters(arity = "1..*", paramLabel = "FILE.eml", description = "Saved messages.")
    List<Path> files;

    @Override
    int run(Services services, Actor actor) {
      MailService.ImportResult r = services.mail().importFiles(actor, files);
      io().out().println(CliErrors.text("cli.mail.imported", r.added(), r.skipped()));
      for (MailService.FileProblem p : r.refused()) {
        io().err()
            .println(
                "privacydesk: "
                    + CliErrors.text(
                        "cli.mail.fileRefused",
                        p.file(),
                        CliErrors.text("error.mail.file." + p.code())));
      }
      return r.refused().isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }
  }

  /** A mail command: signs in as --user on the data folder's database, then runs. */
  abstract static class SignedIn extends CliCommand implements Callable<Integer> {
    @Option(
        names = "--user",
        paramLabel = "NAME",
        description = "Act as this user (default: $PRIVACYDESK_USER).")
    String user;

    abstract int run(Services services, Actor actor);

    @Override
    public Integer call() {
      if (!hasDatabase()) {
        throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
      }
      try (Services services = openServices(user)) {
        return run(services, signIn(services, user));
      }
    }
  }
}
