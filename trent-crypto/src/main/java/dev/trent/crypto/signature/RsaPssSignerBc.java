package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.SignatureException;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * RSASSA-PSS (RFC 8017 §8.1) as KMS uses it: MGF1 with the same SHA-2 hash, salt as long as the
 * hash, trailer 0xBC. Bouncy Castle's raw PSS signer is used because the JDK cannot sign a
 * precomputed digest; RAW messages are hashed here first, so both types share one path. The salt
 * comes from the injected randomness.
 */
final class RsaPssSignerBc implements Signer {
  private final SigningAlgorithm algorithm;
  private final AsymmetricKeyParameter key;
  private final SecureRandom random;

  RsaPssSignerBc(SigningAlgorithm algorithm, AsymmetricKeyParameter key, SecureRandom random) {
    this.algorithm = algorithm;
    this.key = key;
    this.random = random;
  }

  static PSSSigner rawPss(SigningAlgorithm algorithm) {
    return PSSSigner.createRawSigner(
        new RSABlindedEngine(),
        Digests.bcDigest(algorithm.hashName()),
        Digests.bcDigest(algorithm.hashName()),
        algorithm.digestLength(),
        PSSSigner.TRAILER_IMPLICIT);
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    byte[] digest = Digests.toDigest(algorithm, message, type);
    PSSSigner signer = rawPss(algorithm);
    signer.init(true, new ParametersWithRandom(key, random));
    signer.update(digest, 0, digest.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new SignatureException("RSA-PSS signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "RsaPssSignerBc[" + algorithm + ", redacted]";
  }
}
