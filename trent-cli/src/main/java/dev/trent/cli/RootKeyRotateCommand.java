package dev.trent.cli;

import dev.trent.crypto.Randomness;
import dev.trent.server.rootkey.RootKeyRotation;
import dev.trent.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trent root-key rotate}: a new root key, and everything re-wrapped under it. Stop every
 * server of the store first; run again to finish an interrupted rotation.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
    description = "Replace the root key and re-wrap everything under it (stop the servers first;"
        + " run again to finish an interrupted rotation).")
public final class RootKeyRotateCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin RootKeyOptions rootKey;

  @Option(names = "--new-passphrase-file", description = "With --root-key passphrase: the new passphrase.")
  Path newPassphraseFile;

  @Override
  public Integer call() {
    try (Store s = store.open()) {
      RootKeyRotation.Outcome o = new RootKeyRotation(store.dataDir, s, Randomness.system(), System::getenv)
          .rotate(rootKey.config(), newPassphraseFile, n -> {});
      System.out.println((o.resumed() ? "Finished the interrupted rotation" : "Rotated the root key")
          + ": " + o.fromId() + " -> " + o.toId() + ", " + o.rewrapped() + " values re-wrapped.");
    }
    return 0;
  }
}
