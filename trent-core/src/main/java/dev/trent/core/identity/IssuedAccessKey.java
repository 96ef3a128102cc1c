package dev.trent.core.identity;

import java.time.Instant;

/**
 * A new access key as its owner sees it once, at creation: the only time the secret (and a
 * session's token) leaves Trent. {@link #toString()} never shows them.
 *
 * @param sessionToken the session token of temporary credentials, else null
 * @param expiration when temporary credentials expire, else null
 * @param createDate when the key was made
 */
public record IssuedAccessKey(
    String accessKeyId,
    String secretAccessKey,
    String sessionToken,
    Instant expiration,
    String accountId,
    String principalArn,
    Instant createDate) {
  @Override
  public String toString() {
    return "IssuedAccessKey[" + accessKeyId + ", " + principalArn + ", secret redacted]";
  }
}
