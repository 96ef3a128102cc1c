package dev.trent.core.ops.asymmetric;

import dev.trent.core.Operation;
import dev.trent.core.Services;
import java.util.List;

/**
 * The operations of asymmetric keys: signatures and public keys. RSA and SM2 encryption go through
 * Encrypt, Decrypt and ReEncrypt in {@code ops.crypto}, which dispatch on the key spec.
 */
public final class AsymmetricOperations {
  private AsymmetricOperations() {}

  public static List<Operation<?, ?>> all(Services s) {
    return List.of(new Sign(s), new Verify(s), new GetPublicKey(s));
  }
}
