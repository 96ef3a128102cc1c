package dev.trent.crypto.signature;

/** How Sign and Verify read {@code Message}, named as KMS names them. */
public enum MessageType {
  /** The message itself; the algorithm hashes it (or, for ML-DSA, computes μ from it). */
  RAW,
  /** A digest the caller computed with the algorithm's hash; its length must match. */
  DIGEST,
  /** ML-DSA only: the 64-byte message representative μ of FIPS 204 §6.2 (empty context). */
  EXTERNAL_MU
}
