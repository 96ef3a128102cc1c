package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

@SharedTrent
class EncryptDecryptIT {
  private static TrentFixture trent;
  private static KmsClient kms;

  @Test
  void encrypt_thenDecryptWithoutKeyId_returnsPlaintextAndKeyArn() {
    String keyId = kms.createKey(r -> r.description("it")).keyMetadata().keyId();
    SdkBytes plaintext = SdkBytes.fromUtf8String("attack at dawn");
    EncryptResponse encrypted = kms.encrypt(r -> r.keyId(keyId).plaintext(plaintext)
        .encryptionContext(Map.of("purpose", "test")));
    assertThat(encrypted.keyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/" + keyId);
    assertThat(encrypted.encryptionAlgorithm()).isEqualTo(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);

    DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())
        .encryptionContext(Map.of("purpose", "test")));
    assertThat(decrypted.plaintext()).isEqualTo(plaintext);
    assertThat(decrypted.keyId()).isEqualTo(encrypted.keyId());
  }

  @Test
  void decrypt_withWrongEncryptionContext_isInvalidCiphertext() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))
        .encryptionContext(Map.of("a", "b"))).ciphertextBlob();
    assertThatThrownBy(() -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("a", "c"))))
        .isInstanceOf(InvalidCiphertextException.class);
  }
}
