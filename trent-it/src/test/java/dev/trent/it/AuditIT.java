package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditSigningKey;
import dev.trent.audit.AuditVerifier;
import dev.trent.audit.Segments;
import dev.trent.audit.VerifyReport;
import dev.trent.server.config.AccessKeyConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * Every call leaves one CloudTrail-format record, durable before the response: for a success and an
 * error of each main operation, the record's fields are those AWS KMS logs (Developer Guide,
 * "AWS KMS log file examples"), and nothing secret is in it.
 */
class AuditIT {
  private static final String ACCOUNT = TrentFixture.ACCOUNT;
  private static final Map<String, String> CONTEXT = Map.of("Department", "10-23", "purpose", "audit-test");

  private TrentFixture trent;
  private KmsClient kms;

  @BeforeEach
  void start() {
    trent = TrentFixture.dev();
    kms = trent.client();
  }

  @AfterEach
  void stop() {
    kms.close();
    trent.close();
  }

  private JsonNode record(String requestId) {
    return AuditRecords.byRequestId(trent.dataDir(), requestId);
  }

  private static String requestId(KmsException e) {
    return e.requestId();
  }

  private static void assertCommon(JsonNode r, String eventName, boolean readOnly) {
    assertThat(r.path("eventVersion").asText()).isEqualTo("1.11");
    assertThat(r.path("eventSource").asText()).isEqualTo("kms.amazonaws.com");
    assertThat(r.path("eventName").asText()).isEqualTo(eventName);
    assertThat(r.path("awsRegion").asText()).isEqualTo("us-east-1");
    assertThat(r.path("sourceIPAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(r.path("userAgent").asText()).containsIgnoringCase("aws-sdk-java");
    assertThat(r.path("eventType").asText()).isEqualTo("AwsApiCall");
    assertThat(r.path("eventCategory").asText()).isEqualTo("Management");
    assertThat(r.path("managementEvent").asBoolean()).isTrue();
    assertThat(r.path("readOnly").asBoolean()).isEqualTo(readOnly);
    assertThat(r.path("recipientAccountId").asText()).isEqualTo(ACCOUNT);
    assertThat(UUID.fromString(r.path("eventID").asText())).isNotNull();
    assertThat(r.path("eventTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    JsonNode id = r.path("userIdentity");
    assertThat(id.path("type").asText()).isEqualTo("Root");
    assertThat(id.path("arn").asText()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    assertThat(id.path("accountId").asText()).isEqualTo(ACCOUNT);
    assertThat(id.path("principalId").asText()).isEqualTo(ACCOUNT);
    assertThat(id.path("accessKeyId").asText()).isEqualTo("AKIDEXAMPLE");
  }

  private static void assertKeyResource(JsonNode r, String arn) {
    assertThat(r.path("resources")).anySatisfy(res -> {
      assertThat(res.path("ARN").asText()).isEqualTo(arn);
      assertThat(res.path("type").asText()).isEqualTo("AWS::KMS::Key");
      assertThat(res.path("accountId").asText()).isEqualTo(ACCOUNT);
    });
  }

  private static void assertError(JsonNode r, String code) {
    assertThat(r.path("errorCode").asText()).isEqualTo(code);
    // AWS sends InvalidCiphertextException without a message; every other error has one.
    assertThat(r.has("errorMessage")).isEqualTo(!code.equals("InvalidCiphertextException"));
    assertThat(r.path("responseElements").isNull()).isTrue();
  }

  @Test
  void createKey_success_logsParametersAndKeyMetadata() {
    CreateKeyResponse created = kms.createKey(r -> r.description("audited").keyUsage("ENCRYPT_DECRYPT"));
    JsonNode r = record(created.responseMetadata().requestId());
    assertCommon(r, "CreateKey", false);
    assertThat(r.has("errorCode")).isFalse();
    assertThat(r.path("requestParameters").path("description").asText()).isEqualTo("audited");
    assertThat(r.path("requestParameters").path("keyUsage").asText()).isEqualTo("ENCRYPT_DECRYPT");
    JsonNode metadata = r.path("responseElements").path("keyMetadata");
    assertThat(metadata.path("keyId").asText()).isEqualTo(created.keyMetadata().keyId());
    assertThat(metadata.path("arn").asText()).isEqualTo(created.keyMetadata().arn());
    assertThat(metadata.path("aWSAccountId").asText()).isEqualTo(ACCOUNT);
    assertThat(metadata.path("keyState").asText()).isEqualTo("Enabled");
    assertThat(metadata.path("creationDate").asText()).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d:\\d\\d [AP]M");
    assertKeyResource(r, created.keyMetadata().arn());
  }

  @Test
  void createKey_error_logsErrorCodeAndNoResponse() {
    KmsException e = catchThrowableOfType(KmsException.class,
        () -> kms.createKey(r -> r.keyUsage("SIGN_VERIFY").keySpec("SYMMETRIC_DEFAULT")));
    JsonNode r = record(requestId(e));
    assertCommon(r, "CreateKey", false);
    assertError(r, e.awsErrorDetails().errorCode());
    assertThat(r.path("requestParameters").path("keyUsage").asText()).isEqualTo("SIGN_VERIFY");
  }

  @Test
  void encrypt_success_logsKeyContextAlgorithm_neverPlaintext() {
    String arn = kms.createKey(r -> {}).keyMetadata().arn();
    byte[] secret = "the launch codes are 0000".getBytes(StandardCharsets.UTF_8);
    var encrypted = kms.encrypt(r -> r.keyId(arn).plaintext(SdkBytes.fromByteArray(secret)).encryptionContext(CONTEXT));
    JsonNode r = record(encrypted.responseMetadata().requestId());
    assertCommon(r, "Encrypt", true);
    JsonNode params = r.path("requestParameters");
    assertThat(params.path("keyId").asText()).isEqualTo(arn);
    assertThat(params.path("encryptionAlgorithm").asText()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(params.path("encryptionContext").path("Department").asText()).isEqualTo("10-23");
    assertThat(params.has("plaintext")).isFalse();
    assertThat(r.path("responseElements").isNull()).isTrue();
    assertKeyResource(r, arn);
    assertThat(r.toString()).doesNotContain("launch codes")
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(encrypted.ciphertextBlob().asByteArray()))
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(secret));
  }

  @Test
  void encrypt_error_disabledKey_logsTheKey() {
    String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
    kms.disableKey(r -> r.keyId(keyId));
    DisabledException e = catchThrowableOfType(DisabledException.class,
        () -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))));
    JsonNode r = record(requestId(e));
    assertCommon(r, "Encrypt", true);
    assertError(r, "DisabledException");
    assertKeyResource(r, "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + keyId);
  }

  @Test
  void decrypt_success_findsTheKeyFromTheCiphertext() {
    String arn = kms.createKey(r -> {}).keyMetadata().arn();
    SdkBytes blob = kms.encrypt(r -> r.keyId(arn).plaintext(SdkBytes.fromUtf8String("p")).encryptionContext(CONTEXT))
        .ciphertextBlob();
    var decrypted = kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(CONTEXT));
    JsonNode r = record(decrypted.responseMetadata().requestId());
    assertCommon(r, "Decrypt", true);
    assertThat(r.path("requestParameters").path("encryptionContext").path("purpose").asText()).isEqualTo("audit-test");
    assertThat(r.path("requestParameters").has("ciphertextBlob")).isFalse();
    assertThat(r.path("responseElements").isNull()).isTrue();
    assertKeyResource(r, arn);
  }

  @Test
  void decrypt_error_wrongContext_isInvalidCiphertext() {
    String arn = kms.createKey(r -> {}).keyMetadata().arn();
    SdkBytes blob = kms.encrypt(r -> r.keyId(arn).plaintext(SdkBytes.fromUtf8String("p")).encryptionContext(CONTEXT))
        .ciphertextBlob();
    InvalidCiphertextException e = catchThrowableOfType(InvalidCiphertextException.class,
        () -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("wrong", "context"))));
    JsonNode r = record(requestId(e));
    assertCommon(r, "Decrypt", true);
    assertError(r, "InvalidCiphertextException");
  }

  @Test
  void generateDataKey_success_logsSpec_neverTheDataKey() {
    String arn = kms.createKey(r -> {}).keyMetadata().arn();
    var generated = kms.generateDataKey(r -> r.keyId(arn).keySpec("AES_256").encryptionContext(CONTEXT));
    JsonNode r = record(generated.responseMetadata().requestId());
    assertCommon(r, "GenerateDataKey", true);
    assertThat(r.path("requestParameters").path("keySpec").asText()).isEqualTo("AES_256");
    assertThat(r.path("responseElements").isNull()).isTrue();
    assertKeyResource(r, arn);
    assertThat(r.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(generated.plaintext().asByteArray()));
  }

  @Test
  void generateDataKey_error_unknownKey_isNotFound() {
    String missing = UUID.randomUUID().toString();
    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> kms.generateDataKey(r -> r.keyId(missing).numberOfBytes(32)));
    JsonNode r = record(requestId(e));
    assertCommon(r, "GenerateDataKey", true);
    assertError(r, "NotFoundException");
    assertThat(r.path("requestParameters").path("numberOfBytes").asInt()).isEqualTo(32);
    assertKeyResource(r, "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + missing);
  }

  @Test
  void describeKey_successAndError() {
    String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
    var described = kms.describeKey(r -> r.keyId(keyId));
    JsonNode ok = record(described.responseMetadata().requestId());
    assertCommon(ok, "DescribeKey", true);
    assertThat(ok.path("requestParameters").path("keyId").asText()).isEqualTo(keyId);
    assertThat(ok.path("responseElements").isNull()).isTrue();
    assertKeyResource(ok, described.keyMetadata().arn());

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> kms.describeKey(r -> r.keyId("alias/does-not-exist")));
    JsonNode failed = record(requestId(e));
    assertCommon(failed, "DescribeKey", true);
    assertError(failed, "NotFoundException");
    assertThat(failed.path("requestParameters").path("keyId").asText()).isEqualTo("alias/does-not-exist");
  }

  @Test
  void scheduleKeyDeletion_successAndError() {
    String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
    var scheduled = kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    JsonNode ok = record(scheduled.responseMetadata().requestId());
    assertCommon(ok, "ScheduleKeyDeletion", false);
    assertThat(ok.path("requestParameters").path("pendingWindowInDays").asInt()).isEqualTo(7);
    JsonNode response = ok.path("responseElements");
    assertThat(response.path("keyId").asText()).isEqualTo(scheduled.keyId());
    assertThat(response.path("keyState").asText()).isEqualTo("PendingDeletion");
    assertThat(response.path("pendingWindowInDays").asInt()).isEqualTo(7);
    assertThat(response.path("deletionDate").asText()).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, .*[AP]M");

    KmsException e = catchThrowableOfType(KmsException.class,
        () -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(3)));
    JsonNode failed = record(requestId(e));
    assertCommon(failed, "ScheduleKeyDeletion", false);
    assertError(failed, e.awsErrorDetails().errorCode());
  }

  @Test
  void createAlias_successAndError() {
    String arn = kms.createKey(r -> {}).keyMetadata().arn();
    var created = kms.createAlias(r -> r.aliasName("alias/audited").targetKeyId(arn));
    JsonNode ok = record(created.responseMetadata().requestId());
    assertCommon(ok, "CreateAlias", false);
    assertThat(ok.path("requestParameters").path("aliasName").asText()).isEqualTo("alias/audited");
    assertThat(ok.path("requestParameters").path("targetKeyId").asText()).isEqualTo(arn);
    assertThat(ok.path("responseElements").isNull()).isTrue();
    assertKeyResource(ok, arn);

    AlreadyExistsException e = catchThrowableOfType(AlreadyExistsException.class,
        () -> kms.createAlias(r -> r.aliasName("alias/audited").targetKeyId(arn)));
    JsonNode failed = record(requestId(e));
    assertCommon(failed, "CreateAlias", false);
    assertError(failed, "AlreadyExistsException");
  }

  @Test
  void unknownOperation_isLoggedToo() {
    RawKms.Response response = new RawKms(trent.endpoint()).call("FlyToTheMoon", "{}");
    String requestId = response.header("x-amzn-RequestId").orElseThrow();
    JsonNode r = record(requestId);
    assertThat(r.path("eventName").asText()).isEqualTo("FlyToTheMoon");
    assertThat(r.path("errorCode").asText()).isEqualTo(response.errorType().orElseThrow());
  }

  @Test
  void everyCall_leavesExactlyOneRecord_andTheLogVerifies() throws IOException {
    String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
    for (int i = 0; i < 10; i++) {
      kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x")));
    }
    catchThrowableOfType(NotFoundException.class, () -> kms.describeKey(r -> r.keyId("alias/nope")));
    assertThat(AuditRecords.all(trent.dataDir())).hasSize(12);
    Path dataDir = trent.dataDir();
    stop();
    Path auditDir = Segments.auditDir(dataDir);
    VerifyReport report = AuditVerifier.verify(auditDir, AuditSigningKey.readPem(AuditSigningKey.publicKeyFile(auditDir)), null, null);
    assertThat(report.problems()).isEmpty();
    assertThat(report.records()).isEqualTo(12);
    assertThat(report.uncovered()).isZero();
    trent = TrentFixture.dev();
    kms = trent.client();
  }

  @Test
  void authFailure_isLoggedWithTheClaimedAccessKeyOnly() {
    try (TrentFixture strict = TrentFixture.strict(List.of(
        new AccessKeyConfig("AKIAALICE", "alice-secret", "444455556666", null)));
        KmsClient wrong = strict.client("AKIAALICE", "not-the-secret", "eu-west-1");
        KmsClient unknown = strict.client("AKIAMALLORY", "whatever", "eu-west-1")) {
      KmsException badSignature = catchThrowableOfType(KmsException.class, () -> wrong.listKeys());
      JsonNode r = AuditRecords.byRequestId(strict.dataDir(), badSignature.requestId());
      assertThat(r.path("eventName").asText()).isEqualTo("ListKeys");
      assertThat(r.path("errorCode").asText()).isEqualTo("InvalidSignatureException");
      assertThat(r.path("userIdentity").path("type").asText()).isEqualTo("Unknown");
      assertThat(r.path("userIdentity").path("accessKeyId").asText()).isEqualTo("AKIAALICE");
      assertThat(r.path("userIdentity").has("arn")).isFalse();
      assertThat(r.path("awsRegion").asText()).isEqualTo("eu-west-1");
      assertThat(r.has("recipientAccountId")).isFalse();

      KmsException unrecognized = catchThrowableOfType(KmsException.class, () -> unknown.listKeys());
      JsonNode u = AuditRecords.byRequestId(strict.dataDir(), unrecognized.requestId());
      assertThat(u.path("errorCode").asText()).isEqualTo("UnrecognizedClientException");
      assertThat(u.path("userIdentity").path("accessKeyId").asText()).isEqualTo("AKIAMALLORY");
    }
  }
}
