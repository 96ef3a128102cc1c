package dev.trent.crypto.signature;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * Verifies DER SM2DSA signatures: RAW messages with AWS's distinguishing ID {@code
 * 1234567812345678}, DIGEST messages as the precomputed 32-byte {@code e}.
 */
final class Sm2VerifierBc implements Verifier {
  private final ECPublicKeyParameters key;

  Sm2VerifierBc(ECPublicKeyParameters key) {
    this.key = key;
  }

  @Override
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.SM2DSA;
  }

  @Override
  public boolean verify(byte[] message, MessageType type, byte[] signature) {
    algorithm().requireMessage(type, message);
    try {
      SM2Signer verifier = Sm2SignerBc.engine(type, key, false);
      verifier.update(message, 0, message.length);
      return verifier.verifySignature(signature);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
