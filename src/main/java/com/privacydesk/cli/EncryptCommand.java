package com.privacydesk.cli;

import com.privacydesk.Services;
import com.privacydesk.app.DatabaseKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code encrypt --new-key-file FILE}: turns on file encryption, or changes the key. */
@Command(
    name = "encrypt",
    mixinStandardHelpOptions = true,
    description = {
      "Encrypt the database file (H2 AES file encryption) with the passphrase in the first line"
          + " of FILE (at least 16 characters, no spaces, very hard to guess: exit 2 with the reason"
          + " otherwise), or change the passphrase of an encrypted database (the current one from"
          + " --db-key-file or $PRIVACYDESK_DB_KEY). H2 is given a key derived from it with"
          + " Argon2id. Audited; warns about the backups written before, which the new key does not"
          + " protect.",
      "The data folder must not be open in PrivacyDesk. Keep the passphrase safe: without it the"
          + " database and its backups cannot be read."
    })
final class EncryptCommand extends CliCommand implements Callable<Integer> {
  @Option(
      names = "--new-key-file",
      required = true,
      paramLabel = "FILE",
      description = "The new key: the first line of FILE.")
  Path newKeyFile;

  @Override
  public Integer call() {
    requireEmbedded("Encryption");
    if (!Services.hasDatabase(dataDir())) {
      throw new CliFailure(ExitCode.FAILURE, CliErrors.text("cli.noDatabase", dataDir()));
    }
    DatabaseKey newKey = PrivacyDeskCli.readKey(newKeyFile);
    try {
      com.privacydesk.app.PassphraseRules.require(newKey.chars());
    } catch (com.privacydesk.app.PassphraseRules.WeakPassphraseException weak) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.describe(weak));
    }
    DatabaseKey oldKey = Services.isEncrypted(dataDir()) ? dbKey() : null;
    var earlier = Services.encrypt(dataDir(), oldKey, newKey, Services.systemClock());
    io().out()
        .println(
            CliErrors.text(oldKey == null ? "cli.encrypt.done" : "cli.encrypt.changed", dataDir()));
    if (earlier.count() > 0) {
      io().out()
          .println(
              CliErrors.text(
                  "cli.encrypt.earlierBackups",
                  earlier.count(),
                  java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(
                      earlier.last().atZone(java.time.ZoneOffset.UTC))));
    }
    return ExitCode.OK;
  }
}
