package dev.trent.crypto.kem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.FixedRandomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.PqcKeyEncodings;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ML-KEM for ML_KEM_512/768/1024 against Wycheproof (no {@code acceptable} cases). Key generation
 * from a seed: {@link KeyMaterialGenerator} fed d‖z must give the vector's encapsulation key and
 * expanded decapsulation key. Decapsulation: the vector's {@code K}, including implicit rejection of
 * altered ciphertexts; a wrong ciphertext length or seed length is refused. Encapsulation with the
 * vector's {@code m}: its {@code c} and {@code K}; an encapsulation key that fails FIPS 203's
 * modulus check or has the wrong length is refused when the key is decoded or used.
 */
class MlKemWycheproofTest {
  static Stream<Arguments> vectors(String kind) {
    return Stream.of(KeySpec.ML_KEM_512, KeySpec.ML_KEM_768, KeySpec.ML_KEM_1024)
        .flatMap(spec -> Wycheproof.load("mlkem_" + spec.bits() + kind + "_test.json").stream()
            .map(v -> Arguments.of(spec, v)));
  }

  static Stream<Arguments> keygenVectors() {
    return vectors("_keygen_seed");
  }

  static Stream<Arguments> decapsVectors() {
    return vectors("");
  }

  static Stream<Arguments> encapsVectors() {
    return vectors("_encaps");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keygenVectors")
  void keygenVector_givesTheKeys(KeySpec spec, Vector v) throws GeneralSecurityException {
    KeyPairMaterial pair = new KeyMaterialGenerator(FixedRandomness.exactly(v.hex("seed"))).generateKeyPair(spec);
    var privateKey = (MLKEMPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, pair.privateKey());
    var publicKey = (MLKEMPublicKeyParameters) AsymmetricKeys.bcPublicKey(spec, pair.publicKey());

    assertThat(publicKey.getEncoded()).isEqualTo(v.hex("ek"));
    assertThat(privateKey.withPreferredFormat(MLKEMPrivateKeyParameters.EXPANDED_KEY).getEncoded()).isEqualTo(v.hex("dk"));
    assertThat(pair.privateKey().toByteArray()).isEqualTo(PqcKeyEncodings.seedOnly(spec, v.hex("seed")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("decapsVectors")
  void decapsVector_givesTheSecretOrRefuses(KeySpec spec, Vector v) throws GeneralSecurityException {
    SecretBytes privateKey = SecretBytes.adopt(PqcKeyEncodings.seedOnly(spec, v.hex("seed")));
    if (v.hex("seed").length != 64) {
      assertThat(v.result()).isEqualTo("invalid");
      assertThatThrownBy(() -> Kems.decapsulator(spec, privateKey)).isInstanceOf(GeneralSecurityException.class);
      return;
    }
    KemDecapsulator decapsulator = Kems.decapsulator(spec, privateKey);
    KeyPairMaterial pair = new KeyMaterialGenerator(FixedRandomness.exactly(v.hex("seed"))).generateKeyPair(spec);
    assertThat(pair.publicKey()).isEqualTo(PqcKeyEncodings.spki(spec, v.hex("ek")));

    if (v.result().equals("valid")) {
      assertThat(decapsulator.decapsulate(v.hex("c")).toByteArray()).isEqualTo(v.hex("K"));
    } else {
      assertThatThrownBy(() -> decapsulator.decapsulate(v.hex("c"))).isInstanceOf(GeneralSecurityException.class);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("encapsVectors")
  void encapsVector_givesTheCiphertextOrRefuses(KeySpec spec, Vector v) {
    byte[] publicKey = PqcKeyEncodings.spki(spec, v.hex("ek"));
    var randomness = FixedRandomness.exactly(v.hex("m"));

    if (v.result().equals("valid")) {
      Encapsulation result = encapsulate(spec, publicKey, randomness);
      assertThat(result.ciphertext()).isEqualTo(v.hex("c"));
      assertThat(result.sharedSecret().toByteArray()).isEqualTo(v.hex("K"));
    } else {
      assertThatThrownBy(() -> Kems.encapsulator(spec, publicKey, randomness).encapsulate())
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  private static Encapsulation encapsulate(KeySpec spec, byte[] publicKey, FixedRandomness randomness) {
    try {
      return Kems.encapsulator(spec, publicKey, randomness).encapsulate();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
