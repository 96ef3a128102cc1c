package dev.trent.crypto.signature;

import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.signers.MLDSASigner;

/** Verifies ML-DSA signatures (empty context) over a RAW message or an external μ. */
final class MlDsaVerifierBc implements Verifier {
  private final MLDSAPublicKeyParameters key;

  MlDsaVerifierBc(MLDSAPublicKeyParameters key) {
    this.key = key;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.ML_DSA_SHAKE_256;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    algorithm().requireMessage(type, message);
    MLDSASigner verifier = new MLDSASigner();
    verifier.init(false, key);
    try {
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
