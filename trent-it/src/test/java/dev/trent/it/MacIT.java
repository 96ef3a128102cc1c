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
import software.amazon.awssdk.services.kms.model.GenerateMacResponse;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.VerifyMacResponse;

/**
 * GenerateMac and VerifyMac on the four HMAC key specs. The key never leaves Trent, so the HMAC
 * itself is checked against the JDK in trent-crypto's vector tests; here: lengths, determinism,
 * per-key distinctness, verification, and AWS's errors.
 */
@SharedTrent
class MacIT {
  private static final SdkBytes MESSAGE = SdkBytes.fromUtf8String("some important message");
  private static final String WOULD_SUCCEED =
      "The request would have succeeded, but the DryRun option is set.";
  private static final Map<String, String> ALGORITHM = Map.of("HMAC_224", "HMAC_SHA_224",
      "HMAC_256", "HMAC_SHA_256", "HMAC_384", "HMAC_SHA_384", "HMAC_512", "HMAC_SHA_512");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String hmac256;

  @BeforeAll
  static void start() {
    hmac256 = hmacKey("HMAC_256");
  }

  private static String hmacKey(String spec) {
    return kms.createKey(r -> r.keySpec(spec).keyUsage("GENERATE_VERIFY_MAC")).keyMetadata().keyId();
  }

  private static SdkBytes mac(String keyId, String algorithm, SdkBytes message) {
    return kms.generateMac(r -> r.keyId(keyId).macAlgorithm(algorithm).message(message)).mac();
  }

  @ParameterizedTest
  @CsvSource({"HMAC_224, 28", "HMAC_256, 32", "HMAC_384, 48", "HMAC_512, 64"})
  void generateMac_eachSpec_givesAFullLengthMacThatVerifies(String spec, int length) {
    String keyId = hmacKey(spec);
    String algorithm = ALGORITHM.get(spec);
    GenerateMacResponse generated =
        kms.generateMac(r -> r.keyId(keyId).macAlgorithm(algorithm).message(MESSAGE));
    assertThat(generated.mac().asByteArray()).hasSize(length);
    assertThat(generated.keyId()).isEqualTo(keyArn(keyId));
    assertThat(generated.macAlgorithmAsString()).isEqualTo(algorithm);

    VerifyMacResponse verified = kms.verifyMac(r -> r.keyId(keyId).macAlgorithm(algorithm)
        .message(MESSAGE).mac(generated.mac()));
    assertThat(verified.macValid()).isTrue();
    assertThat(verified.keyId()).isEqualTo(keyArn(keyId));
    assertThat(verified.macAlgorithmAsString()).isEqualTo(algorithm);
  }

  @Test
  void generateMac_sameKeyAndMessage_isDeterministic_andDiffersPerKeyAndMessage() {
    SdkBytes first = mac(hmac256, "HMAC_SHA_256", MESSAGE);
    assertThat(mac(hmac256, "HMAC_SHA_256", MESSAGE)).isEqualTo(first);
    assertThat(mac(keyArn(hmac256), "HMAC_SHA_256", MESSAGE)).isEqualTo(first);
    assertThat(mac(hmacKey("HMAC_256"), "HMAC_SHA_256", MESSAGE)).isNotEqualTo(first);
    assertThat(mac(hmac256, "HMAC_SHA_256", SdkBytes.fromUtf8String("another message")))
        .isNotEqualTo(first);
  }

  @Test
  void generateMac_throughAnAlias_isTheKeysMac() {
    kms.createAlias(r -> r.aliasName("alias/mac").targetKeyId(hmac256));
    assertThat(mac("alias/mac", "HMAC_SHA_256", MESSAGE)).isEqualTo(mac(hmac256, "HMAC_SHA_256", MESSAGE));
  }

  @Test
  void generateMac_largestMessage_works_andGrantTokensAreAccepted() {
    // A token Trent issued: any other string is an InvalidGrantTokenException.
    String token = kms.createGrant(g -> g.keyId(hmac256).granteePrincipal("arn:aws:iam::111122223333:root")
        .operations(GrantOperation.DESCRIBE_KEY)).grantToken();
    SdkBytes big = SdkBytes.fromByteArray(new byte[4096]);
    SdkBytes tag = kms.generateMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256").message(big)
        .grantTokens(token)).mac();
    assertThat(kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256").message(big).mac(tag)
        .grantTokens(token)).macValid()).isTrue();
  }

  @Test
  void verifyMac_alteredTruncatedOrForeignMac_isKmsInvalidMacWithoutMessage() {
    byte[] tag = mac(hmac256, "HMAC_SHA_256", MESSAGE).asByteArray();
    byte[] altered = tag.clone();
    altered[0] ^= 1;
    for (byte[] bad : new byte[][] {altered, Arrays.copyOf(tag, 16), Arrays.copyOf(tag, 33)}) {
      assertKmsErrorWithoutMessage(() -> kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256")
          .message(MESSAGE).mac(SdkBytes.fromByteArray(bad))), "KMSInvalidMacException");
    }
    assertKmsErrorWithoutMessage(() -> kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256")
        .message(SdkBytes.fromUtf8String("some different important message"))
        .mac(SdkBytes.fromByteArray(tag))), "KMSInvalidMacException");
  }

  @Test
  void generateMac_algorithmOfAnotherSpec_isInvalidKeyUsage() {
    String hmac224 = hmacKey("HMAC_224");
    assertKmsError(() -> mac(hmac224, "HMAC_SHA_256", MESSAGE), "InvalidKeyUsageException",
        "Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.");
    assertKmsError(() -> kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_512")
        .message(MESSAGE).mac(mac(hmac256, "HMAC_SHA_256", MESSAGE))), "InvalidKeyUsageException",
        "Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.");
  }

  @Test
  void generateMac_unknownAlgorithm_isValidationException() {
    assertKmsError(() -> mac(hmac256, "INVALID", MESSAGE), "ValidationException",
        "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]");
  }

  @Test
  void generateMac_keyOfAnotherUsage_isInvalidKeyUsage() {
    String symmetric = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> mac(symmetric, "HMAC_SHA_256", MESSAGE), "InvalidKeyUsageException",
        keyArn(symmetric) + " key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.");
    assertKmsError(() -> kms.verifyMac(r -> r.keyId(symmetric).macAlgorithm("HMAC_SHA_256")
        .message(MESSAGE).mac(MESSAGE)), "InvalidKeyUsageException",
        keyArn(symmetric) + " key usage is ENCRYPT_DECRYPT which is not valid for VerifyMac.");
  }

  @Test
  void generateMac_unknownKey_isNotFound() {
    assertKmsError(() -> mac("key_id", "HMAC_SHA_256", MESSAGE), "NotFoundException",
        "Invalid keyId 'key_id'");
  }

  @Test
  void generateAndVerifyMac_disabledKey_isDisabled_pendingDeletion_isInvalidState() {
    String keyId = hmacKey("HMAC_256");
    SdkBytes tag = mac(keyId, "HMAC_SHA_256", MESSAGE);
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> mac(keyId, "HMAC_SHA_256", MESSAGE), "DisabledException",
        keyArn(keyId) + " is disabled.");
    assertKmsError(() -> kms.verifyMac(r -> r.keyId(keyId).macAlgorithm("HMAC_SHA_256")
        .message(MESSAGE).mac(tag)), "DisabledException", keyArn(keyId) + " is disabled.");
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    assertKmsError(() -> mac(keyId, "HMAC_SHA_256", MESSAGE), "KMSInvalidStateException",
        keyArn(keyId) + " is pending deletion.");
  }

  @Test
  void dryRun_thatWouldSucceed_isDryRunOperation_andAWrongMacStillFailsAsItself() {
    assertKmsError(() -> kms.generateMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256")
        .message(MESSAGE).dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
    SdkBytes tag = mac(hmac256, "HMAC_SHA_256", MESSAGE);
    assertKmsError(() -> kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256")
        .message(MESSAGE).mac(tag).dryRun(true)), "DryRunOperationException", WOULD_SUCCEED);
    assertKmsErrorWithoutMessage(() -> kms.verifyMac(r -> r.keyId(hmac256).macAlgorithm("HMAC_SHA_256")
        .message(MESSAGE).mac(MESSAGE).dryRun(true)), "KMSInvalidMacException");
  }
}
