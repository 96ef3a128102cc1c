package dev.trent.crypto.kem;

import dev.trent.crypto.SecretBytes;
import java.security.SecureRandom;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/** ML-KEM.Encaps (FIPS 203 §7.2) with Bouncy Castle; the 32-byte {@code m} is drawn per call. */
final class MlKemEncapsulatorBc implements KemEncapsulator {
  private final MLKEMPublicKeyParameters key;
  private final SecureRandom random;

  MlKemEncapsulatorBc(MLKEMPublicKeyParameters key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  @Override
  public EncapsulationAlgorithm algorithm() {
    return EncapsulationAlgorithm.ML_KEM;
  }

  @Override
  public Encapsulation encapsulate() {
    SecretWithEncapsulation result = new MLKEMGenerator(random).generateEncapsulated(key);
    return new Encapsulation(result.getEncapsulation(), SecretBytes.adopt(result.getSecret()));
  }
}
