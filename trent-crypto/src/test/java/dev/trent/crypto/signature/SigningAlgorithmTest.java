package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.keys.KeySpec;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The KMS rules {@link SigningAlgorithm} encodes, as the API reference and developer guide state them. */
class SigningAlgorithmTest {
  @Test
  void digestLengths_matchTheHash() {
    assertThat(SigningAlgorithm.ECDSA_SHA_256.digestLength()).isEqualTo(32);
    assertThat(SigningAlgorithm.RSASSA_PSS_SHA_384.digestLength()).isEqualTo(48);
    assertThat(SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_512.digestLength()).isEqualTo(64);
    assertThat(SigningAlgorithm.SM2DSA.digestLength()).isEqualTo(32);
    assertThat(SigningAlgorithm.ED25519_PH_SHA_512.digestLength()).isEqualTo(64);
    assertThat(SigningAlgorithm.ML_DSA_SHAKE_256.digestLength()).isEqualTo(SigningAlgorithm.MU_LENGTH);
  }

  @Test
  void messageTypes_followAwsRules() {
    assertThat(types(SigningAlgorithm.ED25519_SHA_512)).containsExactly(MessageType.RAW);
    assertThat(types(SigningAlgorithm.ED25519_PH_SHA_512)).containsExactly(MessageType.DIGEST);
    assertThat(types(SigningAlgorithm.ML_DSA_SHAKE_256)).containsExactly(MessageType.RAW, MessageType.EXTERNAL_MU);
    assertThat(types(SigningAlgorithm.ECDSA_SHA_256)).containsExactly(MessageType.RAW, MessageType.DIGEST);
    assertThat(SigningAlgorithm.ECDSA_SHA_256.acceptsMessage(MessageType.RAW, 4096)).isTrue();
    assertThat(SigningAlgorithm.ECDSA_SHA_256.acceptsMessage(MessageType.DIGEST, 48)).isFalse();
    assertThat(SigningAlgorithm.ML_DSA_SHAKE_256.acceptsMessage(MessageType.EXTERNAL_MU, 63)).isFalse();
  }

  @Test
  void keySpecs_takeTheAlgorithmsAwsOffers() {
    assertThat(specs(SigningAlgorithm.ECDSA_SHA_256)).containsExactly(KeySpec.ECC_NIST_P256, KeySpec.ECC_SECG_P256K1);
    assertThat(specs(SigningAlgorithm.ECDSA_SHA_384)).containsExactly(KeySpec.ECC_NIST_P384);
    assertThat(specs(SigningAlgorithm.ECDSA_SHA_512)).containsExactly(KeySpec.ECC_NIST_P521);
    assertThat(specs(SigningAlgorithm.RSASSA_PSS_SHA_512))
        .containsExactly(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096);
    assertThat(specs(SigningAlgorithm.SM2DSA)).containsExactly(KeySpec.SM2);
    assertThat(specs(SigningAlgorithm.ML_DSA_SHAKE_256))
        .containsExactly(KeySpec.ML_DSA_44, KeySpec.ML_DSA_65, KeySpec.ML_DSA_87);
    assertThat(specs(SigningAlgorithm.ED25519_PH_SHA_512)).containsExactly(KeySpec.ECC_NIST_EDWARDS25519);
  }

  private static EnumSet<MessageType> types(SigningAlgorithm algorithm) {
    return Stream.of(MessageType.values()).filter(algorithm::supports)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageType.class)));
  }

  private static EnumSet<KeySpec> specs(SigningAlgorithm algorithm) {
    return Stream.of(KeySpec.values()).filter(algorithm::supports)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeySpec.class)));
  }
}
