package dev.trent.store;

import java.time.Instant;

/**
 * The parameters GetParametersForImport handed out under one import token: the wrapping key pair
 * (private key wrapped under the root key, public key as DER SubjectPublicKeyInfo) and the
 * algorithm the material must be wrapped with.
 */
public record StoredImportToken(
    String tokenId,
    String keyId,
    String wrappingAlgorithm,
    String wrappingKeySpec,
    byte[] wrappedPrivateKey,
    byte[] publicKey,
    Instant validTo) {
  public StoredImportToken {
    wrappedPrivateKey = wrappedPrivateKey.clone();
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] wrappedPrivateKey() {
    return wrappedPrivateKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredImportToken t && tokenId.equals(t.tokenId) && keyId.equals(t.keyId)
        && wrappingAlgorithm.equals(t.wrappingAlgorithm) && wrappingKeySpec.equals(t.wrappingKeySpec)
        && java.util.Arrays.equals(wrappedPrivateKey, t.wrappedPrivateKey)
        && java.util.Arrays.equals(publicKey, t.publicKey) && validTo.equals(t.validTo);
  }

  @Override
  public int hashCode() {
    return tokenId.hashCode();
  }

  @Override
  public String toString() {
    return "StoredImportToken[" + keyId + ", " + wrappingAlgorithm + ", " + wrappingKeySpec + "]";
  }
}
