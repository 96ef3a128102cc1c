package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.ReEncryptResponse;

/**
 * ReEncrypt between symmetric and asymmetric keys in both directions, SM2PKE (in a China region,
 * where AWS offers SM2), and the data-key operations, which asymmetric keys cannot serve.
 */
@SharedTrent
class AsymmetricReEncryptIT {
  private static final SdkBytes SECRET = SdkBytes.fromUtf8String("attack at dawn");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KeyMetadata symmetric;
  private static KeyMetadata rsa;

  @BeforeAll
  static void start() {
    symmetric = kms.createKey(r -> { }).keyMetadata();
    rsa = kms.createKey(r -> r.keySpec("RSA_3072").keyUsage("ENCRYPT_DECRYPT")).keyMetadata();
  }

  @Test
  void reEncrypt_symmetricToRsaAndBack_keepsThePlaintext_andReportsMaterialOnlyForSymmetric() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(symmetric.keyId()).plaintext(SECRET)
        .encryptionContext(Map.of("a", "b"))).ciphertextBlob();

    ReEncryptResponse toRsa = kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceEncryptionContext(Map.of("a", "b"))
        .destinationKeyId(rsa.keyId()).destinationEncryptionAlgorithm("RSAES_OAEP_SHA_256"));
    assertThat(toRsa.sourceKeyId()).isEqualTo(symmetric.arn());
    assertThat(toRsa.keyId()).isEqualTo(rsa.arn());
    assertThat(toRsa.sourceEncryptionAlgorithmAsString()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(toRsa.destinationEncryptionAlgorithmAsString()).isEqualTo("RSAES_OAEP_SHA_256");
    assertThat(toRsa.sourceKeyMaterialId()).isEqualTo(symmetric.currentKeyMaterialId());
    assertThat(toRsa.destinationKeyMaterialId()).isNull();
    assertThat(toRsa.ciphertextBlob().asByteArray()).hasSize(384);

    ReEncryptResponse back = kms.reEncrypt(r -> r.ciphertextBlob(toRsa.ciphertextBlob()).sourceKeyId(rsa.keyId())
        .sourceEncryptionAlgorithm("RSAES_OAEP_SHA_256").destinationKeyId(symmetric.keyId())
        .destinationEncryptionContext(Map.of("c", "d")));
    assertThat(back.sourceKeyId()).isEqualTo(rsa.arn());
    assertThat(back.sourceEncryptionAlgorithmAsString()).isEqualTo("RSAES_OAEP_SHA_256");
    assertThat(back.destinationEncryptionAlgorithmAsString()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(back.sourceKeyMaterialId()).isNull();
    assertThat(back.destinationKeyMaterialId()).isEqualTo(symmetric.currentKeyMaterialId());
    assertThat(kms.decrypt(r -> r.ciphertextBlob(back.ciphertextBlob()).encryptionContext(Map.of("c", "d")))
        .plaintext()).isEqualTo(SECRET);
  }

  @Test
  void reEncrypt_rsaToRsaWithAnotherAlgorithm_decryptsUnderTheDestination() {
    KeyMetadata other = kms.createKey(r -> r.keySpec("RSA_2048").keyUsage("ENCRYPT_DECRYPT")).keyMetadata();
    SdkBytes blob = kms.encrypt(r -> r.keyId(rsa.keyId()).plaintext(SECRET).encryptionAlgorithm("RSAES_OAEP_SHA_1"))
        .ciphertextBlob();
    SdkBytes moved = kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceKeyId(rsa.arn())
        .sourceEncryptionAlgorithm("RSAES_OAEP_SHA_1").destinationKeyId(other.keyId())
        .destinationEncryptionAlgorithm("RSAES_OAEP_SHA_256")).ciphertextBlob();
    assertThat(kms.decrypt(r -> r.keyId(other.keyId()).ciphertextBlob(moved)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")).plaintext()).isEqualTo(SECRET);
  }

  @Test
  void reEncrypt_refusesWhatDecryptAndEncryptRefuse() {
    SdkBytes rsaBlob = kms.encrypt(r -> r.keyId(rsa.keyId()).plaintext(SECRET)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")).ciphertextBlob();
    assertKmsErrorWithoutMessage(() -> kms.reEncrypt(r -> r.ciphertextBlob(rsaBlob)
        .sourceEncryptionAlgorithm("RSAES_OAEP_SHA_256").destinationKeyId(symmetric.keyId())),
        "InvalidCiphertextException");
    SdkBytes big = SdkBytes.fromByteArray(new byte[400]);
    SdkBytes bigBlob = kms.encrypt(r -> r.keyId(symmetric.keyId()).plaintext(big)).ciphertextBlob();
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(bigBlob).destinationKeyId(rsa.keyId())
        .destinationEncryptionAlgorithm("RSAES_OAEP_SHA_256")), "ValidationException",
        "Algorithm RSAES_OAEP_SHA_256 and key spec RSA_3072 cannot encrypt data larger than 318 bytes.");
    SdkBytes blob = kms.encrypt(r -> r.keyId(symmetric.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).destinationKeyId(rsa.keyId())),
        "InvalidKeyUsageException", "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_3072.");
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).destinationKeyId(rsa.keyId())
        .destinationEncryptionAlgorithm("RSAES_OAEP_SHA_1").destinationEncryptionContext(Map.of("a", "b"))),
        "ValidationException", "EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.");
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).destinationKeyId(rsa.keyId())
        .destinationEncryptionAlgorithm("RSAES_OAEP_SHA_1").dryRun(true)), "DryRunOperationException",
        "The request would have succeeded, but the DryRun option is set.");
  }

  @Test
  void generateDataKey_underAsymmetricKey_isInvalidKeyUsage() {
    String signing = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(rsa.keyId()).keySpec("AES_256")),
        "InvalidKeyUsageException", rsa.arn() + " key KeySpec is RSA_3072 which is not valid for GenerateDataKey.");
    assertKmsError(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId(rsa.keyId()).numberOfBytes(16)),
        "InvalidKeyUsageException",
        rsa.arn() + " key KeySpec is RSA_3072 which is not valid for GenerateDataKeyWithoutPlaintext.");
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(signing).keySpec("AES_256")), "InvalidKeyUsageException",
        KmsAssertions.keyArn(signing) + " key usage is SIGN_VERIFY which is not valid for GenerateDataKey.");
  }

  @Test
  void sm2pke_roundTrips_andDecryptsCiphertextMadeByBouncyCastle() throws Exception {
    try (KmsClient china = trent.client("AKIDEXAMPLE", "secret", SigningKeys.SM2_REGION)) {
      KeyMetadata sm2 = china.createKey(r -> r.keySpec("SM2").keyUsage("ENCRYPT_DECRYPT")).keyMetadata();
      SdkBytes blob = china.encrypt(r -> r.keyId(sm2.keyId()).plaintext(SECRET).encryptionAlgorithm("SM2PKE"))
          .ciphertextBlob();
      ASN1Sequence der = ASN1Sequence.getInstance(blob.asByteArray());
      assertThat(der.size()).as("GM/T 0009 SEQUENCE {x, y, hash, ciphertext}").isEqualTo(4);
      assertThat(ASN1OctetString.getInstance(der.getObjectAt(3)).getOctets()).hasSize(SECRET.asByteArray().length);
      assertThat(china.decrypt(r -> r.keyId(sm2.keyId()).ciphertextBlob(blob).encryptionAlgorithm("SM2PKE"))
          .plaintext()).isEqualTo(SECRET);

      byte[] spki = china.getPublicKey(r -> r.keyId(sm2.keyId())).publicKey().asByteArray();
      SdkBytes foreign = SdkBytes.fromByteArray(IndependentCiphers.sm2(spki, SECRET.asByteArray()));
      assertThat(china.decrypt(r -> r.keyId(sm2.keyId()).ciphertextBlob(foreign).encryptionAlgorithm("SM2PKE"))
          .plaintext()).isEqualTo(SECRET);

      assertKmsError(() -> china.encrypt(r -> r.keyId(sm2.keyId()).plaintext(SdkBytes.fromByteArray(new byte[1025]))
          .encryptionAlgorithm("SM2PKE")), "ValidationException",
          "Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.");
      assertKmsError(() -> china.encrypt(r -> r.keyId(sm2.keyId()).plaintext(SECRET)
          .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "InvalidKeyUsageException",
          "Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SM2.");
    }
  }
}
