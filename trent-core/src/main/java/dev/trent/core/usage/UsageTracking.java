package dev.trent.core.usage;

import dev.trent.core.Operation;
import java.util.Set;

/** Which operations count as a key's use for GetKeyLastUsage: the model's KeyLastUsageTrackingOperation. */
public final class UsageTracking {
  private static final Set<String> TRACKED = Set.of("Decrypt", "DeriveSharedSecret", "Encrypt",
      "GenerateDataKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext",
      "GenerateDataKeyWithoutPlaintext", "GenerateMac", "ReEncrypt", "Sign", "Verify", "VerifyMac",
      "Decapsulate", "Encapsulate");

  private UsageTracking() {}

  /** The operation itself, or wrapped so its successes are recorded, if it is tracked. */
  public static <I, O> Operation<I, O> wrap(Operation<I, O> operation, KeyUsageLog log) {
    return TRACKED.contains(operation.name()) ? new UsageTrackingOperation<>(operation, log) : operation;
  }
}
