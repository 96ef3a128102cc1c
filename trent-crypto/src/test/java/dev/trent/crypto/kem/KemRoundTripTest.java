package dev.trent.crypto.kem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.TestKeyPairs;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Encapsulate / Decapsulate for every ML-KEM key spec: AWS's ciphertext lengths, a 32-byte secret
 * both sides agree on, implicit rejection (an altered or foreign ciphertext gives another secret,
 * no error) and refusal of a ciphertext of the wrong length.
 */
class KemRoundTripTest {
  @ParameterizedTest
  @EnumSource(value = KeySpec.class, names = "ML_KEM_.*", mode = EnumSource.Mode.MATCH_ALL)
  void encapsulatedSecret_isRecoveredByDecapsulation(KeySpec spec) throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    Encapsulation encapsulation = Kems.encapsulator(spec, pair.publicKey(), Randomness.system()).encapsulate();
    KemDecapsulator decapsulator = Kems.decapsulator(spec, pair.privateKey());

    assertThat(encapsulation.ciphertext()).hasSize(EncapsulationAlgorithm.ML_KEM.ciphertextLength(spec));
    assertThat(encapsulation.sharedSecret().length()).isEqualTo(EncapsulationAlgorithm.SHARED_SECRET_LENGTH);
    assertThat(decapsulator.decapsulate(encapsulation.ciphertext())).isEqualTo(encapsulation.sharedSecret());
    assertThat(encapsulation.toString()).contains("redacted");
  }

  @ParameterizedTest
  @EnumSource(value = KeySpec.class, names = "ML_KEM_.*", mode = EnumSource.Mode.MATCH_ALL)
  void alteredOrForeignCiphertext_givesAnotherSecret_wrongLengthThrows(KeySpec spec) throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    Encapsulation encapsulation = Kems.encapsulator(spec, pair.publicKey(), Randomness.system()).encapsulate();
    byte[] altered = encapsulation.ciphertext();
    altered[0] ^= 1;

    assertThat(Kems.decapsulator(spec, pair.privateKey()).decapsulate(altered)).isNotEqualTo(encapsulation.sharedSecret());
    assertThat(Kems.decapsulator(spec, TestKeyPairs.another(spec).privateKey()).decapsulate(encapsulation.ciphertext()))
        .isNotEqualTo(encapsulation.sharedSecret());
    assertThatThrownBy(() -> Kems.decapsulator(spec, pair.privateKey())
            .decapsulate(java.util.Arrays.copyOf(encapsulation.ciphertext(), altered.length - 1)))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void ciphertextLengths_areAwsDocumented() {
    assertThat(EncapsulationAlgorithm.ML_KEM.ciphertextLength(KeySpec.ML_KEM_512)).isEqualTo(768);
    assertThat(EncapsulationAlgorithm.ML_KEM.ciphertextLength(KeySpec.ML_KEM_768)).isEqualTo(1088);
    assertThat(EncapsulationAlgorithm.ML_KEM.ciphertextLength(KeySpec.ML_KEM_1024)).isEqualTo(1568);
    assertThatThrownBy(() -> Kems.encapsulator(KeySpec.ML_DSA_44, TestKeyPairs.of(KeySpec.ML_DSA_44).publicKey(),
            Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
