package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdDSAParameterSpec;

/**
 * Verifies Ed25519 / Ed25519ph (empty context) signatures with the JDK, which rejects
 * non-canonical S values and undecodable points (RFC 8032 §5.1.7).
 */
final class Ed25519VerifierJce implements Verifier {
  private final SigningAlgorithm algorithm;
  private final PublicKey key;
  private final EdDSAParameterSpec parameters;

  Ed25519VerifierJce(SigningAlgorithm algorithm, PublicKey key) {
    this(algorithm, key, new byte[0]);
  }

  /** With an RFC 8032 context, which KMS never uses; for known-answer tests only. */
  Ed25519VerifierJce(SigningAlgorithm algorithm, PublicKey key, byte[] context) {
    this.algorithm = algorithm;
    this.key = key;
    this.parameters = Ed25519SignerJce.parameters(algorithm, context);
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    algorithm.requireMessage(type, message);
    return verifyMessage(message, signature);
  }

  /** Verifies over {@code message} without the KMS length rule; for tests. */
  boolean verifyMessage(byte[] message, byte[] signature) {
    if (signature.length != 64) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.setParameter(parameters);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
