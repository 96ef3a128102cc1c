package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdDSAParameterSpec;

/**
 * Ed25519 (RFC 8032) from the JDK, deterministic. ED25519_SHA_512 is pure Ed25519 over a RAW
 * message. ED25519_PH_SHA_512 is Ed25519ph with an empty context over the DIGEST message: as AWS
 * documents, KMS still applies the SHA-512 pre-hash of FIPS 186-5 §7.8.1 to the submitted digest, so
 * the input is hashed twice (once by the caller, once here).
 */
final class Ed25519SignerJce implements Signer {
  private final SigningAlgorithm algorithm;
  private final PrivateKey key;
  private final EdDSAParameterSpec parameters;

  Ed25519SignerJce(SigningAlgorithm algorithm, PrivateKey key) {
    this(algorithm, key, new byte[0]);
  }

  /** With an RFC 8032 context, which KMS never uses; for known-answer tests only. */
  Ed25519SignerJce(SigningAlgorithm algorithm, PrivateKey key, byte[] context) {
    this.algorithm = algorithm;
    this.key = key;
    this.parameters = parameters(algorithm, context);
  }

  static EdDSAParameterSpec parameters(SigningAlgorithm algorithm, byte[] context) {
    boolean prehash = algorithm == SigningAlgorithm.ED25519_PH_SHA_512;
    return context.length == 0 ? new EdDSAParameterSpec(prehash) : new EdDSAParameterSpec(prehash, context);
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    algorithm.requireMessage(type, message);
    return signMessage(message);
  }

  /** Signs {@code message} (Ed25519ph: pre-hashes it) without the KMS length rule; for tests. */
  byte[] signMessage(byte[] message) throws GeneralSecurityException {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(key);
    signature.setParameter(parameters);
    signature.update(message);
    return signature.sign();
  }

  @Override
  public String toString() {
    return "Ed25519SignerJce[" + algorithm + ", redacted]";
  }
}
