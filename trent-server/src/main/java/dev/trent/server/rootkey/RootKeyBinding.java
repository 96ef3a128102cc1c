package dev.trent.server.rootkey;

import dev.trent.core.key.WrappedKinds;
import dev.trent.core.rootkey.RootKeyProbe;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.Argon2idParameters;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.PassphraseRootKey;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.rootkey.RootKeyConfig.Provider;
import dev.trent.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the root key from its provider and binds it to the data: the first start records the
 * provider, the key's check value and (passphrase) the Argon2id parameters in the store's shared
 * settings; every later start, on any node sharing the store, must present a key with that check
 * value, or it is refused before anything is served.
 */
public final class RootKeyBinding {
  private static final Logger LOG = LoggerFactory.getLogger(RootKeyBinding.class);
  /** The next key of an unfinished rotation with the file provider, beside {@code root.key}. */
  public static final String NEXT_FILE_NAME = FileRootKeyProvider.FILE_NAME + ".next";

  private RootKeyBinding() {}

  /**
   * @param env the process environment ({@code System::getenv}), a parameter for tests
   * @throws RootKeyRefusedException when the key does not match the data, or a rotation is unfinished
   */
  public static RootKey open(RootKeyConfig config, Path dataDir, Store store, Randomness randomness,
      UnaryOperator<String> env) {
    for (int attempt = 0; attempt < 3; attempt++) {
      RootKeySettings s = RootKeySettings.read(store.maintenance());
      if (s.rotating()) {
        throw new RootKeyRefusedException("A root-key rotation of this data is unfinished: run"
            + " `trent root-key rotate` again to finish it, then start Trent.");
      }
      requireProvider(s, config.provider());
      Argon2idParameters parameters = config.provider() == Provider.PASSPHRASE
          ? s.parameters().orElseGet(() -> PassphraseRootKey.newParameters(randomness)) : null;
      RootKey key = load(config, parameters, dataDir, s.check().isPresent(), randomness, env);
      if (s.check().isPresent()) {
        if (RootKeySettings.matches(key, s.check().get())) {
          return key;
        }
        throw mismatch(config.provider(), dataDir);
      }
      if (RootKeyProbe.unwraps(store, WrappedKinds.all(), key).equals(Optional.of(false))) {
        throw mismatch(config.provider(), dataDir);
      }
      if (record(store, config.provider(), key, parameters)) {
        LOG.info("Root key bound to this data ({} provider, id {})", config.provider().label(), key.id());
        return key;
      }
      // Another node bound its key first: check ours against it.
    }
    throw new RootKeyRefusedException("The root-key settings of this data keep changing: is a"
        + " rotation running?");
  }

  /** The refusal for a key that is not this data's; it names no key, parameter or value. */
  public static RootKeyRefusedException mismatch(Provider provider, Path dataDir) {
    if (provider == Provider.PASSPHRASE) {
      return new RootKeyRefusedException("The root-key passphrase does not match this data.");
    }
    Path file = dataDir.resolve(FileRootKeyProvider.FILE_NAME);
    String hint = Files.exists(dataDir.resolve(NEXT_FILE_NAME))
        ? " A root-key rotation was interrupted: run `trent root-key rotate` to finish it." : "";
    return new RootKeyRefusedException("The root key in " + file + " does not match this data." + hint);
  }

  static void requireProvider(RootKeySettings s, Provider provider) {
    if (s.provider().isPresent() && !s.provider().get().equals(provider.label())) {
      throw new RootKeyRefusedException("This data's root key comes from the " + s.provider().get()
          + " provider: start with --root-key " + s.provider().get() + ".");
    }
  }

  /**
   * The provider's key. The file provider creates {@code root.key} only for data that has no
   * check value yet: creating a fresh key for data bound to another would only fail later.
   */
  static RootKey load(RootKeyConfig config, Argon2idParameters parameters, Path dataDir, boolean bound,
      Randomness randomness, UnaryOperator<String> env) {
    if (config.provider() == Provider.FILE) {
      Path file = dataDir.resolve(FileRootKeyProvider.FILE_NAME);
      if (bound && !Files.exists(file)) {
        throw new RootKeyRefusedException("This data is bound to a root key, but " + file + " is missing:"
            + " put that data's root.key back (mode 0600).");
      }
      return new FileRootKeyProvider(dataDir, randomness).load();
    }
    try (SecretBytes passphrase = Passphrases.read(config.passphraseFile(), RootKeyConfig.PASSPHRASE_ENV, env,
        "root-key passphrase")) {
      long start = System.nanoTime();
      RootKey key = PassphraseRootKey.derive(passphrase, parameters, randomness);
      LOG.info("Derived the root key from its passphrase in {} ms ({})",
          (System.nanoTime() - start) / 1_000_000, parameters);
      return key;
    }
  }

  /** Records provider, check value and parameters, if nobody recorded any meanwhile. */
  static boolean record(Store store, Provider provider, RootKey key, Argon2idParameters parameters) {
    Map<String, Optional<String>> changes = new HashMap<>();
    changes.put(RootKeySettings.PROVIDER, Optional.of(provider.label()));
    changes.put(RootKeySettings.CHECK, Optional.of(RootKeySettings.checkOf(key)));
    changes.put(RootKeySettings.KDF, Optional.ofNullable(parameters).map(Argon2idParameters::encode));
    return store.maintenance().replaceSettings(
        Map.of(RootKeySettings.CHECK, Optional.empty(), RootKeySettings.NEXT_CHECK, Optional.empty()), changes);
  }
}
