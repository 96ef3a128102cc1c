package dev.trent.crypto.signature;

import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.signers.MLDSASigner;

/** Verifies ML-DSA signatures (empty context) over a RAW message or an external μ. */
final class MlDsaVerifierBc implements Verifier {
  private final MLDSAPublicKeyParameters key;
  private final byte[] context;

  MlDsaVerifierBc(MLDSAPublicKeyParameters key) {
    this(key, new byte[0]);
  }

  /** With a FIPS 204 context string, which KMS never uses; for vector tests only. */
  MlDsaVerifierBc(MLDSAPublicKeyParameters key, byte[] context) {
    this.key = key;
    this.context = context.clone();
  }

  @Override
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.ML_DSA_SHAKE_256;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    algorithm().requireMessage(type, message);
    MLDSASigner verifier = new MLDSASigner();
    try {
      verifier.init(false, new ParametersWithContext(key, context));
      if (type == MessageType.EXTERNAL_MU) {
        return verifier.verifyMuSignature(message, signature);
      }
      verifier.update(message, 0, message.length);
      return verifier.verifySignature(signature);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
