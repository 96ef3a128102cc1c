package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecapsulateResponse;
import software.amazon.awssdk.services.kms.model.EncapsulateResponse;
import software.amazon.awssdk.services.kms.model.GrantOperation;

/**
 * Encapsulate and Decapsulate on the three ML-KEM key specs, with Bouncy Castle as the
 * independent party that encapsulates to GetPublicKey's public key.
 */
@SharedTrent
class KemIT {
  private static TrentFixture trent;
  private static KmsClient kms;
  private static String kem768;

  @BeforeAll
  static void start() {
    kem768 = kemKey("ML_KEM_768");
  }

  private static String kemKey(String spec) {
    return kms.createKey(r -> r.keySpec(spec).keyUsage("ENCAPSULATE_DECAPSULATE")).keyMetadata().keyId();
  }

  private static EncapsulateResponse encapsulate(String keyId) {
    return kms.encapsulate(r -> r.keyId(keyId).encapsulationAlgorithm("ML_KEM"));
  }

  private static DecapsulateResponse decapsulate(String keyId, byte[] ciphertext) {
    return kms.decapsulate(r -> r.keyId(keyId).encapsulationAlgorithm("ML_KEM")
        .sharedSecretCiphertextBlob(SdkBytes.fromByteArray(ciphertext)));
  }

  @ParameterizedTest
  @CsvSource({"ML_KEM_512, 768", "ML_KEM_768, 1088", "ML_KEM_1024, 1568"})
  void encapsulate_thenDecapsulate_givesTheSameThirtyTwoByteSecret(String spec, int ciphertextLength) {
    String keyId = kemKey(spec);
    EncapsulateResponse encapsulated = encapsulate(keyId);
    assertThat(encapsulated.sharedSecret().asByteArray()).hasSize(32);
    assertThat(encapsulated.sharedSecretCiphertextBlob().asByteArray()).hasSize(ciphertextLength);
    assertThat(encapsulated.keyId()).isEqualTo(keyArn(keyId));
    assertThat(encapsulated.encapsulationAlgorithmAsString()).isEqualTo("ML_KEM");

    DecapsulateResponse decapsulated =
        decapsulate(keyId, encapsulated.sharedSecretCiphertextBlob().asByteArray());
    assertThat(decapsulated.sharedSecret()).isEqualTo(encapsulated.sharedSecret());
    assertThat(decapsulated.keyId()).isEqualTo(keyArn(keyId));
    assertThat(decapsulated.encapsulationAlgorithmAsString()).isEqualTo("ML_KEM");
  }

  @ParameterizedTest
  @CsvSource({"ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"})
  void decapsulate_ofABouncyCastleEncapsulationToThePublicKey_givesBouncyCastlesSecret(String spec)
      throws IOException {
    String keyId = kemKey(spec);
    byte[] publicKey = kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray();
    MLKEMPublicKeyParameters key = (MLKEMPublicKeyParameters) PublicKeyFactory.createKey(publicKey);
    SecretWithEncapsulation local = new MLKEMGenerator(new SecureRandom()).generateEncapsulated(key);
    assertThat(decapsulate(keyId, local.getEncapsulation()).sharedSecret().asByteArray())
        .isEqualTo(local.getSecret());
  }

  @Test
  void encapsulate_twice_givesFreshSecretsAndCiphertexts() {
    EncapsulateResponse a = encapsulate(kem768);
    EncapsulateResponse b = encapsulate(kem768);
    assertThat(a.sharedSecret()).isNotEqualTo(b.sharedSecret());
    assertThat(a.sharedSecretCiphertextBlob()).isNotEqualTo(b.sharedSecretCiphertextBlob());
  }

  @Test
  void decapsulate_alteredOrForeignCiphertext_givesAnotherSecret_withoutError() {
    EncapsulateResponse encapsulated = encapsulate(kem768);
    byte[] altered = encapsulated.sharedSecretCiphertextBlob().asByteArray();
    altered[0] ^= 1;
    assertThat(decapsulate(kem768, altered).sharedSecret().asByteArray())
        .hasSize(32).isNotEqualTo(encapsulated.sharedSecret().asByteArray());
    String other = kemKey("ML_KEM_768");
    assertThat(decapsulate(other, encapsulated.sharedSecretCiphertextBlob().asByteArray()).sharedSecret())
        .isNotEqualTo(encapsulated.sharedSecret());
  }

  @Test
  void decapsulate_ciphertextOfTheWrongLength_isInvalidCiphertextWithoutMessage() {
    byte[] ciphertext = encapsulate(kem768).sharedSecretCiphertextBlob().asByteArray();
    assertKmsErrorWithoutMessage(() -> decapsulate(kem768, Arrays.copyOf(ciphertext, 1087)),
        "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> decapsulate(kem768, Arrays.copyOf(ciphertext, 1568)),
        "InvalidCiphertextException");
  }

  @Test
  void encapsulateAndDecapsulate_keyOfAnotherUsage_isInvalidKeyUsage() {
    String symmetric = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> encapsulate(symmetric), "InvalidKeyUsageException",
        keyArn(symmetric) + " key usage is ENCRYPT_DECRYPT which is not valid for Encapsulate.");
    assertKmsError(() -> decapsulate(symmetric, new byte[1088]), "InvalidKeyUsageException",
        keyArn(symmetric) + " key usage is ENCRYPT_DECRYPT which is not valid for Decapsulate.");
  }

  @Test
  void encapsulate_unknownAlgorithm_isValidationException() {
    assertKmsError(() -> kms.encapsulate(r -> r.keyId(kem768).encapsulationAlgorithm("INVALID")),
        "ValidationException", "1 validation error detected: Value 'INVALID' at 'encapsulationAlgorithm' "
            + "failed to satisfy constraint: Member must satisfy enum value set: [ML_KEM]");
  }

  @Test
  void encapsulateAndDecapsulate_disabledKey_isDisabled_pendingDeletion_isInvalidState() {
    String keyId = kemKey("ML_KEM_512");
    byte[] ciphertext = encapsulate(keyId).sharedSecretCiphertextBlob().asByteArray();
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> encapsulate(keyId), "DisabledException", keyArn(keyId) + " is disabled.");
    assertKmsError(() -> decapsulate(keyId, ciphertext), "DisabledException", keyArn(keyId) + " is disabled.");
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    assertKmsError(() -> decapsulate(keyId, ciphertext), "KMSInvalidStateException",
        keyArn(keyId) + " is pending deletion.");
  }

  @Test
  void dryRun_thatWouldSucceed_isDryRunOperation_andAWrongLengthStillFailsAsItself() {
    // A token Trent issued: any other string is an InvalidGrantTokenException.
    String token = kms.createGrant(g -> g.keyId(kem768).granteePrincipal("arn:aws:iam::111122223333:root")
        .operations(GrantOperation.DESCRIBE_KEY)).grantToken();
    String wouldSucceed = "The request would have succeeded, but the DryRun option is set.";
    assertKmsError(() -> kms.encapsulate(r -> r.keyId(kem768).encapsulationAlgorithm("ML_KEM").dryRun(true)
        .grantTokens(token)), "DryRunOperationException", wouldSucceed);
    byte[] ciphertext = encapsulate(kem768).sharedSecretCiphertextBlob().asByteArray();
    assertKmsError(() -> kms.decapsulate(r -> r.keyId(kem768).encapsulationAlgorithm("ML_KEM")
        .sharedSecretCiphertextBlob(SdkBytes.fromByteArray(ciphertext)).dryRun(true)),
        "DryRunOperationException", wouldSucceed);
    assertKmsErrorWithoutMessage(() -> kms.decapsulate(r -> r.keyId(kem768).encapsulationAlgorithm("ML_KEM")
        .sharedSecretCiphertextBlob(SdkBytes.fromByteArray(new byte[5])).dryRun(true)),
        "InvalidCiphertextException");
  }
}
