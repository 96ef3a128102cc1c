package dev.trent.crypto.signature;

import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * Verifies RSASSA-PSS with MGF1 of the same hash and a salt as long as the hash (KMS's parameters)
 * with Bouncy Castle's raw PSS verifier; a signature of any length other than the modulus's fails.
 */
final class RsaPssVerifierBc implements Verifier {
  private final SigningAlgorithm algorithm;
  private final RSAKeyParameters key;
  private final int modulusLength;

  RsaPssVerifierBc(SigningAlgorithm algorithm, RSAKeyParameters key) {
    this.algorithm = algorithm;
    this.key = key;
    this.modulusLength = (key.getModulus().bitLength() + 7) / 8;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    byte[] digest = Digests.toDigest(algorithm, message, type);
    if (signature.length != modulusLength) {
      return false;
    }
    PSSSigner verifier = RsaPssSignerBc.rawPss(algorithm);
    verifier.init(false, key);
    verifier.update(digest, 0, digest.length);
    try {
      return verifier.verifySignature(signature);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
