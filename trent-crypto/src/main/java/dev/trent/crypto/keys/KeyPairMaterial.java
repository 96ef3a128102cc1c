package dev.trent.crypto.keys;

import dev.trent.crypto.SecretBytes;

/**
 * A freshly generated asymmetric key pair: the private key as DER PKCS#8 {@code PrivateKeyInfo}
 * (RFC 5958) and the public key as DER X.509 {@code SubjectPublicKeyInfo} (RFC 5280), the two forms
 * GenerateDataKeyPair returns and GetPublicKey serves. {@code toString} never shows the private key.
 *
 * @param privateKey PKCS#8; owned by the record, wipe it through {@link #wipe()} when done
 * @param publicKey SubjectPublicKeyInfo; copied in and out
 */
public record KeyPairMaterial(KeySpec spec, SecretBytes privateKey, byte[] publicKey) {
  public KeyPairMaterial {
    if (!spec.isAsymmetric()) {
      throw new IllegalArgumentException(spec + " has no key pair");
    }
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** Zeroes the private key. */
  public void wipe() {
    privateKey.wipe();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyPairMaterial that
        && spec == that.spec
        && privateKey.equals(that.privateKey)
        && java.util.Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return spec.hashCode() * 31 + java.util.Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "KeyPairMaterial[" + spec + ", private key redacted, public key " + publicKey.length + " bytes]";
  }
}
