package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * GetPublicKey: a DER SubjectPublicKeyInfo an independent key factory reads as a key of the spec,
 * with the spec, usage and exactly the algorithm list of that usage (the same as DescribeKey's).
 */
@SharedTrent
class GetPublicKeyIT {
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
  @CsvSource({"RSA_2048, ENCRYPT_DECRYPT, RSA, 2048", "RSA_3072, SIGN_VERIFY, RSA, 3072",
      "RSA_4096, ENCRYPT_DECRYPT, RSA, 4096", "ECC_NIST_P256, SIGN_VERIFY, EC, 256",
      "ECC_NIST_P384, KEY_AGREEMENT, EC, 384", "ECC_NIST_P521, SIGN_VERIFY, EC, 521",
      "ECC_SECG_P256K1, SIGN_VERIFY, EC, 256", "ECC_NIST_EDWARDS25519, SIGN_VERIFY, Ed25519, 0",
      "ML_DSA_44, SIGN_VERIFY, ML-DSA, 0", "ML_DSA_87, SIGN_VERIFY, ML-DSA, 0",
      "ML_KEM_768, ENCAPSULATE_DECAPSULATE, ML-KEM, 0", "SM2, SIGN_VERIFY, EC, 256",
      "SM2, ENCRYPT_DECRYPT, EC, 256", "SM2, KEY_AGREEMENT, EC, 256"})
  void getPublicKey_isADerKeyOfTheSpec_withTheAlgorithmsOfItsUsage(
      String spec, String usage, String keyType, int bits) throws Exception {
    KmsClient client = spec.equals("SM2") ? china : kms;
    KeyMetadata m = client.createKey(r -> r.keySpec(spec).keyUsage(usage)).keyMetadata();

    GetPublicKeyResponse r = client.getPublicKey(b -> b.keyId(m.keyId()));

    assertThat(r.keyId()).isEqualTo(m.arn());
    assertThat(r.keySpecAsString()).isEqualTo(spec);
    assertThat(customerMasterKeySpec(r)).isEqualTo(customerMasterKeySpec(m))
        .isEqualTo(spec.startsWith("ML_") || spec.contains("EDWARDS") ? null : spec);
    assertThat(r.keyUsageAsString()).isEqualTo(usage);
    assertThat(r.encryptionAlgorithmsAsStrings()).isEqualTo(m.encryptionAlgorithmsAsStrings());
    assertThat(r.signingAlgorithmsAsStrings()).isEqualTo(m.signingAlgorithmsAsStrings());
    assertThat(r.keyAgreementAlgorithmsAsStrings()).isEqualTo(m.keyAgreementAlgorithmsAsStrings());
    assertThat(r.encapsulationAlgorithmsAsStrings()).isEqualTo(m.encapsulationAlgorithmsAsStrings());
    int lists = (r.hasEncryptionAlgorithms() ? 1 : 0) + (r.hasSigningAlgorithms() ? 1 : 0)
        + (r.hasKeyAgreementAlgorithms() ? 1 : 0) + (r.hasEncapsulationAlgorithms() ? 1 : 0);
    assertThat(lists).as("only the list of the key's usage").isEqualTo(1);

    byte[] der = r.publicKey().asByteArray();
    KeyFactory factory = keyType.startsWith("ML") || spec.equals("ECC_SECG_P256K1") || spec.equals("SM2")
        ? KeyFactory.getInstance(keyType, IndependentVerifier.BC) : KeyFactory.getInstance(keyType);
    PublicKey key = factory.generatePublic(new X509EncodedKeySpec(der));
    assertThat(key.getEncoded()).as("re-encodes to the same DER").isEqualTo(der);
    if (key instanceof RSAPublicKey rsa) {
      assertThat(rsa.getModulus().bitLength()).isEqualTo(bits);
    } else if (key instanceof ECPublicKey ec) {
      assertThat(ec.getParams().getCurve().getField().getFieldSize()).isEqualTo(bits);
    }
    assertThat(client.getPublicKey(b -> b.keyId(m.arn())).publicKey()).isEqualTo(r.publicKey());
  }

  @Test
  void getPublicKey_sizesOfFixedLengthKeys_areAwss() {
    // Ed25519 SPKI: 12-byte header and the 32-byte point; ML-DSA-44: 1312-byte key and 22 bytes of DER.
    assertThat(publicKeyLength("ECC_NIST_EDWARDS25519")).isEqualTo(44);
    assertThat(publicKeyLength("ML_DSA_44")).isEqualTo(1334);
    assertThat(publicKeyLength("ECC_NIST_P256")).isEqualTo(91);
  }

  @Test
  void getPublicKey_throughAnAlias_isTheKeysPublicKey() {
    KeyMetadata m = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY")).keyMetadata();
    kms.createAlias(r -> r.aliasName("alias/public").targetKeyId(m.keyId()));
    assertThat(kms.getPublicKey(r -> r.keyId("alias/public")).publicKey())
        .isEqualTo(kms.getPublicKey(r -> r.keyId(m.keyId())).publicKey());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT", "HMAC_384, GENERATE_VERIFY_MAC"})
  void getPublicKey_ofKeyWithoutPublicKey_isUnsupportedOperation(String spec, String usage) {
    String keyId = kms.createKey(r -> r.keySpec(spec).keyUsage(usage)).keyMetadata().keyId();
    assertKmsError(() -> kms.getPublicKey(r -> r.keyId(keyId)), "UnsupportedOperationException",
        keyArn(keyId) + " key spec is " + spec + " which is not valid for GetPublicKey.");
  }

  @Test
  void getPublicKey_ofDisabledKey_isDisabledException() {
    String keyId = kms.createKey(r -> r.keySpec("RSA_2048").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> kms.getPublicKey(r -> r.keyId(keyId)), "DisabledException",
        keyArn(keyId) + " is disabled.");
  }

  private static int publicKeyLength(String spec) {
    String keyId = kms.createKey(r -> r.keySpec(spec).keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    return kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray().length;
  }

  /** AWS still sends the deprecated CustomerMasterKeySpec, so Trent must, where its enum has it. */
  @SuppressWarnings("deprecation")
  private static String customerMasterKeySpec(GetPublicKeyResponse r) {
    return r.customerMasterKeySpecAsString();
  }

  @SuppressWarnings("deprecation")
  private static String customerMasterKeySpec(KeyMetadata m) {
    return m.customerMasterKeySpecAsString();
  }
}
