package dev.trent.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * One key material of a key: the secret part stored only wrapped under the root key, and for
 * asymmetric keys the public key (DER SubjectPublicKeyInfo, not secret), else null.
 */
public record StoredMaterial(
    String keyId, String materialId, byte[] wrapped, byte[] publicKey, Instant creationDate) {
  public StoredMaterial {
    wrapped = wrapped.clone();
    publicKey = publicKey == null ? null : publicKey.clone();
  }

  /** Material without a public key: symmetric and HMAC keys. */
  public StoredMaterial(String keyId, String materialId, byte[] wrapped, Instant creationDate) {
    this(keyId, materialId, wrapped, null, creationDate);
  }

  @Override
  public byte[] wrapped() {
    return wrapped.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey == null ? null : publicKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredMaterial m && keyId.equals(m.keyId) && materialId.equals(m.materialId)
        && Arrays.equals(wrapped, m.wrapped) && Arrays.equals(publicKey, m.publicKey)
        && creationDate.equals(m.creationDate);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode() * 31 + materialId.hashCode();
  }

  @Override
  public String toString() {
    return "StoredMaterial[" + keyId + ", " + materialId + "]";
  }
}
