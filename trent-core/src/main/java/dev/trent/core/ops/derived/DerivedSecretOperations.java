package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.Services;
import java.util.List;

/** MACs, key agreement, key encapsulation and data key pairs. */
public final class DerivedSecretOperations {
  private DerivedSecretOperations() {}

  public static List<Operation<?, ?>> all(Services s) {
    return List.of(new GenerateMac(s), new VerifyMac(s), new DeriveSharedSecret(s),
        new Encapsulate(s), new Decapsulate(s), new GenerateDataKeyPair(s),
        new GenerateDataKeyPairWithoutPlaintext(s));
  }
}
