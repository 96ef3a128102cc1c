package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.FixedRandomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.VectorFields;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.PqcKeyEncodings;
import dev.trent.crypto.keys.SecureRandoms;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ML_DSA_SHAKE_256 against Wycheproof's ML-DSA files for ML_DSA_44/65/87 (no {@code acceptable}
 * cases there). Verify: every valid signature verifies, every invalid one (norm violations, bad
 * hints, wrong lengths, bad public keys, over-long context) fails. Sign from seed: the key comes
 * from the vector's seed-only PKCS#8, or from {@link KeyMaterialGenerator} fed the seed, which must
 * give the same PKCS#8 and public key; the signature (deterministic, or hedged with the vector's
 * {@code rnd}) is reproduced exactly for RAW messages and for EXTERNAL_MU μ. Vectors with a
 * non-empty context (KMS has none) use the classes' test-only context constructors; invalid seed
 * lengths must be refused when the key is decoded.
 */
class MlDsaWycheproofTest {
  static Stream<Arguments> verifyVectors() {
    return levels().flatMap(spec -> Wycheproof.load("mldsa_" + spec.bits() + "_verify_test.json").stream()
        .map(v -> Arguments.of(spec, v)));
  }

  static Stream<Arguments> signVectors() {
    return levels().flatMap(spec -> Wycheproof.load("mldsa_" + spec.bits() + "_sign_seed_test.json").stream()
        .map(v -> Arguments.of(spec, v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("verifyVectors")
  void verifyVector_verifiesOnlyWhenValid(KeySpec spec, Vector v) {
    assertThat(verifies(spec, v)).isEqualTo(VectorFields.expectAccepted(v, java.util.Set.of()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("signVectors")
  void signVector_reproducesTheSignature(KeySpec spec, Vector v) throws GeneralSecurityException {
    byte[] seed = VectorFields.groupHex(v, "privateSeed");
    if (!v.result().equals("valid") && seed.length != 32) {
      assertThatThrownBy(() -> Signatures.signer(SigningAlgorithm.ML_DSA_SHAKE_256, spec,
              SecretBytes.adopt(PqcKeyEncodings.seedOnly(spec, seed)), FixedRandomness.zeros()))
          .isInstanceOf(GeneralSecurityException.class);
      return;
    }
    KeyPairMaterial generated = new KeyMaterialGenerator(FixedRandomness.exactly(seed)).generateKeyPair(spec);
    if (VectorFields.groupHas(v, "privateKeyPkcs8")) {
      assertThat(generated.privateKey().toByteArray()).isEqualTo(VectorFields.groupHex(v, "privateKeyPkcs8"));
    }
    var key = (MLDSAPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, generated.privateKey());
    assertThat(key.getPublicKey()).isEqualTo(VectorFields.groupHex(v, "publicKey"));
    assertThat(generated.publicKey()).isEqualTo(PqcKeyEncodings.spki(spec, VectorFields.groupHex(v, "publicKey")));
    var random = SecureRandoms.of(VectorFields.has(v, "rnd") ? FixedRandomness.exactly(v.hex("rnd")) : FixedRandomness.zeros());
    byte[] context = VectorFields.hexOrEmpty(v, "ctx");
    Signer signer = new MlDsaSignerBc(key, random, context);

    if (!v.result().equals("valid")) {
      assertThatThrownBy(() -> signer.sign(v.hex("msg"), MessageType.RAW)).isInstanceOf(GeneralSecurityException.class);
      return;
    }
    if (VectorFields.has(v, "msg")) {
      assertThat(signer.sign(v.hex("msg"), MessageType.RAW)).isEqualTo(v.hex("sig"));
    }
    if (VectorFields.has(v, "mu")) {
      var muSigner = new MlDsaSignerBc(key, SecureRandoms.of(
          VectorFields.has(v, "rnd") ? FixedRandomness.exactly(v.hex("rnd")) : FixedRandomness.zeros()));
      assertThat(muSigner.sign(v.hex("mu"), MessageType.EXTERNAL_MU)).isEqualTo(v.hex("sig"));
      Verifier verifier = Signatures.verifier(SigningAlgorithm.ML_DSA_SHAKE_256, spec, generated.publicKey());
      assertThat(verifier.verify(v.hex("mu"), MessageType.EXTERNAL_MU, v.hex("sig"))).isTrue();
    }
  }

  private static boolean verifies(KeySpec spec, Vector v) {
    try {
      byte[] der = VectorFields.groupHex(v, "publicKeyDer");
      byte[] context = VectorFields.hexOrEmpty(v, "ctx");
      Verifier verifier = context.length == 0
          ? Signatures.verifier(SigningAlgorithm.ML_DSA_SHAKE_256, spec, der)
          : new MlDsaVerifierBc((MLDSAPublicKeyParameters) AsymmetricKeys.bcPublicKey(spec, der), context);
      return verifier.verify(v.hex("msg"), MessageType.RAW, v.hex("sig"));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static Stream<KeySpec> levels() {
    return Stream.of(KeySpec.ML_DSA_44, KeySpec.ML_DSA_65, KeySpec.ML_DSA_87);
  }
}
