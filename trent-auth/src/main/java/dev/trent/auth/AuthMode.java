package dev.trent.auth;

/** How strictly {@link SigV4Verifier} checks requests. */
public enum AuthMode {
  /**
   * Any well-formed SigV4 request is accepted without looking up its access key, checking its
   * signature or its clock skew. Meant for local development on a loopback address only.
   */
  DEV,
  /** The signature is verified against the stored secret, within five minutes of clock skew. */
  STRICT
}
