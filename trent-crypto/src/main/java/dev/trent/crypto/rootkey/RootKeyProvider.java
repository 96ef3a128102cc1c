package dev.trent.crypto.rootkey;

/** Where the root key comes from: a file, a passphrase, an HSM. Called once at start-up. */
public interface RootKeyProvider {
  /** Loads (or, for providers that may, creates) the root key; fails loudly when it cannot. */
  RootKey load();
}
