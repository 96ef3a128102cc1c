package dev.trent.core.ops.crypto;

import dev.trent.protocol.error.DryRunOperationException;
import dev.trent.protocol.error.UnsupportedOperationException;

/** Request options shared by the cryptographic operations (symmetric, asymmetric and derived). */
public final class DryRun {
  private DryRun() {}

  /**
   * Called once every check has passed, including those only the cryptography can make (a peer
   * key off the curve, a MAC that does not verify), and before any effect that outlives the
   * request: a dry run answers what the real request would have answered.
   */
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
