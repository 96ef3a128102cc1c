package dev.trent.server.rootkey;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the root key comes from ({@code trent serve --root-key file|passphrase}).
 *
 * @param provider {@code FILE}: 32 random bytes in {@code <data-dir>/root.key}; {@code PASSPHRASE}:
 *     Argon2id of a passphrase, parameters and salt stored with the data
 * @param passphraseFile for {@code PASSPHRASE}: a file holding the passphrase (one trailing newline
 *     ignored); null to read {@value #PASSPHRASE_ENV} instead
 */
public record RootKeyConfig(Provider provider, Path passphraseFile) {
  public static final String PASSPHRASE_ENV = "TRENT_ROOT_KEY_PASSPHRASE";

  /** The root-key providers. */
  public enum Provider {
    FILE,
    PASSPHRASE;

    /** The name operators type and the store records: {@code file}, {@code passphrase}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Provider parse(String label) {
      for (Provider p : values()) {
        if (p.label().equals(label)) {
          return p;
        }
      }
      throw new IllegalArgumentException("unknown root-key provider '" + label + "': use file or passphrase");
    }
  }

  public RootKeyConfig {
    if (provider == null) {
      throw new IllegalArgumentException("a root-key provider is required");
    }
  }

  public static RootKeyConfig file() {
    return new RootKeyConfig(Provider.FILE, null);
  }

  public static RootKeyConfig passphrase(Path passphraseFile) {
    return new RootKeyConfig(Provider.PASSPHRASE, passphraseFile);
  }
}
