package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.postgresql.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * The database stops under load and comes back: requests fail fast with AWS's server errors,
 * nothing acknowledged is lost, and the node recovers by itself.
 */
class StoreOutageIT {
  /** The store's 2 s connection timeout, with room for a loaded 2-core CI machine. */
  private static final Duration FAIL_FAST = Duration.ofSeconds(5);
  private static final Duration RECOVERY = Duration.ofSeconds(15);
  private static final int WORKERS = 4;

  private TestPostgres pg;
  private TrentFixture node;
  private KmsClient kms;

  @BeforeEach
  void start() {
    pg = TestPostgres.startPrivate();
    node = TrentFixture.onStore(pg.newStoreUrl(), TrentFixture.newDataDir(), new MovableClock());
    kms = node.client();
  }

  @AfterEach
  void stop() {
    node.close();
    pg.close();
  }

  @Test
  void databaseRestartedUnderLoad_failsFast_losesNothing_recovers() throws Exception {
    String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
    Map<String, byte[]> acknowledgedKeys = new ConcurrentHashMap<>();
    Map<String, String> serverErrors = new ConcurrentHashMap<>();
    AtomicLong slowestFailure = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      workers.add(load.submit(() -> {
        while (running.get()) {
          long[] started = {System.nanoTime()};
          try {
            // Each acknowledged CreateKey, with a ciphertext made under the new key, must survive.
            String created = kms.createKey(r -> {}).keyMetadata().keyId();
            started[0] = System.nanoTime();
            SdkBytes blob = kms.encrypt(r -> r.keyId(created).plaintext(SdkBytes.fromUtf8String(created)))
                .ciphertextBlob();
            acknowledgedKeys.put(created, blob.asByteArray());
            started[0] = System.nanoTime();
            kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x")));
          } catch (KmsException e) {
            serverErrors.merge(e.awsErrorDetails().errorCode() + " " + e.statusCode(), "", (x, y) -> x);
            slowestFailure.accumulateAndGet(System.nanoTime() - started[0], Math::max);
          }
        }
        return null;
      }));
    }

    Thread.sleep(1_000);
    int beforeOutage = acknowledgedKeys.size();
    pg.stop();
    Thread.sleep(3_000);
    pg.start();
    long restarted = System.nanoTime();
    int atRestart = acknowledgedKeys.size();
    while (acknowledgedKeys.size() == atRestart) {
      assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(RECOVERY);
      Thread.sleep(50);
    }
    Thread.sleep(500);
    running.set(false);
    for (Future<?> w : workers) {
      w.get();
    }
    load.shutdown();

    assertThat(beforeOutage).isPositive();
    assertThat(serverErrors.keySet()).isNotEmpty()
        .allMatch(e -> e.equals("DependencyTimeoutException 500") || e.equals("KMSInternalException 500"));
    // A request gives up within the store's connection timeout (2 s) plus its own work.
    assertThat(Duration.ofNanos(slowestFailure.get())).isLessThan(FAIL_FAST);
    for (Map.Entry<String, byte[]> acknowledged : acknowledgedKeys.entrySet()) {
      assertThat(kms.describeKey(r -> r.keyId(acknowledged.getKey())).keyMetadata().keyId())
          .isEqualTo(acknowledged.getKey());
      assertThat(kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(acknowledged.getValue())))
          .plaintext().asUtf8String()).isEqualTo(acknowledged.getKey());
    }
  }
}
