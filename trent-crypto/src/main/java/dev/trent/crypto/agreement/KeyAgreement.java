package dev.trent.crypto.agreement;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;

/** Derives shared secrets with one private key. Implementations are immutable and thread-safe. */
public interface KeyAgreement {
  KeyAgreementAlgorithm algorithm();

  /**
   * The raw shared secret: the x-coordinate of {@code d·Q}, big-endian, as long as the field (32,
   * 48 or 66 bytes), which is what DeriveSharedSecret returns.
   *
   * @param peerPublicKey the peer's DER SubjectPublicKeyInfo ({@code id-ecPublicKey} with this
   *     key's named curve; uncompressed or compressed point)
   * @throws GeneralSecurityException when the peer key is not strict DER, names another curve or
   *     explicit parameters, or its point is not a valid point of the curve
   */
  SecretBytes deriveSharedSecret(byte[] peerPublicKey) throws GeneralSecurityException;
}
