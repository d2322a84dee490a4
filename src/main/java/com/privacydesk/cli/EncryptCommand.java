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
      "Encrypt the database file (H2 AES file encryption) with the key in the first line of FILE"
          + " (at least 12 characters, no spaces), or change the key of an encrypted database"
          + " (the current key from --db-key-file or $PRIVACYDESK_DB_KEY).",
      "The data folder must not be open in PrivacyDesk. Keep the key safe: without it the"
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
    if (newKey.chars().length < DatabaseKey.MIN_LENGTH) {
      throw new CliFailure(ExitCode.USAGE, CliErrors.text("cli.key.short", DatabaseKey.MIN_LENGTH));
    }
    DatabaseKey oldKey = Services.isEncrypted(dataDir()) ? dbKey() : null;
    Services.encrypt(dataDir(), oldKey, newKey);
    io().out()
        .println(
            CliErrors.text(oldKey == null ? "cli.encrypt.done" : "cli.encrypt.changed", dataDir()));
    return ExitCode.OK;
  }
}
