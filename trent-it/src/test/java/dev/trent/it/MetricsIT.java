package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.trent.server.Trent;
import dev.trent.server.config.ServerConfig;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.OriginType;

/** {@code /metrics} on the loopback admin listener, in Prometheus text format. */
class MetricsIT {
  @TempDir
  Path temp;

  /** A Trent in {@code dataDir} with its admin listener on a free port. */
  static Trent startWithMetrics(Path dataDir) {
    ServerConfig config = ServerConfig.defaults().withPort(0).withDataDir(dataDir)
        .withDeletionSweepInterval(Duration.ofHours(1));
    return Trent.start(config.withMonitoring(config.monitoring().withAdminPort(0)), Clock.systemUTC());
  }

  @Test
  void metrics_countRequestsErrorsLatencyAuditAndJvm() throws Exception {
    try (Trent trent = startWithMetrics(temp.resolve("data"));
        KmsClient kms = TrentFixture.client(URI.create("http://127.0.0.1:" + trent.port()), "AKIDEXAMPLE", "s", "us-east-1")) {
      assertThat(trent.adminPort()).isPositive().isNotEqualTo(trent.port());
      String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
      for (int i = 0; i < 3; i++) {
        kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("m")));
      }
      catchThrowable(() -> kms.describeKey(r -> r.keyId("alias/missing")));

      HttpResponse<String> scrape = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + trent.adminPort() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
      String text = scrape.body();
      assertThat(text).containsPattern("trent_requests_seconds_count\\{error=\"none\",operation=\"Encrypt\"} 3(\\.0)?\\b");
      assertThat(text).containsPattern("trent_requests_seconds_bucket\\{error=\"none\",operation=\"Encrypt\",le=\"[^\"]+\"}");
      assertThat(text).containsPattern("trent_request_errors_total\\{error=\"NotFoundException\",operation=\"DescribeKey\"} 1(\\.0)?\\b");
      assertThat(text).contains("trent_audit_commit_seconds_count").contains("trent_audit_batch_records_count");
      assertThat(text).contains("jvm_memory_used_bytes").contains("process_uptime_seconds");
      assertThat(text).doesNotContain("NotAnOperation");

      // Only loopback: the admin port is not reachable on another local address, if there is one.
      InetAddress local = InetAddress.getLocalHost();
      if (!local.isLoopbackAddress()) {
        Throwable refused = catchThrowable(() -> new Socket(local, trent.adminPort()).close());
        assertThat(refused).isInstanceOf(ConnectException.class);
      }
      // The KMS port does not serve metrics.
      HttpResponse<String> kmsPort = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + trent.port() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(kmsPort.body()).doesNotContain("trent_requests_seconds");
    }
  }

  @Test
  void keyGauges_countKeysByStateAndSpec_andSecondsUntilImportedMaterialExpires() throws Exception {
    try (Trent trent = startWithMetrics(temp.resolve("data"));
        KmsClient kms = TrentFixture.client(URI.create("http://127.0.0.1:" + trent.port()), "AKIDEXAMPLE", "s", "us-east-1")) {
      kms.createKey(r -> {});
      String ecc = kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY))
          .keyMetadata().keyId();
      kms.disableKey(r -> r.keyId(ecc));
      kms.createKey(r -> r.origin(OriginType.EXTERNAL));
      String imported = kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
      Instant validTo = Instant.now().plus(Duration.ofDays(1));
      ImportWrapper.importMaterial(kms, imported, material(), validTo);
      String foreverImported = kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
      ImportWrapper.importMaterial(kms, foreverImported, material(), null);

      String text = scrape(trent);
      assertThat(text).contains("# TYPE trent_keys gauge");
      assertThat(text).containsPattern("trent_keys\\{spec=\"SYMMETRIC_DEFAULT\",state=\"Enabled\"} 3(\\.0)?\\b");
      assertThat(text).containsPattern("trent_keys\\{spec=\"ECC_NIST_P256\",state=\"Disabled\"} 1(\\.0)?\\b");
      assertThat(text).containsPattern("trent_keys\\{spec=\"SYMMETRIC_DEFAULT\",state=\"PendingImport\"} 1(\\.0)?\\b");
      assertThat(text).doesNotContainPattern("trent_keys\\{spec=\"ECC_NIST_P256\",state=\"Enabled\"}");

      Matcher expiry = Pattern.compile("trent_key_material_seconds_until_expiration\\{account_id=\""
          + TrentFixture.ACCOUNT + "\",key_id=\"" + imported + "\",region=\"us-east-1\"} (\\S+)").matcher(text);
      assertThat(expiry.find()).as(text).isTrue();
      double seconds = Double.parseDouble(expiry.group(1));
      assertThat(seconds).isBetween(86_400.0 - 120, 86_400.0);
      // Only the key whose material expires has a series.
      assertThat(text).doesNotContain(foreverImported);
      assertThat(Pattern.compile("^trent_key_material_seconds_until_expiration\\{", Pattern.MULTILINE)
          .matcher(text).results().count()).isEqualTo(1);

      // Counts are cached between scrapes (15 s), so a scrape right after a change still shows the
      // last read; the seconds until expiration are computed at each scrape.
      kms.createKey(r -> {});
      assertThat(scrape(trent))
          .containsPattern("trent_keys\\{spec=\"SYMMETRIC_DEFAULT\",state=\"Enabled\"} 3(\\.0)?\\b");
    }
  }

  private static byte[] material() {
    byte[] m = new byte[32];
    new java.security.SecureRandom().nextBytes(m);
    return m;
  }

  static String scrape(Trent trent) throws Exception {
    HttpResponse<String> scrape = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + trent.adminPort() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(scrape.statusCode()).isEqualTo(200);
    return scrape.body();
  }

  @Test
  void noAdminPort_byDefault() {
    try (TrentFixture trent = TrentFixture.dev()) {
      assertThat(trent.port()).isPositive();
    }
    assertThat(ServerConfig.defaults().monitoring().adminPort()).isEqualTo(-1);
  }
}
