package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Sign and Verify refusals, each with AWS's error type and text: wrong usage, an algorithm the key
 * lacks, a message type the algorithm lacks, a digest of the wrong length, a message too long, a
 * key that is not usable, and signatures that do not verify.
 */
@SharedTrent
class SignVerifyErrorsIT {
  private static final SdkBytes MESSAGE = SdkBytes.fromUtf8String("hello");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String p256;
  private static String rsa;
  private static String ed25519;
  private static String mlDsa;

  @BeforeAll
  static void start() {
    p256 = signingKey("ECC_NIST_P256");
    rsa = signingKey("RSA_2048");
    ed25519 = signingKey("ECC_NIST_EDWARDS25519");
    mlDsa = signingKey("ML_DSA_44");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT", "RSA_2048, ENCRYPT_DECRYPT", "HMAC_256, GENERATE_VERIFY_MAC",
      "ECC_NIST_P256, KEY_AGREEMENT"})
  void signAndVerify_withKeyOfAnotherUsage_isInvalidKeyUsage(String spec, String usage) {
    String keyId = kms.createKey(r -> r.keySpec(spec).keyUsage(usage)).keyMetadata().keyId();
    assertKmsError(() -> kms.sign(r -> r.keyId(keyId).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256")),
        "InvalidKeyUsageException", keyArn(keyId) + " key usage is " + usage + " which is not valid for Sign.");
    assertKmsError(() -> kms.verify(r -> r.keyId(keyId).message(MESSAGE).signature(MESSAGE)
        .signingAlgorithm("ECDSA_SHA_256")),
        "InvalidKeyUsageException", keyArn(keyId) + " key usage is " + usage + " which is not valid for Verify.");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ECC_NIST_P256, ECDSA_SHA_384", "ECC_NIST_P256, RSASSA_PSS_SHA_256", "RSA_2048, ECDSA_SHA_256",
      "ECC_NIST_EDWARDS25519, ECDSA_SHA_512", "ML_DSA_44, ED25519_SHA_512"})
  void sign_withAlgorithmTheKeyLacks_isInvalidKeyUsage(String spec, String algorithm) {
    String keyId = keyOf(spec);
    String text = "Algorithm " + algorithm + " is incompatible with key spec " + spec + ".";
    assertKmsError(() -> kms.sign(r -> r.keyId(keyId).message(MESSAGE).signingAlgorithm(algorithm)),
        "InvalidKeyUsageException", text);
    assertKmsError(() -> kms.verify(r -> r.keyId(keyId).message(MESSAGE).signature(MESSAGE)
        .signingAlgorithm(algorithm)), "InvalidKeyUsageException", text);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "ML_DSA_44 | ML_DSA_SHAKE_256 | DIGEST | key spec ML_DSA_44",
      "ECC_NIST_P256 | ECDSA_SHA_256 | EXTERNAL_MU | key spec ECC_NIST_P256",
      "RSA_2048 | RSASSA_PSS_SHA_256 | EXTERNAL_MU | key spec RSA_2048",
      "ECC_NIST_EDWARDS25519 | ED25519_SHA_512 | DIGEST | algorithm ED25519_SHA_512",
      "ECC_NIST_EDWARDS25519 | ED25519_PH_SHA_512 | RAW | algorithm ED25519_PH_SHA_512"})
  void sign_withMessageTypeTheAlgorithmLacks_isValidationException(
      String spec, String algorithm, String type, String subject) {
    String text = "Message type " + type + " is incompatible with " + subject + ".";
    SdkBytes sixtyFour = SdkBytes.fromByteArray(new byte[64]);
    assertKmsError(() -> kms.sign(r -> r.keyId(keyOf(spec)).message(sixtyFour).messageType(type)
        .signingAlgorithm(algorithm)), "ValidationException", text);
    assertKmsError(() -> kms.verify(r -> r.keyId(keyOf(spec)).message(sixtyFour).messageType(type)
        .signature(sixtyFour).signingAlgorithm(algorithm)), "ValidationException", text);
  }

  @ParameterizedTest(name = "{0} {1} {2} bytes")
  @CsvSource({"ECC_NIST_P256, ECDSA_SHA_256, 31", "ECC_NIST_P256, ECDSA_SHA_256, 48",
      "RSA_2048, RSASSA_PSS_SHA_384, 32", "RSA_2048, RSASSA_PKCS1_V1_5_SHA_512, 48",
      "ECC_NIST_EDWARDS25519, ED25519_PH_SHA_512, 32"})
  void sign_withDigestOfWrongLength_isValidationException(String spec, String algorithm, int length) {
    SdkBytes digest = SdkBytes.fromByteArray(new byte[length]);
    String text = "Digest is invalid length for algorithm " + algorithm + ".";
    assertKmsError(() -> kms.sign(r -> r.keyId(keyOf(spec)).message(digest).messageType("DIGEST")
        .signingAlgorithm(algorithm)), "ValidationException", text);
    assertKmsError(() -> kms.verify(r -> r.keyId(keyOf(spec)).message(digest).messageType("DIGEST")
        .signature(digest).signingAlgorithm(algorithm)), "ValidationException", text);
  }

  @Test
  void sign_withExternalMuOfWrongLength_isValidationException() {
    SdkBytes mu = SdkBytes.fromByteArray(new byte[63]);
    assertKmsError(() -> kms.sign(r -> r.keyId(mlDsa).message(mu).messageType("EXTERNAL_MU")
        .signingAlgorithm("ML_DSA_SHAKE_256")), "ValidationException",
        "External Mu is invalid length for algorithm ML_DSA_SHAKE_256.");
  }

  @Test
  void sign_withRawMessageOver4096Bytes_isTheModelsValidationException() {
    SdkBytes big = SdkBytes.fromByteArray(new byte[4097]);
    assertKmsError(() -> kms.sign(r -> r.keyId(p256).message(big).signingAlgorithm("ECDSA_SHA_256")),
        "ValidationException", "1 validation error detected: Value at 'message' failed to satisfy "
            + "constraint: Member must have length less than or equal to 4096");
  }

  @Test
  void verify_withForeignOrMalformedSignature_isInvalidSignatureWithoutMessage() {
    String otherKey = signingKey("ECC_NIST_P256");
    SdkBytes foreign = kms.sign(r -> r.keyId(otherKey).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256"))
        .signature();
    SdkBytes pss = kms.sign(r -> r.keyId(rsa).message(MESSAGE).signingAlgorithm("RSASSA_PSS_SHA_256"))
        .signature();
    assertKmsErrorWithoutMessage(() -> kms.verify(r -> r.keyId(p256).message(MESSAGE).signature(foreign)
        .signingAlgorithm("ECDSA_SHA_256")), "KMSInvalidSignatureException");
    assertKmsErrorWithoutMessage(() -> kms.verify(r -> r.keyId(rsa).message(MESSAGE).signature(pss)
        .signingAlgorithm("RSASSA_PKCS1_V1_5_SHA_256")), "KMSInvalidSignatureException");
    for (SdkBytes garbage : new SdkBytes[] {MESSAGE, SdkBytes.fromByteArray(new byte[6144])}) {
      for (String[] keyAndAlgorithm : new String[][] {{p256, "ECDSA_SHA_256"}, {rsa, "RSASSA_PSS_SHA_512"},
          {ed25519, "ED25519_SHA_512"}, {mlDsa, "ML_DSA_SHAKE_256"}}) {
        assertKmsErrorWithoutMessage(() -> kms.verify(r -> r.keyId(keyAndAlgorithm[0]).message(MESSAGE)
            .signature(garbage).signingAlgorithm(keyAndAlgorithm[1])), "KMSInvalidSignatureException");
      }
    }
  }

  @Test
  void signAndVerify_onDisabledOrPendingDeletionKey_isTheKeyStatesError() {
    String disabled = signingKey("ECC_NIST_P256");
    SdkBytes signature = kms.sign(r -> r.keyId(disabled).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256"))
        .signature();
    kms.disableKey(r -> r.keyId(disabled));
    assertKmsError(() -> kms.sign(r -> r.keyId(disabled).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256")),
        "DisabledException", keyArn(disabled) + " is disabled.");
    assertKmsError(() -> kms.verify(r -> r.keyId(disabled).message(MESSAGE).signature(signature)
        .signingAlgorithm("ECDSA_SHA_256")), "DisabledException", keyArn(disabled) + " is disabled.");
    kms.scheduleKeyDeletion(r -> r.keyId(disabled).pendingWindowInDays(7));
    assertKmsError(() -> kms.sign(r -> r.keyId(disabled).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256")),
        "KMSInvalidStateException", keyArn(disabled) + " is pending deletion.");
  }

  @Test
  void dryRun_answersWhatTheRealRequestWouldHave() {
    String wouldSucceed = "The request would have succeeded, but the DryRun option is set.";
    assertKmsError(() -> kms.sign(r -> r.keyId(p256).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256")
        .dryRun(true)), "DryRunOperationException", wouldSucceed);
    SdkBytes signature = kms.sign(r -> r.keyId(p256).message(MESSAGE).signingAlgorithm("ECDSA_SHA_256"))
        .signature();
    assertKmsError(() -> kms.verify(r -> r.keyId(p256).message(MESSAGE).signature(signature)
        .signingAlgorithm("ECDSA_SHA_256").dryRun(true)), "DryRunOperationException", wouldSucceed);
    assertKmsErrorWithoutMessage(() -> kms.verify(r -> r.keyId(p256).message(SdkBytes.fromUtf8String("x"))
        .signature(signature).signingAlgorithm("ECDSA_SHA_256").dryRun(true)), "KMSInvalidSignatureException");
    assertKmsError(() -> kms.sign(r -> r.keyId(p256).message(MESSAGE).signingAlgorithm("ECDSA_SHA_384")
        .dryRun(true)), "InvalidKeyUsageException",
        "Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.");
  }

  private static String keyOf(String spec) {
    return switch (spec) {
      case "ECC_NIST_P256" -> p256;
      case "RSA_2048" -> rsa;
      case "ECC_NIST_EDWARDS25519" -> ed25519;
      case "ML_DSA_44" -> mlDsa;
      default -> throw new IllegalArgumentException(spec);
    };
  }

  private static String signingKey(String spec) {
    return kms.createKey(r -> r.keySpec(spec).keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
  }
}
