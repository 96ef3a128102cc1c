package dev.trent.store;

import java.time.Instant;

/** One key material of a key, stored only wrapped under the root key. */
public record StoredMaterial(String keyId, String materialId, byte[] wrapped, Instant creationDate) {
  public StoredMaterial {
    wrapped = wrapped.clone();
  }

  @Override
  public byte[] wrapped() {
    return wrapped.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredMaterial m && keyId.equals(m.keyId) && materialId.equals(m.materialId)
        && java.util.Arrays.equals(wrapped, m.wrapped) && creationDate.equals(m.creationDate);
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
