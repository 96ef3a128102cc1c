package dev.trent.crypto.kem;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/** ML-KEM.Decaps (FIPS 203 §7.3) with Bouncy Castle, implicit rejection included. */
final class MlKemDecapsulatorBc implements KemDecapsulator {
  private final MLKEMPrivateKeyParameters key;
  private final int ciphertextLength;

  MlKemDecapsulatorBc(MLKEMPrivateKeyParameters key, int ciphertextLength) {
    this.key = key;
    this.ciphertextLength = ciphertextLength;
  }

  @Override
  public EncapsulationAlgorithm algorithm() {
    return EncapsulationAlgorithm.ML_KEM;
  }

  @Override
  public SecretBytes decapsulate(byte[] ciphertext) throws GeneralSecurityException {
    if (ciphertext.length != ciphertextLength) {
      throw new GeneralSecurityException("ML-KEM ciphertext has the wrong length");
    }
    return SecretBytes.adopt(new MLKEMExtractor(key).extractSecret(ciphertext));
  }

  @Override
  public String toString() {
    return "MlKemDecapsulatorBc[" + key.getParameters().getName() + ", redacted]";
  }
}
