package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * Encrypt and Decrypt under RSA keys: AWS's size limits and texts, the raw RSA-OAEP ciphertext
 * that names no key (so Decrypt needs KeyId and the algorithm), ciphertexts made outside Trent
 * from GetPublicKey's key, and the refusals of every wrong key, algorithm and context.
 */
@SharedTrent
class AsymmetricEncryptionIT {
  private static final SdkBytes SECRET = SdkBytes.fromUtf8String("attack at dawn");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KeyMetadata rsa2048;
  private static KeyMetadata otherRsa;

  @BeforeAll
  static void start() {
    rsa2048 = encryptionKey("RSA_2048");
    otherRsa = encryptionKey("RSA_2048");
  }

  @ParameterizedTest(name = "{0} {1} up to {2} bytes")
  @CsvSource({"RSA_2048, RSAES_OAEP_SHA_1, 214", "RSA_2048, RSAES_OAEP_SHA_256, 190",
      "RSA_3072, RSAES_OAEP_SHA_1, 342", "RSA_3072, RSAES_OAEP_SHA_256, 318",
      "RSA_4096, RSAES_OAEP_SHA_1, 470", "RSA_4096, RSAES_OAEP_SHA_256, 446"})
  void encrypt_upToAwssLimit_roundTrips_andOneByteMoreIsRefused(String spec, String algorithm, int max) {
    KeyMetadata key = spec.equals("RSA_2048") ? rsa2048 : encryptionKey(spec);
    SdkBytes largest = SdkBytes.fromByteArray(filled(max));

    EncryptResponse enc = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(largest).encryptionAlgorithm(algorithm));
    assertThat(enc.keyId()).isEqualTo(key.arn());
    assertThat(enc.encryptionAlgorithmAsString()).isEqualTo(algorithm);
    assertThat(enc.ciphertextBlob().asByteArray()).hasSize(Integer.parseInt(spec.substring(4)) / 8);

    DecryptResponse dec = kms.decrypt(r -> r.keyId(key.keyId()).ciphertextBlob(enc.ciphertextBlob())
        .encryptionAlgorithm(algorithm));
    assertThat(dec.plaintext()).isEqualTo(largest);
    assertThat(dec.keyId()).isEqualTo(key.arn());
    assertThat(dec.encryptionAlgorithmAsString()).isEqualTo(algorithm);
    assertThat(dec.keyMaterialId()).as("AWS reports it for symmetric keys only").isNull();

    assertKmsError(() -> kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SdkBytes.fromByteArray(filled(max + 1)))
        .encryptionAlgorithm(algorithm)), "ValidationException",
        "Algorithm " + algorithm + " and key spec " + spec + " cannot encrypt data larger than " + max + " bytes.");
  }

  @Test
  void encrypt_sameInputTwice_givesDifferentCiphertexts() {
    SdkBytes a = encrypt(rsa2048, "RSAES_OAEP_SHA_256");
    assertThat(encrypt(rsa2048, "RSAES_OAEP_SHA_256")).isNotEqualTo(a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SHA-256, RSAES_OAEP_SHA_256", "SHA-1, RSAES_OAEP_SHA_1"})
  void decrypt_ofCiphertextMadeByTheJdkFromThePublicKey_givesThePlaintext(String hash, String algorithm)
      throws Exception {
    byte[] spki = kms.getPublicKey(r -> r.keyId(rsa2048.keyId())).publicKey().asByteArray();
    SdkBytes blob = SdkBytes.fromByteArray(IndependentCiphers.rsaOaep(spki, hash, SECRET.asByteArray()));
    assertThat(kms.decrypt(r -> r.keyId(rsa2048.keyId()).ciphertextBlob(blob).encryptionAlgorithm(algorithm))
        .plaintext()).isEqualTo(SECRET);
  }

  @Test
  void decrypt_ofCiphertextMadeByOpenSsl_givesThePlaintext() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(OpenSsl.available(), "openssl is not on PATH");
    byte[] spki = kms.getPublicKey(r -> r.keyId(rsa2048.keyId())).publicKey().asByteArray();
    SdkBytes blob = SdkBytes.fromByteArray(OpenSsl.encryptRsaOaepSha256(spki, SECRET.asByteArray()));
    assertThat(kms.decrypt(r -> r.keyId(rsa2048.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")).plaintext()).isEqualTo(SECRET);
  }

  @Test
  void decrypt_withoutKeyIdOrWithAnotherKeyOrAlgorithm_isInvalidCiphertextWithoutMessage() {
    SdkBytes blob = encrypt(rsa2048, "RSAES_OAEP_SHA_256");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.ciphertextBlob(blob)), "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.keyId(rsa2048.keyId()).ciphertextBlob(blob)),
        "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.keyId(otherRsa.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "InvalidCiphertextException");
    assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.keyId(rsa2048.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_1")), "InvalidCiphertextException");
    byte[] flipped = blob.asByteArray();
    flipped[flipped.length / 2] ^= 1;
    for (byte[] damaged : new byte[][] {flipped, Arrays.copyOf(flipped, 255)}) {
      assertKmsErrorWithoutMessage(() -> kms.decrypt(r -> r.keyId(rsa2048.keyId())
          .ciphertextBlob(SdkBytes.fromByteArray(damaged)).encryptionAlgorithm("RSAES_OAEP_SHA_256")),
          "InvalidCiphertextException");
    }
  }

  @Test
  void encryptAndDecrypt_withAlgorithmTheKeyLacks_isInvalidKeyUsage() {
    String symmetric = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> kms.encrypt(r -> r.keyId(rsa2048.keyId()).plaintext(SECRET)), "InvalidKeyUsageException",
        "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.");
    assertKmsError(() -> kms.encrypt(r -> r.keyId(rsa2048.keyId()).plaintext(SECRET).encryptionAlgorithm("SM2PKE")),
        "InvalidKeyUsageException", "Algorithm SM2PKE is incompatible with key spec RSA_2048.");
    assertKmsError(() -> kms.encrypt(r -> r.keyId(symmetric).plaintext(SECRET)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "InvalidKeyUsageException",
        "Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.");
    SdkBytes blob = encrypt(rsa2048, "RSAES_OAEP_SHA_1");
    assertKmsError(() -> kms.decrypt(r -> r.keyId(symmetric).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_1")), "InvalidKeyUsageException",
        "Algorithm RSAES_OAEP_SHA_1 is incompatible with key spec SYMMETRIC_DEFAULT.");
  }

  @Test
  void encryptAndDecrypt_withEncryptionContext_isValidationException() {
    String text = "EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.";
    assertKmsError(() -> kms.encrypt(r -> r.keyId(rsa2048.keyId()).plaintext(SECRET)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256").encryptionContext(Map.of("a", "b"))), "ValidationException", text);
    SdkBytes blob = encrypt(rsa2048, "RSAES_OAEP_SHA_256");
    assertKmsError(() -> kms.decrypt(r -> r.keyId(rsa2048.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256").encryptionContext(Map.of("a", "b"))), "ValidationException", text);
  }

  @Test
  void encrypt_withSigningKey_isInvalidKeyUsage() {
    String signing = kms.createKey(r -> r.keySpec("RSA_2048").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    assertKmsError(() -> kms.encrypt(r -> r.keyId(signing).plaintext(SECRET).encryptionAlgorithm("RSAES_OAEP_SHA_256")),
        "InvalidKeyUsageException", keyArn(signing) + " key usage is SIGN_VERIFY which is not valid for Encrypt.");
  }

  @Test
  void encryptAndDecrypt_onDisabledKey_isDisabled_andDryRunStopsBeforeTheEffect() {
    KeyMetadata key = encryptionKey("RSA_2048");
    SdkBytes blob = encrypt(key, "RSAES_OAEP_SHA_256");
    String wouldSucceed = "The request would have succeeded, but the DryRun option is set.";
    assertKmsError(() -> kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256").dryRun(true)), "DryRunOperationException", wouldSucceed);
    assertKmsError(() -> kms.decrypt(r -> r.keyId(key.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256").dryRun(true)), "DryRunOperationException", wouldSucceed);
    kms.disableKey(r -> r.keyId(key.keyId()));
    assertKmsError(() -> kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "DisabledException", key.arn() + " is disabled.");
    assertKmsError(() -> kms.decrypt(r -> r.keyId(key.keyId()).ciphertextBlob(blob)
        .encryptionAlgorithm("RSAES_OAEP_SHA_256")), "DisabledException", key.arn() + " is disabled.");
  }

  static SdkBytes encrypt(KeyMetadata key, String algorithm) {
    return kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SECRET).encryptionAlgorithm(algorithm)).ciphertextBlob();
  }

  private static KeyMetadata encryptionKey(String spec) {
    return kms.createKey(r -> r.keySpec(spec).keyUsage("ENCRYPT_DECRYPT")).keyMetadata();
  }

  private static byte[] filled(int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 'x');
    return bytes;
  }
}
