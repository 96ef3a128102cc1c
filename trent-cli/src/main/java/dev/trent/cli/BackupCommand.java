package dev.trent.cli;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.backup.Backup;
import dev.trent.server.rootkey.Passphrases;
import dev.trent.server.rootkey.RootKeyBinding;
import dev.trent.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trent backup}: a consistent, encrypted snapshot of everything in the store. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write an encrypted snapshot of the whole store to a new file.")
public final class BackupCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin RootKeyOptions rootKey;

  @Option(names = "--out", required = true, description = "The backup file to create (never overwritten).")
  Path out;

  @Option(names = "--passphrase-file", description = "Protect the backup with this passphrase (Argon2id)"
      + " instead of the root key: it can then be restored under any root key.")
  Path passphraseFile;

  @Override
  public Integer call() throws IOException {
    Randomness randomness = Randomness.system();
    try (Store s = store.open()) {
      RootKey key = RootKeyBinding.open(rootKey.config(), store.dataDir, s, randomness, System::getenv);
      SecretBytes passphrase = passphraseFile == null ? null
          : Passphrases.read(passphraseFile, "", name -> null, "backup passphrase");
      try {
        Backup.Result r = new Backup(s, randomness, Clock.systemUTC()).write(key, passphrase, out);
        System.out.println("Backed up " + r.rows() + " rows to " + out + " (protected by the "
            + (passphrase == null ? "root key" : "backup passphrase") + ").");
      } finally {
        if (passphrase != null) {
          passphrase.wipe();
        }
      }
    }
    return 0;
  }
}
