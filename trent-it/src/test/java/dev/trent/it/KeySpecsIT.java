package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * CreateKey with every key spec and usage AWS allows, the algorithm lists DescribeKey shows for
 * each (only the list of the key's usage), and the pairs AWS refuses, with its texts.
 */
@SharedTrent
class KeySpecsIT {
  private static TrentFixture trent;
  private static KmsClient kms;
  private static KmsClient china;

  @BeforeAll
  static void start() {
    china = trent.client("AKIDEXAMPLE", "secret", SigningKeys.SM2_REGION);
  }

  @AfterAll
  static void stop() {
    china.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "RSA_2048 | ENCRYPT_DECRYPT | RSAES_OAEP_SHA_1 RSAES_OAEP_SHA_256",
      "RSA_3072 | SIGN_VERIFY | RSASSA_PKCS1_V1_5_SHA_256 RSASSA_PKCS1_V1_5_SHA_384 RSASSA_PKCS1_V1_5_SHA_512"
          + " RSASSA_PSS_SHA_256 RSASSA_PSS_SHA_384 RSASSA_PSS_SHA_512",
      "ECC_NIST_P256 | SIGN_VERIFY | ECDSA_SHA_256", "ECC_NIST_P384 | SIGN_VERIFY | ECDSA_SHA_384",
      "ECC_NIST_P521 | SIGN_VERIFY | ECDSA_SHA_512", "ECC_SECG_P256K1 | SIGN_VERIFY | ECDSA_SHA_256",
      "ECC_NIST_P256 | KEY_AGREEMENT | ECDH", "ECC_SECG_P256K1 | KEY_AGREEMENT | ECDH",
      "ECC_NIST_EDWARDS25519 | SIGN_VERIFY | ED25519_SHA_512 ED25519_PH_SHA_512",
      "ML_DSA_44 | SIGN_VERIFY | ML_DSA_SHAKE_256", "ML_DSA_65 | SIGN_VERIFY | ML_DSA_SHAKE_256",
      "ML_KEM_512 | ENCAPSULATE_DECAPSULATE | ML_KEM", "ML_KEM_1024 | ENCAPSULATE_DECAPSULATE | ML_KEM",
      "HMAC_224 | GENERATE_VERIFY_MAC | HMAC_SHA_224", "HMAC_512 | GENERATE_VERIFY_MAC | HMAC_SHA_512",
      "SM2 | SIGN_VERIFY | SM2DSA", "SM2 | ENCRYPT_DECRYPT | SM2PKE", "SM2 | KEY_AGREEMENT | ECDH"})
  void createKey_everyAllowedPair_describesExactlyTheAlgorithmsOfItsUsage(
      String spec, String usage, String algorithms) {
    KmsClient client = spec.equals("SM2") ? china : kms;
    KeyMetadata created = client.createKey(r -> r.keySpec(spec).keyUsage(usage)).keyMetadata();
    KeyMetadata m = client.describeKey(r -> r.keyId(created.keyId())).keyMetadata();
    assertThat(m).isEqualTo(created);
    assertThat(m.keySpecAsString()).isEqualTo(spec);
    assertThat(m.keyUsageAsString()).isEqualTo(usage);
    List<String> expected = List.of(algorithms.split(" "));
    List<List<String>> lists = List.of(m.encryptionAlgorithmsAsStrings(), m.signingAlgorithmsAsStrings(),
        m.macAlgorithmsAsStrings(), m.keyAgreementAlgorithmsAsStrings(), m.encapsulationAlgorithmsAsStrings());
    assertThat(lists).filteredOn(l -> !l.isEmpty()).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"RSA_2048, KEY_AGREEMENT", "RSA_4096, GENERATE_VERIFY_MAC", "ECC_NIST_P256, ENCRYPT_DECRYPT",
      "ECC_NIST_EDWARDS25519, KEY_AGREEMENT", "ML_DSA_44, ENCRYPT_DECRYPT", "ML_KEM_768, SIGN_VERIFY",
      "HMAC_224, ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT, SIGN_VERIFY", "SM2, ENCAPSULATE_DECAPSULATE"})
  void createKey_pairAwsRefuses_isValidationException(String spec, String usage) {
    KmsClient client = spec.equals("SM2") ? china : kms;
    assertKmsError(() -> client.createKey(r -> r.keySpec(spec).keyUsage(usage)), "ValidationException",
        "KeyUsage " + usage + " is not compatible with KeySpec " + spec);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"RSA_2048", "ECC_NIST_P256", "ECC_NIST_EDWARDS25519", "ML_DSA_87", "ML_KEM_768", "HMAC_256"})
  void createKey_nonSymmetricSpecWithoutKeyUsage_isValidationException(String spec) {
    assertKmsError(() -> kms.createKey(r -> r.keySpec(spec)), "ValidationException",
        "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");
  }

  @Test
  void createKey_sm2OutsideChinaRegions_isRefused_andCreatesNothing() {
    int before = kms.listKeys(r -> r.limit(1000)).keys().size();
    assertKmsError(() -> kms.createKey(r -> r.keySpec("SM2").keyUsage("SIGN_VERIFY")),
        "UnsupportedOperationException", "KeySpec SM2 is not supported in this Region.");
    assertThat(kms.listKeys(r -> r.limit(1000)).keys()).hasSize(before);
  }
}
