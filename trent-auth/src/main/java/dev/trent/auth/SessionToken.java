package dev.trent.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * What a temporary credential's session token must be: the SHA-256 digest of the token (the token
 * itself is not kept) and when the session ends.
 *
 * @param digest SHA-256 of the token's UTF-8 bytes
 * @param expiration the first instant at which the credential no longer works
 */
public record SessionToken(byte[] digest, Instant expiration) {
  public SessionToken {
    digest = Objects.requireNonNull(digest, "digest").clone();
    Objects.requireNonNull(expiration, "expiration");
  }

  @Override
  public byte[] digest() {
    return digest.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionToken t && java.util.Arrays.equals(digest, t.digest)
        && expiration.equals(t.expiration);
  }

  @Override
  public int hashCode() {
    return expiration.hashCode();
  }

  @Override
  public String toString() {
    return "SessionToken[expiration=" + expiration + "]";
  }
}
