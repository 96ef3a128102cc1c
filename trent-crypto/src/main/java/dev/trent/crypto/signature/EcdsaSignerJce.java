package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;

/**
 * ECDSA (FIPS 186-5) over the digest of the message, DER-encoded {@code SEQUENCE {r, s}} as KMS
 * returns it. {@code NONEwithECDSA} from the JDK's SunEC for the NIST curves and from Bouncy Castle
 * for secp256k1 (absent from JDK 17); RAW messages are hashed here first, so both message types
 * share one path. The nonce comes from the injected randomness.
 */
final class EcdsaSignerJce implements Signer {
  private final SigningAlgorithm algorithm;
  private final PrivateKey key;
  private final Provider provider;
  private final SecureRandom random;

  /** {@code provider} null means the JDK's. */
  EcdsaSignerJce(SigningAlgorithm algorithm, PrivateKey key, Provider provider, SecureRandom random) {
    this.algorithm = algorithm;
    this.key = key;
    this.provider = provider;
    this.random = random;
  }

  static Signature rawEcdsa(Provider provider) throws GeneralSecurityException {
    return provider == null
        ? Signature.getInstance("NONEwithECDSA")
        : Signature.getInstance("NONEwithECDSA", provider);
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    byte[] digest = Digests.toDigest(algorithm, message, type);
    Signature signature = rawEcdsa(provider);
    signature.initSign(key, random);
    signature.update(digest);
    return signature.sign();
  }

  @Override
  public String toString() {
    return "EcdsaSignerJce[" + algorithm + ", redacted]";
  }
}
