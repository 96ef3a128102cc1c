package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.audit.AuditSigningKey;
import dev.trent.audit.AuditVerifier;
import dev.trent.audit.Segments;
import dev.trent.audit.VerifyReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * SIGKILL under concurrent load: every response a client received has its audit record, and after
 * a restart (which cuts off a torn tail and signs what was not yet signed) the log verifies.
 */
class AuditCrashIT {
  @TempDir
  Path temp;

  @Test
  void killDuringLoad_everyAnsweredCallHasItsRecord_andTheChainVerifies() throws Exception {
    Path data = temp.resolve("data");
    Set<String> answered = ConcurrentHashMap.newKeySet();
    try (TrentProcess first = TrentProcess.start(data)) {
      String keyId;
      try (KmsClient kms = TrentFixture.client(first.endpoint(), "AKIDEXAMPLE", "s", "us-east-1")) {
        keyId = kms.createKey(r -> {}).keyMetadata().keyId();
      }
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService load = Executors.newFixedThreadPool(16);
      List<KmsClient> clients = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        KmsClient kms = TrentFixture.client(first.endpoint(), "AKIDEXAMPLE", "s", "us-east-1");
        clients.add(kms);
        load.submit(() -> {
          while (running.get()) {
            try {
              answered.add(kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("load")))
                  .responseMetadata().requestId());
            } catch (RuntimeException e) {
              return; // the server is gone
            }
          }
        });
      }
      Thread.sleep(1500);
      first.kill();
      running.set(false);
      load.shutdown();
      assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      clients.forEach(KmsClient::close);
    }
    assertThat(answered).hasSizeGreaterThan(50);

    // Restart: recovery cuts a torn tail and signs the records of the killed run; then stop cleanly.
    try (TrentProcess second = TrentProcess.start(data)) {
      assertThat(second.terminate(Duration.ofSeconds(30))).isZero();
    }
    Set<String> logged = AuditRecords.all(data).stream()
        .map(r -> r.path("requestID").asText()).collect(Collectors.toSet());
    assertThat(logged).containsAll(answered);
    Path auditDir = Segments.auditDir(data);
    VerifyReport report = AuditVerifier.verify(auditDir, publicKey(auditDir), null, null);
    assertThat(report.problems()).isEmpty();
    assertThat(report.uncovered()).isZero();
    assertThat(report.records()).isGreaterThanOrEqualTo(answered.size());
  }

  private static byte[] publicKey(Path auditDir) throws IOException {
    return AuditSigningKey.readPem(AuditSigningKey.publicKeyFile(auditDir));
  }
}
