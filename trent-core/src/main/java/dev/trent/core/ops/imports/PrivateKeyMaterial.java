package dev.trent.core.ops.imports;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.PublicKeyDerivation;
import dev.trent.protocol.error.IncorrectKeyMaterialException;
import java.security.GeneralSecurityException;

/**
 * Imported material of an asymmetric key: a private key in PKCS #8 (DER), as the Developer Guide's
 * import requirements ask. Its public key is derived here, so GetPublicKey and Verify need
 * nothing from the customer beyond the private key.
 */
final class PrivateKeyMaterial {
  private PrivateKeyMaterial() {}

  /** The DER SubjectPublicKeyInfo of the imported private key; null for secret-key specs. */
  static byte[] publicKeyOf(String keySpec, SecretBytes material) {
    if (!keySpec.startsWith("RSA_") && !keySpec.startsWith("ECC_")) {
      return null;
    }
    try {
      return PublicKeyDerivation.spki(KeySpec.valueOf(keySpec), material);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IncorrectKeyMaterialException(
          "The key material is not a " + keySpec + " private key in PKCS #8 format.");
    }
  }
}
