package dev.trent.crypto.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.SignatureException;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.NullDigest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * SM2DSA (GB/T 32918.2) with Bouncy Castle, DER {@code SEQUENCE {r, s}}. A RAW message is signed as
 * {@code e = SM3(Z_A || M)} with AWS's fixed distinguishing ID {@code 1234567812345678} (GM/T
 * 0009-2012; AWS KMS developer guide, "Offline verification with SM2 key pairs"). A DIGEST message
 * is that 32-byte {@code e}, computed by the caller with any ID, and signed as is.
 */
final class Sm2SignerBc implements Signer {
  /** The only distinguishing ID KMS uses for RAW messages. */
  static final byte[] DISTINGUISHING_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

  private final ECKeyParameters key;
  private final SecureRandom random;

  Sm2SignerBc(ECKeyParameters key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  /** An SM2 signer or verifier for the message type; {@code key} may carry randomness. */
  static SM2Signer engine(MessageType type, CipherParameters key, boolean forSigning) {
    SM2Signer engine;
    if (type == MessageType.RAW) {
      engine = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
      engine.init(forSigning, new ParametersWithID(key, DISTINGUISHING_ID));
    } else {
      engine = new PrecomputedE();
      engine.init(forSigning, key);
    }
    return engine;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.SM2DSA;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    algorithm().requireMessage(type, message);
    SM2Signer signer = engine(type, new ParametersWithRandom(key, random), true);
    signer.update(message, 0, message.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new SignatureException("SM2 signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "Sm2SignerBc[redacted]";
  }

  /** SM2 over a caller-computed {@code e}: no {@code Z_A} prefix and no hashing. */
  private static final class PrecomputedE extends SM2Signer {
    PrecomputedE() {
      super(StandardDSAEncoding.INSTANCE, new NullDigest());
    }

    @Override
    protected byte[] getZ(byte[] userId) {
      return new byte[0];
    }
  }
}
