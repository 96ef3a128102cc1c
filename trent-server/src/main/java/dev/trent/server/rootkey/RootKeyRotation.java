package dev.trent.server.rootkey;

import dev.trent.core.key.WrappedKinds;
import dev.trent.core.rootkey.RootKeyRewrap;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.Argon2idParameters;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.PassphraseRootKey;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.rootkey.RootKeyConfig.Provider;
import dev.trent.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code trent root-key rotate}: replaces the root key and re-wraps everything wrapped under it.
 * Run with every server of the store stopped.
 *
 * <ol>
 *   <li>The next key is made (file: a new random key written atomically to {@code root.key.next};
 *       passphrase: Argon2id of the new passphrase with a fresh salt) and recorded in the store's
 *       settings as the rotation in progress (its check value and parameters). Servers refuse to
 *       start from here on.
 *   <li>Every wrapped value of every {@link WrappedKinds registered kind} is re-wrapped, in
 *       batches, each value's header naming the key that wrapped it.
 *   <li>One settings transaction makes the next key current and ends the rotation; then (file)
 *       {@code root.key.next} atomically replaces {@code root.key}.
 * </ol>
 *
 * <p>Interrupted anywhere, running it again (same options) finishes it: step 2 skips what the next
 * key wraps already, and a crash between the last two steps is recognised by {@code
 * root.key.next} matching the data. The old key remains usable until the end, so nothing is ever
 * wrapped under a key that is gone.
 */
public final class RootKeyRotation {
  private final Path dataDir;
  private final Store store;
  private final Randomness randomness;
  private final UnaryOperator<String> env;

  public RootKeyRotation(Path dataDir, Store store, Randomness randomness, UnaryOperator<String> env) {
    this.dataDir = dataDir;
    this.store = store;
    this.randomness = randomness;
    this.env = env;
  }

  /** What a rotation did; ids are the keys' public ids, never key bytes. */
  public record Outcome(String fromId, String toId, long rewrapped, boolean resumed) {}

  /**
   * @param newPassphraseFile the passphrase provider's new passphrase; null for the file provider
   * @param progress told how many values have been re-wrapped so far
   */
  public Outcome rotate(RootKeyConfig config, Path newPassphraseFile, Consumer<Long> progress) {
    RootKeySettings s = RootKeySettings.read(store.maintenance());
    RootKeyBinding.requireProvider(s, config.provider());
    String check = s.check().orElseThrow(() -> new RootKeyRefusedException(
        "This data has no root key yet: start Trent on it once, then rotate."));
    Path current = dataDir.resolve(FileRootKeyProvider.FILE_NAME);
    Path next = dataDir.resolve(RootKeyBinding.NEXT_FILE_NAME);
    if (config.provider() == Provider.FILE && !s.rotating() && Files.exists(next)) {
      RootKey pending = FileRootKeyProvider.read(next, randomness);
      if (RootKeySettings.matches(pending, check)) {
        // The settings were switched, the files were not: finish the last step.
        replaceKeyFile(next, current);
        return new Outcome("(earlier)", pending.id(), 0, true);
      }
      delete(next); // made by a run that stopped before recording it: never used
    }
    RootKey old = RootKeyBinding.load(config, s.parameters().orElse(null), dataDir, true, randomness, env);
    if (!RootKeySettings.matches(old, check)) {
      throw RootKeyBinding.mismatch(config.provider(), dataDir);
    }
    boolean resumed = s.rotating();
    NextKey to = resumed ? resume(config, s, newPassphraseFile, next) : begin(config, check, newPassphraseFile, next);
    RootKeyRewrap.Result result = new RootKeyRewrap(store, WrappedKinds.all()).run(old, to.key(), progress);
    finish(check, to);
    if (config.provider() == Provider.FILE) {
      replaceKeyFile(next, current);
    }
    return new Outcome(old.id(), to.key().id(), result.total(), resumed);
  }

  private record NextKey(RootKey key, Argon2idParameters parameters) {}

  private NextKey begin(RootKeyConfig config, String check, Path newPassphraseFile, Path next) {
    NextKey to;
    if (config.provider() == Provider.FILE) {
      to = new NextKey(new RootKey(randomness.secret(32), randomness), null);
      try {
        FileRootKeyProvider.write(next, to.key());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the next root key to " + next, e);
      }
    } else {
      Argon2idParameters parameters = PassphraseRootKey.newParameters(randomness);
      to = new NextKey(derive(newPassphraseFile, parameters), parameters);
    }
    Map<String, Optional<String>> changes = new HashMap<>();
    changes.put(RootKeySettings.NEXT_CHECK, Optional.of(RootKeySettings.checkOf(to.key())));
    changes.put(RootKeySettings.NEXT_KDF, Optional.ofNullable(to.parameters()).map(Argon2idParameters::encode));
    if (!store.maintenance().replaceSettings(
        Map.of(RootKeySettings.CHECK, Optional.of(check), RootKeySettings.NEXT_CHECK, Optional.empty()), changes)) {
      throw new RootKeyRefusedException("The root-key settings changed meanwhile: is another rotation running?");
    }
    return to;
  }

  private NextKey resume(RootKeyConfig config, RootKeySettings s, Path newPassphraseFile, Path next) {
    String nextCheck = s.nextCheck().orElseThrow();
    NextKey to;
    if (config.provider() == Provider.FILE) {
      if (!Files.exists(next)) {
        throw new RootKeyRefusedException("The unfinished rotation's next key " + next + " is missing: put it"
            + " back (values already re-wrapped need it), then run the rotation again.");
      }
      to = new NextKey(FileRootKeyProvider.read(next, randomness), null);
    } else {
      Argon2idParameters parameters = s.nextParameters().orElseThrow(() -> new IllegalStateException(
          "the unfinished rotation recorded no parameters for its next passphrase"));
      to = new NextKey(derive(newPassphraseFile, parameters), parameters);
    }
    if (!RootKeySettings.matches(to.key(), nextCheck)) {
      throw new RootKeyRefusedException(config.provider() == Provider.FILE
          ? "The next root key in " + next + " does not match the unfinished rotation."
          : "The new root-key passphrase does not match the unfinished rotation.");
    }
    return to;
  }

  private RootKey derive(Path newPassphraseFile, Argon2idParameters parameters) {
    if (newPassphraseFile == null) {
      throw new IllegalArgumentException("Rotating a passphrase root key needs --new-passphrase-file.");
    }
    try (SecretBytes passphrase = Passphrases.read(newPassphraseFile, RootKeyConfig.PASSPHRASE_ENV,
        name -> null, "new root-key passphrase")) {
      return PassphraseRootKey.derive(passphrase, parameters, randomness);
    }
  }

  private void finish(String oldCheck, NextKey to) {
    String nextCheck = RootKeySettings.checkOf(to.key());
    Map<String, Optional<String>> changes = new HashMap<>();
    changes.put(RootKeySettings.CHECK, Optional.of(nextCheck));
    changes.put(RootKeySettings.KDF, Optional.ofNullable(to.parameters()).map(Argon2idParameters::encode));
    changes.put(RootKeySettings.NEXT_CHECK, Optional.empty());
    changes.put(RootKeySettings.NEXT_KDF, Optional.empty());
    if (!store.maintenance().replaceSettings(Map.of(RootKeySettings.CHECK, Optional.of(oldCheck),
        RootKeySettings.NEXT_CHECK, Optional.of(nextCheck)), changes)) {
      throw new RootKeyRefusedException("The root-key settings changed meanwhile: is another rotation running?");
    }
  }

  private static void replaceKeyFile(Path next, Path current) {
    try {
      Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + next + " to " + current
          + "; the data uses the key in " + next + " now: move it by hand", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unused " + file, e);
    }
  }
}
