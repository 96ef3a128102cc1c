package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;

/**
 * DryRun: a request that would succeed answers DryRunOperationException; one that would fail
 * answers its real error, so a dry run proves permission and validity without effect.
 */
@SharedTrent
class DryRunIT {
  private static final String WOULD_SUCCEED =
      "The request would have succeeded, but the DryRun option is set.";
  private static final SdkBytes SECRET = SdkBytes.fromUtf8String("dry");
  private static final Map<String, String> CONTEXT = Map.of("a", "b");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String enabled;
  private static String disabled;
  private static SdkBytes blob;

  @BeforeAll
  static void start() {
    enabled = kms.createKey(r -> { }).keyMetadata().keyId();
    disabled = kms.createKey(r -> { }).keyMetadata().keyId();
    blob = kms.encrypt(r -> r.keyId(enabled).plaintext(SECRET).encryptionContext(CONTEXT))
        .ciphertextBlob();
    kms.disableKey(r -> r.keyId(disabled));
  }

  @Test
  void encrypt_dryRunThatWouldSucceed_isDryRunOperation() {
    assertKmsError(() -> kms.encrypt(r -> r.keyId(enabled).plaintext(SECRET).dryRun(true)),
        "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void encrypt_dryRunOnDisabledKey_isTheRealError() {
    assertKmsError(() -> kms.encrypt(r -> r.keyId(disabled).plaintext(SECRET).dryRun(true)),
        "DisabledException", keyArn(disabled) + " is disabled.");
  }

  @Test
  void decrypt_dryRunThatWouldSucceed_isDryRunOperation() {
    assertKmsError(() -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(CONTEXT)
        .dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void decrypt_dryRunWithWrongContext_isInvalidCiphertext() {
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob).dryRun(true)),
        "InvalidCiphertextException");
  }

  @Test
  void decrypt_dryRunWithWrongKeyId_isIncorrectKey() {
    assertKmsError(() -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(CONTEXT)
        .keyId(disabled).dryRun(true)), "IncorrectKeyException",
        "The key ID in the request does not identify a CMK that can perform this operation.");
  }

  @Test
  void reEncrypt_dryRunThatWouldSucceed_isDryRunOperation() {
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceEncryptionContext(CONTEXT)
        .destinationKeyId(enabled).dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void reEncrypt_dryRunToDisabledDestination_isTheRealError() {
    assertKmsError(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).sourceEncryptionContext(CONTEXT)
        .destinationKeyId(disabled).dryRun(true)), "DisabledException",
        keyArn(disabled) + " is disabled.");
  }

  @Test
  void generateDataKey_dryRunThatWouldSucceed_isDryRunOperation() {
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(enabled).keySpec(DataKeySpec.AES_256)
        .dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void generateDataKey_dryRunWithNeitherSpecNorBytes_isTheRealError() {
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(enabled).dryRun(true)),
        "ValidationException", "Please specify either number of bytes or key spec.");
  }

  @Test
  void generateDataKey_dryRunOnDisabledKey_isTheRealError() {
    assertKmsError(() -> kms.generateDataKey(r -> r.keyId(disabled).numberOfBytes(32)
        .dryRun(true)), "DisabledException", keyArn(disabled) + " is disabled.");
  }

  @Test
  void generateDataKeyWithoutPlaintext_dryRunThatWouldSucceed_isDryRunOperation() {
    assertKmsError(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId(enabled)
        .keySpec(DataKeySpec.AES_128).dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
  }

  @Test
  void generateDataKeyWithoutPlaintext_dryRunOnUnknownKey_isTheRealError() {
    assertKmsError(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId("alias/missing")
        .keySpec(DataKeySpec.AES_128).dryRun(true)), "NotFoundException",
        "Alias " + KmsAssertions.aliasArn("alias/missing") + " is not found.");
  }

  @Test
  void dryRunFalse_runsTheOperation() {
    SdkBytes out = kms.encrypt(r -> r.keyId(enabled).plaintext(SECRET).dryRun(false))
        .ciphertextBlob();
    assertThat(kms.decrypt(r -> r.ciphertextBlob(out)).plaintext()).isEqualTo(SECRET);
  }
}
