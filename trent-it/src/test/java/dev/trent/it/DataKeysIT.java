package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyWithoutPlaintextResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** GenerateDataKey, GenerateDataKeyWithoutPlaintext and GenerateRandom. */
@SharedTrent
class DataKeysIT {
  private static final String SPEC_OR_BYTES = "Please specify either number of bytes or key spec.";
  private static final Map<String, String> CONTEXT = Map.of("bucket", "invoices");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KeyMetadata key;

  @BeforeAll
  static void start() {
    key = kms.createKey(r -> { }).keyMetadata();
  }

  @Test
  void generateDataKey_aes256_givesThirtyTwoBytesThatTheBlobDecryptsTo() {
    GenerateDataKeyResponse dk = kms.generateDataKey(r -> r.keyId(key.keyId())
        .keySpec(DataKeySpec.AES_256).encryptionContext(CONTEXT));
    assertThat(dk.plaintext().asByteArray()).hasSize(32);
    assertThat(dk.keyId()).isEqualTo(key.arn());
    assertThat(dk.keyMaterialId()).isEqualTo(key.currentKeyMaterialId());

    DecryptResponse dec = kms.decrypt(r -> r.ciphertextBlob(dk.ciphertextBlob())
        .encryptionContext(CONTEXT));
    assertThat(dec.plaintext()).isEqualTo(dk.plaintext());
    assertThat(dec.keyId()).isEqualTo(key.arn());
  }

  @Test
  void generateDataKey_aes128_givesSixteenBytes() {
    GenerateDataKeyResponse dk =
        kms.generateDataKey(r -> r.keyId(key.arn()).keySpec(DataKeySpec.AES_128));
    assertThat(dk.plaintext().asByteArray()).hasSize(16);
    assertThat(kms.decrypt(r -> r.ciphertextBlob(dk.ciphertextBlob())).plaintext())
        .isEqualTo(dk.plaintext());
  }

  @Test
  void generateDataKey_numberOfBytes64_givesSixtyFourBytes() {
    GenerateDataKeyResponse dk = kms.generateDataKey(r -> r.keyId(key.keyId()).numberOfBytes(64));
    assertThat(dk.plaintext().asByteArray()).hasSize(64);
    assertThat(kms.decrypt(r -> r.ciphertextBlob(dk.ciphertextBlob())).plaintext())
        .isEqualTo(dk.plaintext());
  }

  @Test
  void generateDataKey_twice_givesDifferentKeys() {
    SdkBytes a = kms.generateDataKey(r -> r.keyId(key.keyId()).keySpec(DataKeySpec.AES_256))
        .plaintext();
    SdkBytes b = kms.generateDataKey(r -> r.keyId(key.keyId()).keySpec(DataKeySpec.AES_256))
        .plaintext();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void generateDataKey_withBothOrNeitherOfKeySpecAndNumberOfBytes_isValidationException() {
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(key.keyId())), "ValidationException",
        SPEC_OR_BYTES);
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(key.keyId())
        .keySpec(DataKeySpec.AES_256).numberOfBytes(32)), "ValidationException", SPEC_OR_BYTES);
  }

  @Test
  void generateDataKey_numberOfBytesOutOfRange_isModelValidationException() {
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(key.keyId()).numberOfBytes(1025)),
        "ValidationException", "1 validation error detected: Value '1025' at 'numberOfBytes' "
            + "failed to satisfy constraint: Member must have value less than or equal to 1024");
  }

  @Test
  void generateDataKeyWithoutPlaintext_givesOnlyTheBlob_whichDecryptsToAKeyOfTheAskedSize() {
    GenerateDataKeyWithoutPlaintextResponse dk = kms.generateDataKeyWithoutPlaintext(r -> r
        .keyId(key.keyId()).keySpec(DataKeySpec.AES_256).encryptionContext(CONTEXT));
    assertThat(dk.keyId()).isEqualTo(key.arn());
    assertThat(dk.keyMaterialId()).isEqualTo(key.currentKeyMaterialId());
    assertThat(kms.decrypt(r -> r.ciphertextBlob(dk.ciphertextBlob()).encryptionContext(CONTEXT))
        .plaintext().asByteArray()).hasSize(32);

    GenerateDataKeyWithoutPlaintextResponse small = kms.generateDataKeyWithoutPlaintext(r -> r
        .keyId(key.keyId()).keySpec(DataKeySpec.AES_128));
    assertThat(kms.decrypt(r -> r.ciphertextBlob(small.ciphertextBlob())).plaintext().asByteArray())
        .hasSize(16);

    GenerateDataKeyWithoutPlaintextResponse sized = kms.generateDataKeyWithoutPlaintext(r -> r
        .keyId(key.keyId()).numberOfBytes(64));
    assertThat(kms.decrypt(r -> r.ciphertextBlob(sized.ciphertextBlob())).plaintext().asByteArray())
        .hasSize(64);
  }

  @Test
  void generateDataKeyWithoutPlaintext_withBothOrNeither_isValidationException() {
    assertKmsError(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId(key.keyId())),
        "ValidationException", SPEC_OR_BYTES);
    assertKmsError(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId(key.keyId())
        .keySpec(DataKeySpec.AES_128).numberOfBytes(16)), "ValidationException", SPEC_OR_BYTES);
  }

  @Test
  void generateRandom_oneTo1024Bytes_givesThatManyFreshBytes() {
    assertThat(kms.generateRandom(r -> r.numberOfBytes(1)).plaintext().asByteArray()).hasSize(1);
    SdkBytes a = kms.generateRandom(r -> r.numberOfBytes(1024)).plaintext();
    SdkBytes b = kms.generateRandom(r -> r.numberOfBytes(1024)).plaintext();
    assertThat(a.asByteArray()).hasSize(1024);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void generateRandom_zeroBytes_isValidationException() {
    assertKmsError(() -> kms.generateRandom(r -> r.numberOfBytes(0)), "ValidationException",
        "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void generateRandom_1025Bytes_isValidationException() {
    assertKmsError(() -> kms.generateRandom(r -> r.numberOfBytes(1025)), "ValidationException",
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy "
            + "constraint: Member must have value less than or equal to 1024");
  }

  @Test
  void generateRandom_withoutNumberOfBytes_isValidationException() {
    assertKmsError(() -> kms.generateRandom(r -> { }), "ValidationException",
        "NumberOfBytes is required.");
  }
}
