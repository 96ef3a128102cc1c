package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyPairResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyPairWithoutPlaintextResponse;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext for every KeyPairSpec: the
 * encrypted private key decrypts (with the encryption context) to the PKCS#8 key, which the JDK or
 * Bouncy Castle reads and which works with the returned public key ({@link KeyPairChecks}).
 */
@SharedTrent
class DataKeyPairIT {
  private static final Map<String, String> CONTEXT = Map.of("purpose", "signing");
  private static final String WOULD_SUCCEED =
      "The request would have succeeded, but the DryRun option is set.";

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KeyMetadata key;

  @BeforeAll
  static void start() {
    key = kms.createKey(r -> { }).keyMetadata();
  }

  private static GenerateDataKeyPairResponse pair(KmsClient client, String keyId, String spec) {
    return client.generateDataKeyPair(r -> r.keyId(keyId).keyPairSpec(spec).encryptionContext(CONTEXT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384",
      "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"})
  void generateDataKeyPair_eachSpec_givesAPkcs8KeyThatDecryptsFromTheBlobAndMatchesThePublicKey(String spec)
      throws Exception {
    GenerateDataKeyPairResponse pair = pair(kms, key.keyId(), spec);
    assertThat(pair.keyId()).isEqualTo(key.arn());
    assertThat(pair.keyPairSpecAsString()).isEqualTo(spec);
    assertThat(pair.keyMaterialId()).isEqualTo(key.currentKeyMaterialId());
    byte[] pkcs8 = pair.privateKeyPlaintext().asByteArray();
    KeyPairChecks.assertMatchingPair(spec, pkcs8, pair.publicKey().asByteArray());

    SdkBytes decrypted = kms.decrypt(r -> r.ciphertextBlob(pair.privateKeyCiphertextBlob())
        .encryptionContext(CONTEXT)).plaintext();
    assertThat(decrypted.asByteArray()).isEqualTo(pkcs8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RSA_2048", "ECC_NIST_P256", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "ML_KEM_512"})
  void generateDataKeyPairWithoutPlaintext_privateKeyComesOnlyFromDecrypt_andMatchesThePublicKey(String spec)
      throws Exception {
    GenerateDataKeyPairWithoutPlaintextResponse pair = kms.generateDataKeyPairWithoutPlaintext(r -> r
        .keyId(key.arn()).keyPairSpec(spec).encryptionContext(CONTEXT));
    assertThat(pair.keyId()).isEqualTo(key.arn());
    assertThat(pair.keyPairSpecAsString()).isEqualTo(spec);
    assertThat(pair.keyMaterialId()).isEqualTo(key.currentKeyMaterialId());
    byte[] pkcs8 = kms.decrypt(r -> r.ciphertextBlob(pair.privateKeyCiphertextBlob()).keyId(key.keyId())
        .encryptionContext(CONTEXT)).plaintext().asByteArray();
    KeyPairChecks.assertMatchingPair(spec, pkcs8, pair.publicKey().asByteArray());
  }

  @Test
  void generateDataKeyPair_twice_givesDifferentPairs() {
    GenerateDataKeyPairResponse a = pair(kms, key.keyId(), "ECC_NIST_P256");
    GenerateDataKeyPairResponse b = pair(kms, key.keyId(), "ECC_NIST_P256");
    assertThat(a.publicKey()).isNotEqualTo(b.publicKey());
    assertThat(a.privateKeyPlaintext()).isNotEqualTo(b.privateKeyPlaintext());
  }

  @Test
  void decrypt_ofThePrivateKeyBlob_withoutTheEncryptionContext_isInvalidCiphertext() {
    SdkBytes blob = kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(key.keyId())
        .keyPairSpec("ECC_NIST_P256").encryptionContext(CONTEXT)).privateKeyCiphertextBlob();
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)), "InvalidCiphertextException");
  }

  @Test
  void generateDataKeyPair_sm2_onlyWhereSm2IsAllowed() throws Exception {
    assertKmsError(() -> pair(kms, key.keyId(), "SM2"), "UnsupportedOperationException",
        "KeyPairSpec SM2 is not supported in this Region.");
    assertKmsError(() -> kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(key.keyId()).keyPairSpec("SM2")),
        "UnsupportedOperationException", "KeyPairSpec SM2 is not supported in this Region.");
    try (KmsClient china = trent.client("AKIDEXAMPLE", "secret", "cn-north-1")) {
      String chinaKey = china.createKey(r -> { }).keyMetadata().keyId();
      GenerateDataKeyPairResponse pair = pair(china, chinaKey, "SM2");
      KeyPairChecks.assertMatchingPair("SM2", pair.privateKeyPlaintext().asByteArray(),
          pair.publicKey().asByteArray());
    }
  }

  @Test
  void generateDataKeyPair_underAKeyThatIsNotSymmetricEncryption_isInvalidKeyUsage() {
    String rsa = kms.createKey(r -> r.keySpec("RSA_2048").keyUsage("ENCRYPT_DECRYPT")).keyMetadata().keyId();
    assertKmsError(() -> pair(kms, rsa, "ECC_NIST_P256"), "InvalidKeyUsageException",
        keyArn(rsa) + " key KeySpec is RSA_2048 which is not valid for GenerateDataKeyPair.");
    String signing = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    assertKmsError(() -> kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(signing).keyPairSpec("RSA_2048")),
        "InvalidKeyUsageException",
        keyArn(signing) + " key usage is SIGN_VERIFY which is not valid for GenerateDataKeyPairWithoutPlaintext.");
    String hmac = kms.createKey(r -> r.keySpec("HMAC_256").keyUsage("GENERATE_VERIFY_MAC")).keyMetadata().keyId();
    assertKmsError(() -> pair(kms, hmac, "ECC_NIST_P256"), "InvalidKeyUsageException",
        keyArn(hmac) + " key usage is GENERATE_VERIFY_MAC which is not valid for GenerateDataKeyPair.");
  }

  @Test
  void generateDataKeyPair_disabledKey_isDisabled_pendingDeletion_isInvalidState() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> pair(kms, keyId, "ECC_NIST_P256"), "DisabledException", keyArn(keyId) + " is disabled.");
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    assertKmsError(() -> kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(keyId).keyPairSpec("RSA_2048")),
        "KMSInvalidStateException", keyArn(keyId) + " is pending deletion.");
  }

  @Test
  void dryRun_thatWouldSucceed_isDryRunOperation_onBothOperations() {
    // A token Trent issued: any other string is an InvalidGrantTokenException.
    String token = kms.createGrant(g -> g.keyId(key.keyId()).granteePrincipal("arn:aws:iam::111122223333:root")
        .operations(GrantOperation.DESCRIBE_KEY)).grantToken();
    assertKmsError(() -> kms.generateDataKeyPair(r -> r.keyId(key.keyId()).keyPairSpec("RSA_2048")
        .grantTokens(token).dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
    assertKmsError(() -> kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(key.keyId())
        .keyPairSpec("RSA_2048").dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void generateDataKeyPair_withRecipient_isRefusedRatherThanIgnored() {
    assertKmsError(() -> kms.generateDataKeyPair(r -> r.keyId(key.keyId()).keyPairSpec("ECC_NIST_P256")
        .recipient(p -> p.keyEncryptionAlgorithm("RSAES_OAEP_SHA_256")
            .attestationDocument(SdkBytes.fromUtf8String("attestation")))),
        "UnsupportedOperationException",
        "Trent does not support the Recipient parameter (AWS Nitro Enclaves attestation) yet.");
  }
}
