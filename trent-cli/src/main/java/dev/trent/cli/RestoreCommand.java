package dev.trent.cli;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.server.backup.Restore;
import dev.trent.server.rootkey.Passphrases;
import dev.trent.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trent restore}: a backup into an empty data directory or database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Restore a backup into an empty store (refuses a non-empty one).")
public final class RestoreCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin RootKeyOptions rootKey;

  @Option(names = "--in", required = true, description = "The backup file.")
  Path in;

  @Option(names = "--passphrase-file", description = "The backup passphrase, for a passphrase-protected backup.")
  Path passphraseFile;

  @Override
  public Integer call() throws IOException {
    SecretBytes passphrase = passphraseFile == null ? null
        : Passphrases.read(passphraseFile, "", name -> null, "backup passphrase");
    try (Store s = store.open()) {
      Restore.Result r = new Restore(s, store.dataDir, Randomness.system(), System::getenv)
          .restore(in, rootKey.config(), passphrase);
      System.out.println("Restored " + r.rows() + " rows from " + in
          + (r.rewrapped() > 0 ? "; re-wrapped " + r.rewrapped() + " values under root key " + r.rootKeyId() : "")
          + ".");
    } finally {
      if (passphrase != null) {
        passphrase.wipe();
      }
    }
    return 0;
  }
}
