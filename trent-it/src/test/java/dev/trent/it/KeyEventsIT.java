package dev.trent.it;

import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Key events to the file and webhook sinks: a webhook that fails twice gets the event on the third
 * try, and a webhook nobody listens on neither blocks nor fails the deletion that emits it.
 */
class KeyEventsIT {
  @Test
  void deletion_reachesFileAndRetriedWebhook_whileADeadWebhookChangesNothing() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<String> delivered = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/events", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = attempts.incrementAndGet() <= 2 ? 503 : 200;
      if (status == 200) {
        delivered.add(body);
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    hook.start();
    String live = "http://127.0.0.1:" + hook.getAddress().getPort() + "/events";
    String dead = "http://127.0.0.1:" + unusedPort() + "/events";
    try (TrentFixture trent = TrentFixture.dev(List.of(dead, live));
        KmsClient kms = trent.client()) {
      String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
      kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
      trent.clock().advance(Duration.ofDays(7).plusMinutes(1));

      long started = System.nanoTime();
      assertThat(trent.runScheduledWork()).isGreaterThanOrEqualTo(1);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

      var event = KeyEvents.await(trent.eventsFile(), "KMS CMK Deletion", keyId);
      assertThat(event.path("resources").get(0).asText()).isEqualTo(keyArn(keyId));
      for (int i = 0; i < 100 && delivered.isEmpty(); i++) {
        Thread.sleep(50);
      }
      assertThat(delivered).singleElement().satisfies(body -> assertThat(body)
          .contains("\"detail-type\":\"KMS CMK Deletion\"").contains("\"key-id\":\"" + keyId + "\""));
      assertThat(attempts.get()).isEqualTo(3);
    } finally {
      hook.stop(0);
    }
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
