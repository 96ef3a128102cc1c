package dev.trent.it;

import static dev.trent.it.KmsAssertions.kmsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyLastUsageResponse;
import software.amazon.awssdk.services.kms.model.KeyLastUsageTrackingOperation;

/** GetKeyLastUsage through the AWS SDK: successes count, failures do not, and it survives a restart. */
class KeyLastUsageIT {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("used");

  @Test
  void lastSuccessfulUse_isReported_failuresAreNot_andItSurvivesRestart() {
    TrentFixture trent = TrentFixture.dev();
    String keyId;
    Instant decryptedAt;
    try (KmsClient kms = trent.client()) {
      var created = kms.createKey(r -> { }).keyMetadata();
      keyId = created.keyId();

      GetKeyLastUsageResponse unused = kms.getKeyLastUsage(r -> r.keyId(created.keyId()));
      assertThat(unused.keyId()).isEqualTo(keyId);
      assertThat(unused.keyLastUsage()).isNull();
      assertThat(unused.keyCreationDate()).isEqualTo(created.creationDate());
      assertThat(unused.trackingStartDate()).isEqualTo(created.creationDate());

      SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)
          .encryptionContext(Map.of("a", "b"))).ciphertextBlob();
      assertThat(kms.getKeyLastUsage(r -> r.keyId(keyId)).keyLastUsage().operation())
          .isEqualTo(KeyLastUsageTrackingOperation.ENCRYPT);

      trent.clock().advance(Duration.ofMinutes(5));
      kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("a", "b")));
      decryptedAt = kms.getKeyLastUsage(r -> r.keyId(keyId)).keyLastUsage().timestamp();
      trent.clock().advance(Duration.ofMinutes(5));
      kmsError(() -> kms.decrypt(r -> r.ciphertextBlob(blob)), "InvalidCiphertextException");
      kms.describeKey(r -> r.keyId(keyId));

      var last = kms.getKeyLastUsage(r -> r.keyId(keyId)).keyLastUsage();
      assertThat(last.operation()).isEqualTo(KeyLastUsageTrackingOperation.DECRYPT);
      assertThat(last.timestamp()).isEqualTo(decryptedAt);
      assertThat(last.kmsRequestId()).isNotBlank();
      // The use names its own audit record.
      assertThat(last.cloudTrailEventId())
          .isEqualTo(AuditRecords.byRequestId(trent.dataDir(), last.kmsRequestId()).path("eventID").asText());
      assertThat(AuditRecords.byRequestId(trent.dataDir(), last.kmsRequestId()).path("eventName").asText())
          .isEqualTo("Decrypt");
    }
    trent.close();

    try (TrentFixture restarted = TrentFixture.reopen(trent.dataDir(), new MovableClock());
        KmsClient kms = restarted.client()) {
      var last = kms.getKeyLastUsage(r -> r.keyId(keyId)).keyLastUsage();
      assertThat(last.operation()).isEqualTo(KeyLastUsageTrackingOperation.DECRYPT);
      assertThat(last.timestamp()).isEqualTo(decryptedAt);
      assertThat(last.cloudTrailEventId()).isNotBlank();
    }
  }
}
