package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;

/**
 * RSASSA-PKCS1-v1_5 (RFC 8017 §8.2) with SHA-256/384/512 from the JDK. RAW messages are hashed
 * here; both message types then sign {@code DigestInfo(digest)} through {@code NONEwithRSA}, so a
 * DIGEST signature equals the RAW signature of the message the digest came from. Deterministic.
 */
final class RsaPkcs1SignerJce implements Signer {
  private final SigningAlgorithm algorithm;
  private final PrivateKey key;
  private final SecureRandom random;

  RsaPkcs1SignerJce(SigningAlgorithm algorithm, PrivateKey key, SecureRandom random) {
    this.algorithm = algorithm;
    this.key = key;
    this.random = random;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    byte[] digest = Digests.toDigest(algorithm, message, type);
    Signature signature = Signature.getInstance("NONEwithRSA");
    signature.initSign(key, random);
    signature.update(Digests.digestInfo(algorithm.hashName(), digest));
    return signature.sign();
  }

  @Override
  public String toString() {
    return "RsaPkcs1SignerJce[" + algorithm + ", redacted]";
  }
}
