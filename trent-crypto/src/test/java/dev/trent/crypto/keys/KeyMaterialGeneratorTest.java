package dev.trent.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link KeyMaterialGenerator} and {@link AsymmetricKeys}: every spec yields material in the
 * documented encodings that decodes as exactly that spec and no other.
 */
class KeyMaterialGeneratorTest {
  private final KeyMaterialGenerator generator = new KeyMaterialGenerator(Randomness.system());

  static Stream<KeySpec> asymmetric() {
    return Stream.of(KeySpec.values()).filter(KeySpec::isAsymmetric);
  }

  @ParameterizedTest
  @MethodSource("asymmetric")
  void keyPair_isPkcs8AndSpkiOfTheSpec(KeySpec spec) throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);

    assertThat(PrivateKeyInfo.getInstance(pair.privateKey().toByteArray()).getPrivateKeyAlgorithm().getAlgorithm())
        .isEqualTo(SubjectPublicKeyInfo.getInstance(pair.publicKey()).getAlgorithm().getAlgorithm());
    assertThat(AsymmetricKeys.bcPrivateKey(spec, pair.privateKey()).isPrivate()).isTrue();
    assertThat(AsymmetricKeys.bcPublicKey(spec, pair.publicKey()).isPrivate()).isFalse();
    if (spec.family() != KeySpec.Family.ML_DSA && spec.family() != KeySpec.Family.ML_KEM) {
      assertThat(AsymmetricKeys.jcaPrivateKey(spec, pair.privateKey())).isNotNull();
      assertThat(AsymmetricKeys.jcaPublicKey(spec, pair.publicKey()).getEncoded()).isEqualTo(pair.publicKey());
    }
  }

  @ParameterizedTest
  @MethodSource("asymmetric")
  void keyPair_isFreshEachTime(KeySpec spec) {
    assertThat(TestKeyPairs.another(spec).publicKey()).isNotEqualTo(TestKeyPairs.of(spec).publicKey());
  }

  @ParameterizedTest
  @MethodSource("asymmetric")
  void key_doesNotDecodeAsAnyOtherSpec(KeySpec spec) {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    asymmetric().filter(other -> other != spec).forEach(other -> {
      assertThatThrownBy(() -> AsymmetricKeys.bcPublicKey(other, pair.publicKey()))
          .as("%s public key as %s", spec, other).isInstanceOf(GeneralSecurityException.class);
      assertThatThrownBy(() -> AsymmetricKeys.bcPrivateKey(other, pair.privateKey()))
          .as("%s private key as %s", spec, other).isInstanceOf(GeneralSecurityException.class);
    });
  }

  @ParameterizedTest
  @MethodSource("asymmetric")
  void key_withTrailingByteOrTruncated_isRefused(KeySpec spec) {
    byte[] publicKey = TestKeyPairs.of(spec).publicKey();
    byte[] privateKey = TestKeyPairs.of(spec).privateKey().toByteArray();

    assertThatThrownBy(() -> AsymmetricKeys.bcPublicKey(spec, Arrays.copyOf(publicKey, publicKey.length + 1)))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> AsymmetricKeys.bcPublicKey(spec, Arrays.copyOf(publicKey, publicKey.length - 1)))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> AsymmetricKeys.bcPrivateKey(spec, SecretBytes.adopt(Arrays.copyOf(privateKey, privateKey.length + 1))))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void pqcPrivateKeys_areSeedOnly() {
    assertThat(TestKeyPairs.of(KeySpec.ML_DSA_65).privateKey().length()).isEqualTo(22 + 32);
    assertThat(TestKeyPairs.of(KeySpec.ML_KEM_768).privateKey().length()).isEqualTo(22 + 64);
  }

  @ParameterizedTest
  @EnumSource(value = KeySpec.class, names = "HMAC_.*", mode = EnumSource.Mode.MATCH_ALL)
  void hmacKey_isAsLongAsTheSpecSays(KeySpec spec) {
    assertThat(generator.generateHmacKey(spec).length()).isEqualTo(spec.bits() / 8);
    assertThat(generator.generateHmacKey(spec)).isNotEqualTo(generator.generateHmacKey(spec));
    assertThatThrownBy(() -> generator.generateKeyPair(spec)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hmacKey_ofAnAsymmetricSpec_isRefused() {
    assertThatThrownBy(() -> generator.generateHmacKey(KeySpec.RSA_2048)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyPairMaterial_neverShowsThePrivateKey() {
    KeyPairMaterial pair = TestKeyPairs.of(KeySpec.ECC_NIST_P256);

    assertThat(pair.toString()).contains("redacted").doesNotContain(Arrays.toString(pair.privateKey().toByteArray()));
  }
}
