package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.SignatureException;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.MLDSASigner;

/**
 * ML-DSA (FIPS 204) from Bouncy Castle with an empty context: RAW signs the message (pure ML-DSA,
 * §5.2), EXTERNAL_MU signs a caller-computed 64-byte μ (§6.2), which yields the same signature as
 * RAW over the message μ came from. Signing is hedged: the 32-byte {@code rnd} comes from the
 * injected randomness (all-zero {@code rnd} gives the deterministic variant).
 */
final class MlDsaSignerBc implements Signer {
  private final MLDSAPrivateKeyParameters key;
  private final SecureRandom random;
  private final byte[] context;

  MlDsaSignerBc(MLDSAPrivateKeyParameters key, SecureRandom random) {
    this(key, random, new byte[0]);
  }

  /** With a FIPS 204 context string, which KMS never uses; for vector tests only. */
  MlDsaSignerBc(MLDSAPrivateKeyParameters key, SecureRandom random, byte[] context) {
    this.key = key;
    this.random = random;
    this.context = context.clone();
  }

  @Override
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.ML_DSA_SHAKE_256;
  }

  @Override
  public byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException {
    algorithm().requireMessage(type, message);
    MLDSASigner signer = new MLDSASigner();
    try {
      signer.init(true, new ParametersWithContext(new ParametersWithRandom(key, random), context));
      if (type == MessageType.EXTERNAL_MU) {
        return signer.generateMuSignature(message);
      }
      signer.update(message, 0, message.length);
      return signer.generateSignature();
    } catch (CryptoException | RuntimeException e) {
      throw new SignatureException("ML-DSA signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "MlDsaSignerBc[" + key.getParameters().getName() + ", redacted]";
  }
}
