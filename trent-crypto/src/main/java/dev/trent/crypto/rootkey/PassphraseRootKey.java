package dev.trent.crypto.rootkey;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;

/**
 * The {@code passphrase} root-key provider: the root key is Argon2id(passphrase, parameters), so it
 * is never written anywhere. The parameters (with their salt) live in the store; the caller
 * compares the derived key's check value with the stored one before using it.
 */
public final class PassphraseRootKey {
  private PassphraseRootKey() {}

  /** Derives the root key; takes about a second with the default parameters. */
  public static RootKey derive(SecretBytes passphrase, Argon2idParameters parameters, Randomness randomness) {
    if (passphrase.length() == 0) {
      throw new IllegalArgumentException("the root-key passphrase is empty");
    }
    try (SecretBytes key = Argon2id.derive(passphrase, parameters, 32)) {
      return new RootKey(key, randomness);
    }
  }

  /** Fresh parameters (default cost, random salt) for a new passphrase. */
  public static Argon2idParameters newParameters(Randomness randomness) {
    return Argon2idParameters.defaults(randomness.bytes(Argon2idParameters.SALT_LENGTH));
  }
}
