package dev.trent.crypto.signature;

import dev.trent.crypto.keys.Providers;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Verifies DER-encoded ECDSA signatures over the digest of the message with Bouncy Castle on every
 * curve. Not the JDK: JDK 17's SunEC accepts a non-minimal DER integer ("MissingZero") and rejects
 * valid signatures whose {@code x(kG)} exceeds the group order (Wycheproof {@code
 * ecdsa_secp256r1_sha256_test.json} tcId 6, 350, 479). Bouncy Castle passes every vector and
 * rejects BER, trailing bytes, and r or s outside [1, n-1].
 */
final class EcdsaVerifierBc implements Verifier {
  private final SigningAlgorithm algorithm;
  private final PublicKey key;

  EcdsaVerifierBc(SigningAlgorithm algorithm, PublicKey key) {
    this.algorithm = algorithm;
    this.key = key;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    byte[] digest = Digests.toDigest(algorithm, message, type);
    try {
      Signature verifier = Signature.getInstance("NONEwithECDSA", Providers.bouncyCastle());
      verifier.initVerify(key);
      verifier.update(digest);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
