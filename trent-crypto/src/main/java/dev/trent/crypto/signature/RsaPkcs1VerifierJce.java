package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/**
 * Verifies RSASSA-PKCS1-v1_5 with SHA-256/384/512 from the JDK: the signature must be exactly the
 * modulus length and decode to the one DER {@code DigestInfo} (with its NULL parameters) of the
 * digest, so BER variants and missing NULLs are rejected.
 */
final class RsaPkcs1VerifierJce implements Verifier {
  private final SigningAlgorithm algorithm;
  private final PublicKey key;
  private final int modulusLength;

  RsaPkcs1VerifierJce(SigningAlgorithm algorithm, PublicKey key) {
    this.algorithm = algorithm;
    this.key = key;
    this.modulusLength = (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
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
    try {
      Signature verifier = Signature.getInstance("NONEwithRSA");
      verifier.initVerify(key);
      verifier.update(Digests.digestInfo(algorithm.hashName(), digest));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
