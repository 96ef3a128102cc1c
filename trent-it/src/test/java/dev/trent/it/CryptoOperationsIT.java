package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.ReEncryptResponse;

/** Encrypt, Decrypt and ReEncrypt under symmetric keys: contexts, key checks, response fields. */
@SharedTrent
class CryptoOperationsIT {
  private static final String INCORRECT_KEY =
      "The key ID in the request does not identify a CMK that can perform this operation.";
  private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "it");
  private static final SdkBytes SECRET = SdkBytes.fromUtf8String("attack at dawn");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KeyMetadata key;
  private static KeyMetadata otherKey;

  @BeforeAll
  static void start() {
    key = kms.createKey(r -> { }).keyMetadata();
    otherKey = kms.createKey(r -> { }).keyMetadata();
    kms.createAlias(r -> r.aliasName("alias/crypto").targetKeyId(key.keyId()));
  }

  @Test
  void encrypt_withContext_decryptsWithSameContextAndReportsKeyAndMaterial() {
    EncryptResponse enc = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionContext(CONTEXT));
    assertThat(enc.keyId()).isEqualTo(key.arn());
    assertThat(enc.encryptionAlgorithm()).isEqualTo(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
    assertThat(enc.ciphertextBlob().asByteArray()).isNotEqualTo(SECRET.asByteArray());

    DecryptResponse dec = kms.decrypt(r -> r.ciphertextBlob(enc.ciphertextBlob())
        .encryptionContext(Map.of("purpose", "it", "tenant", "acme")));
    assertThat(dec.plaintext()).isEqualTo(SECRET);
    assertThat(dec.keyId()).isEqualTo(key.arn());
    assertThat(dec.encryptionAlgorithm()).isEqualTo(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
    assertThat(dec.keyMaterialId()).isEqualTo(key.currentKeyMaterialId());
  }

  @Test
  void encrypt_sameInputTwice_givesDifferentCiphertexts() {
    SdkBytes a = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    SdkBytes b = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void encryptAndDecrypt_acceptEveryIdentifierForm() {
    for (String id : new String[] {key.keyId(), key.arn(), "alias/crypto",
        KmsAssertions.aliasArn("alias/crypto")}) {
      SdkBytes blob = kms.encrypt(r -> r.keyId(id).plaintext(SECRET)).ciphertextBlob();
      assertThat(kms.decrypt(r -> r.keyId(id).ciphertextBlob(blob)).plaintext()).as(id)
          .isEqualTo(SECRET);
    }
  }

  @Test
  void encrypt_plaintextOf4096Bytes_isAccepted() {
    SdkBytes max = SdkBytes.fromByteArray(new byte[4096]);
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(max)).ciphertextBlob();
    assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(max);
  }

  @Test
  void encrypt_plaintextOf4097Bytes_isValidationExceptionWithoutTheValue() {
    SdkBytes tooLong = SdkBytes.fromByteArray(new byte[4097]);
    assertKmsError(() -> kms.encrypt(r -> r.keyId(key.keyId()).plaintext(tooLong)),
        "ValidationException", "1 validation error detected: Value at 'plaintext' failed to "
            + "satisfy constraint: Member must have length less than or equal to 4096");
  }

  @Test
  void decrypt_withKeyIdOfAnotherKey_isIncorrectKey() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertKmsError(() -> kms.decrypt(r -> r.keyId(otherKey.keyId()).ciphertextBlob(blob)),
        "IncorrectKeyException", INCORRECT_KEY);
  }

  @Test
  void decrypt_withWrongMissingOrExtraContext_isInvalidCiphertextWithoutMessage() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionContext(CONTEXT)).ciphertextBlob();
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)
        .encryptionContext(Map.of("tenant", "acme", "purpose", "other"))), "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)),
        "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)
        .encryptionContext(Map.of("tenant", "acme"))), "InvalidCiphertextException");

    SdkBytes plain = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(plain)
        .encryptionContext(CONTEXT)), "InvalidCiphertextException");
  }

  @Test
  void decrypt_garbageBlob_isInvalidCiphertextWithoutMessage() {
    SdkBytes garbage = SdkBytes.fromUtf8String("this is not a ciphertext blob at all");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(garbage)),
        "InvalidCiphertextException");
  }

  @Test
  void decrypt_blobWithAnyByteOfItsTailAltered_isInvalidCiphertextWithoutMessage() {
    byte[] blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob()
        .asByteArray();
    for (int i = blob.length - 1; i >= blob.length - 40; i--) {
      byte[] tampered = blob.clone();
      tampered[i] ^= 0x01;
      assertKmsErrorWithoutMessage(
          () -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(tampered))),
          "InvalidCiphertextException");
    }
    byte[] truncated = Arrays.copyOf(blob, blob.length - 1);
    assertKmsErrorWithoutMessage(
        () -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(truncated))),
        "InvalidCiphertextException");
  }

  @Test
  void decrypt_inAnotherRegion_isAccessDeniedAsInAws() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    try (KmsClient west = trent.client("AKIDEXAMPLE", "secret", "us-west-2")) {
      assertKmsError(() -> west.decrypt(r -> r.ciphertextBlob(blob)), "AccessDeniedException",
          "The ciphertext refers to a customer master key that does not exist, does not exist in "
              + "this region, or you are not allowed to access.");
    }
  }

  @Test
  void decrypt_byAnotherAccount_isAccessDenied() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    try (KmsClient other = trent.client("444455556666", "x", "us-east-1")) {
      assertKmsError(() -> other.decrypt(r -> r.ciphertextBlob(blob)), "AccessDeniedException",
          "User: arn:aws:iam::444455556666:root is not authorized to perform: kms:Decrypt on "
              + "resource: " + key.arn() + " because no resource-based policy allows the "
              + "kms:Decrypt action");
    }
  }

  @Test
  void reEncrypt_toAnotherKeyAndContext_reportsBothKeysAndMaterials() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionContext(CONTEXT)).ciphertextBlob();

    ReEncryptResponse re = kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceEncryptionContext(CONTEXT)
        .destinationKeyId(otherKey.keyId()).destinationEncryptionContext(Map.of("stage", "two")));

    assertThat(re.sourceKeyId()).isEqualTo(keyArn(key.keyId()));
    assertThat(re.keyId()).isEqualTo(keyArn(otherKey.keyId()));
    assertThat(re.sourceEncryptionAlgorithm()).isEqualTo(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
    assertThat(re.destinationEncryptionAlgorithm())
        .isEqualTo(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
    assertThat(re.sourceKeyMaterialId()).isEqualTo(key.currentKeyMaterialId());
    assertThat(re.destinationKeyMaterialId()).isEqualTo(otherKey.currentKeyMaterialId());

    DecryptResponse dec = kms.decrypt(r -> r.ciphertextBlob(re.ciphertextBlob())
        .encryptionContext(Map.of("stage", "two")));
    assertThat(dec.plaintext()).isEqualTo(SECRET);
    assertThat(dec.keyId()).isEqualTo(otherKey.arn());
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(re.ciphertextBlob())
        .encryptionContext(CONTEXT)), "InvalidCiphertextException");
  }

  @Test
  void reEncrypt_withMatchingSourceKeyIdAsAlias_succeeds() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    ReEncryptResponse re = kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceKeyId("alias/crypto")
        .destinationKeyId(key.arn()));
    assertThat(re.sourceKeyId()).isEqualTo(key.arn());
    assertThat(re.keyId()).isEqualTo(key.arn());
    assertThat(kms.decrypt(r -> r.ciphertextBlob(re.ciphertextBlob())).plaintext()).isEqualTo(SECRET);
  }

  @Test
  void reEncrypt_withSourceKeyIdOfAnotherKey_isIncorrectKey() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceKeyId(otherKey.keyId())
        .destinationKeyId(otherKey.keyId())), "IncorrectKeyException", INCORRECT_KEY);
  }

  @Test
  void reEncrypt_withWrongSourceContext_isInvalidCiphertextWithoutMessage() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionContext(CONTEXT)).ciphertextBlob();
    assertKmsErrorWithoutMessage(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob)
        .destinationKeyId(otherKey.keyId())), "InvalidCiphertextException");
  }

  @Test
  void reEncrypt_toUnknownDestination_isNotFound() {
    SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)).ciphertextBlob();
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).destinationKeyId("alias/none")),
        "NotFoundException", "Alias " + KmsAssertions.aliasArn("alias/none") + " is not found.");
  }
}
