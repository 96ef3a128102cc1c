package dev.trent.crypto.wrap;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.encryption.AsymmetricCiphers;
import dev.trent.crypto.encryption.AsymmetricDecrypter;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Recovers imported key material from the EncryptedKeyMaterial of ImportKeyMaterial, given the
 * private half of the wrapping key pair (PKCS#8). Every failure is the same bare exception, so a
 * caller cannot tell a wrong key from a damaged blob (no padding oracle).
 */
public final class ImportUnwrapper {
  private ImportUnwrapper() {}

  public static SecretBytes unwrap(WrappingAlgorithm algorithm, KeySpec wrappingSpec,
      SecretBytes wrappingPrivateKey, byte[] encrypted) throws GeneralSecurityException {
    try {
      AsymmetricDecrypter outer =
          AsymmetricCiphers.decrypter(algorithm.outer(), wrappingSpec, wrappingPrivateKey);
      if (!algorithm.twoLayer()) {
        return outer.decrypt(encrypted);
      }
      int split = (wrappingSpec.bits() + 7) / 8;
      if (encrypted.length <= split) {
        throw new GeneralSecurityException("unwrap failed");
      }
      try (SecretBytes aesKey = outer.decrypt(Arrays.copyOfRange(encrypted, 0, split))) {
        if (aesKey.length() != 32) {
          throw new GeneralSecurityException("unwrap failed");
        }
        return AesKeyWrapPadJce.unwrap(aesKey, Arrays.copyOfRange(encrypted, split, encrypted.length));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new GeneralSecurityException("unwrap failed");
    }
  }
}
