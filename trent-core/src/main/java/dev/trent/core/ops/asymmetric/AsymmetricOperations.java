package dev.trent.core.ops.asymmetric;

import dev.trent.core.Operation;
import dev.trent.core.Services;
import java.util.List;

/** The operations of asymmetric keys: signatures, public keys, and RSA / SM2 encryption. */
public final class AsymmetricOperations {
  private AsymmetricOperations() {}

  public static List<Operation<?, ?>> all(Services s) {
    return List.of();
  }
}
