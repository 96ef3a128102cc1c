package dev.trent.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * An access key: long-term ({@code AKIA...}, of a user or an account root) or temporary ({@code
 * ASIA...}, of an assumed-role session). The secret reaches storage only sealed under the root key;
 * a temporary key's session token only as its SHA-256 digest.
 *
 * @param ownerId the id of the user ({@code AIDA...}) or role ({@code AROA...}) the key belongs
 *     to, or the account id for an account root's key
 * @param principalArn the principal the key signs as
 * @param userName the owning user's name, or null for a root or session key
 * @param status {@code Active} or {@code Inactive}
 * @param sealedSecret the secret access key sealed under the root key
 * @param sessionTokenDigest SHA-256 of the session token; null for a long-term key
 * @param expiration when a temporary key stops working; null for a long-term key
 */
public record StoredAccessKey(
    String accessKeyId,
    String accountId,
    String ownerId,
    String principalArn,
    String userName,
    String status,
    byte[] sealedSecret,
    byte[] sessionTokenDigest,
    Instant expiration,
    Instant createDate) {
  public static final String ACTIVE = "Active";
  public static final String INACTIVE = "Inactive";

  public StoredAccessKey {
    sealedSecret = sealedSecret.clone();
    sessionTokenDigest = sessionTokenDigest == null ? null : sessionTokenDigest.clone();
  }

  @Override
  public byte[] sealedSecret() {
    return sealedSecret.clone();
  }

  @Override
  public byte[] sessionTokenDigest() {
    return sessionTokenDigest == null ? null : sessionTokenDigest.clone();
  }

  /** True for an {@code ASIA...} session key. */
  public boolean temporary() {
    return sessionTokenDigest != null;
  }

  public StoredAccessKey withStatus(String newStatus) {
    return new StoredAccessKey(accessKeyId, accountId, ownerId, principalArn, userName, newStatus,
        sealedSecret, sessionTokenDigest, expiration, createDate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredAccessKey k && accessKeyId.equals(k.accessKeyId)
        && accountId.equals(k.accountId) && ownerId.equals(k.ownerId)
        && principalArn.equals(k.principalArn) && java.util.Objects.equals(userName, k.userName)
        && status.equals(k.status) && Arrays.equals(sealedSecret, k.sealedSecret)
        && Arrays.equals(sessionTokenDigest, k.sessionTokenDigest)
        && java.util.Objects.equals(expiration, k.expiration) && createDate.equals(k.createDate);
  }

  @Override
  public int hashCode() {
    return accessKeyId.hashCode();
  }

  @Override
  public String toString() {
    return "StoredAccessKey[" + accessKeyId + ", " + principalArn + ", " + status + "]";
  }
}
