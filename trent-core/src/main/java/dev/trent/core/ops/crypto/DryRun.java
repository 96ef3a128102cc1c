package dev.trent.core.ops.crypto;

import dev.trent.protocol.error.DryRunOperationException;
import dev.trent.protocol.error.UnsupportedOperationException;

/** Request options shared by the cryptographic operations (symmetric, asymmetric and derived). */
public final class DryRun {
  private DryRun() {}

  /** Called once every check has passed and before any effect: a dry run stops here. */
  public static void stopIfRequested(Boolean dryRun) {
    if (Boolean.TRUE.equals(dryRun)) {
      throw new DryRunOperationException(
          "The request would have succeeded, but the DryRun option is set.");
    }
  }

  /** Nitro Enclaves attestation is not verified by Trent, so a Recipient is refused, not ignored. */
  public static void refuseRecipient(Object recipient) {
    if (recipient != null) {
      throw new UnsupportedOperationException(
          "Trent does not support the Recipient parameter (AWS Nitro Enclaves attestation) yet.");
    }
  }
}
