package dev.trent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness end to end, in a few seconds, so it never rots: a real Trent in strict mode, the
 * limit server, the load generator signing every request, and the results file.
 */
class HarnessSmokeTest {
  @TempDir
  Path tmp;

  @Test
  @Timeout(60)
  void describeKeyRunProducesAResultFile() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Bench bench = inProcess(Duration.ofMillis(300), Duration.ofMillis(1500), true, 10,
        EnumSet.of(LimitServer.Replies.HANDOFF, LimitServer.Replies.DURABLE), log);

    ScenarioResult result = bench.run("describe-key");

    assertThat(result.status()).as(log.toString(StandardCharsets.UTF_8)).isEqualTo("ok");
    ScenarioResult.Op op = result.primaryOp();
    assertThat(op.target().opsPerSecond()).isPositive();
    assertThat(op.target().errors()).as(op.target().firstError()).isZero();
    assertThat(op.limit().opsPerSecond()).isPositive();
    assertThat(op.halfRate().ok()).isPositive();
    assertThat(op.otherLimits()).containsOnlyKeys(LimitServer.Replies.HANDOFF, LimitServer.Replies.DURABLE);
    op.otherLimits().values().forEach(other -> assertThat(other.ok()).isPositive());

    Path file = tmp.resolve("results/describe-key.json");
    assertThat(file).exists();
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("scenario").asText()).isEqualTo("describe-key");
    assertThat(json.get("ops_per_s").asDouble()).isPositive();
    assertThat(json.get("limit_ops_per_s").asDouble()).isPositive();
    assertThat(json.get("ratio_to_limit").asDouble()).isPositive();
    JsonNode measured = json.get("operations").get(0);
    assertThat(measured.get("limit_with_handoff").get("ops_per_s").asDouble()).isPositive();
    assertThat(measured.get("limit_durable").get("ops_per_s").asDouble()).isPositive();
    assertThat(measured.get("ratio_to_durable_limit").asDouble()).isPositive();
    for (String field : new String[] {"p50_ms", "p99_ms", "commit"}) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    assertThat(Report.text(java.util.List.of(result))).contains("DescribeKey");
    // DescribeKey has no ratio goal; the data plane's goal notes the durable limit when measured.
    ScenarioResult.Op encrypt = new ScenarioResult.Op("Encrypt", op.target(), op.limit(), null, 0,
        op.otherLimits(), 0, 0, null, null);
    ScenarioResult withGoal = new ScenarioResult("encrypt");
    bench.latencyAndRatioGoals(withGoal, withGoal.add(encrypt));
    assertThat(withGoal.goals().get(0).note()).startsWith("durable limit ").contains(" of the bare limit; target at ");
  }

  @Test
  @Timeout(90)
  void encryptOverManyKeys_measuresEachKeysFirstUse_thenKeysAtRandom() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Bench bench = inProcess(Duration.ofMillis(200), Duration.ofMillis(500), false, 41, Set.of(), log);

    ScenarioResult result = bench.run("encrypt-100k");

    assertThat(result.status()).as(log.toString(StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(result.ops()).extracting(ScenarioResult.Op::operation).containsExactly(
        "Encrypt (single key)", "Encrypt (first use of each key)", "Encrypt (random of 41 keys)");
    // 40 keys besides the single one: 20 warm the path, 20 are measured, each used once.
    ScenarioResult.Op firstUse = result.ops().get(1);
    assertThat(firstUse.target().ok()).isEqualTo(20);
    assertThat(firstUse.target().errors()).as(firstUse.target().firstError()).isZero();
    assertThat(firstUse.limit()).isNull();
    assertThat(result.primaryOp().operation()).isEqualTo("Encrypt (random of 41 keys)");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("results/encrypt-100k.json").toFile());
    assertThat(json.get("first_use_ratio_to_single_key").asDouble()).isPositive();
    assertThat(json.get("ratio_to_single_key").asDouble()).isPositive();
    assertThat(json.get("restarted_before_measuring").asBoolean()).isTrue();
  }

  @Test
  @Timeout(30)
  void aKeySpecTheServerRefusesIsSkippedNotFailed() throws Exception {
    // A stand-in KMS that refuses everything the way Trent refused a key spec it lacked.
    com.sun.net.httpserver.HttpServer stub = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/", exchange -> {
      byte[] body = "{\"__type\":\"UnsupportedOperationException\",\"message\":\"KeySpec ECC_NIST_P256 is not available\"}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(400, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    stub.start();
    try {
      Credentials credentials = new Credentials("test", "test", "us-east-1");
      Bench.Settings settings = new Bench.Settings(Duration.ofMillis(200), Duration.ofMillis(200),
          Duration.ofMillis(500), 2, 1, false, 10, 10, 15, tmp.resolve("results"), null, Duration.ZERO, Set.of());
      Bench bench = new Bench(settings,
          ExternalTarget.factory(Endpoint.loopback(stub.getAddress().getPort()), 0), LimitHandle.inProcess(tmp),
          credentials, RunInfo.collect(null, "stub", "smoke test"),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

      ScenarioResult result = bench.run("sign");

      assertThat(result.status()).isEqualTo("skipped");
      assertThat(result.reason()).startsWith("key spec not available");
      JsonNode json = new ObjectMapper().readTree(tmp.resolve("results/sign.json").toFile());
      assertThat(json.get("status").asText()).isEqualTo("skipped");
    } finally {
      stub.stop(0);
    }
  }

  @Test
  @Timeout(60)
  void keySpecScenariosAreMeasuredOrSkippedNeverFailed() throws Exception {
    Bench bench = inProcess(Duration.ofMillis(200), Duration.ofMillis(500), false, 10, Set.of(),
        new ByteArrayOutputStream());

    for (String scenario : new String[] {"generate-mac", "sign-rsa"}) {
      ScenarioResult result = bench.run(scenario);

      // Until a key spec exists it is skipped; once it does, it is measured. Never a failure.
      assertThat(result.status()).as(scenario + ": " + result.reason()).isIn("ok", "skipped");
      JsonNode json = new ObjectMapper().readTree(tmp.resolve("results/" + scenario + ".json").toFile());
      if (result.status().equals("ok")) {
        // Measured next to the raw JCA primitive, in the same run.
        assertThat(json.get("raw_jca_ops_per_s").asDouble()).as(scenario).isPositive();
        assertThat(json.get("ratio_to_raw_jca").asDouble()).as(scenario).isNotNegative();
      }
    }
  }

  /**
   * The harness against an in-process Trent in strict mode: warm-up {@code warmup} (no adaptive
   * warm-up beyond it), {@code duration} measured, two connections, the limit's {@code otherLimits}
   * too, the log into {@code log}.
   */
  private Bench inProcess(Duration warmup, Duration duration, boolean halfRate, int manyKeys,
      Set<LimitServer.Replies> otherLimits, ByteArrayOutputStream log) {
    Credentials credentials = BenchMain.generatedCredentials("us-east-1");
    Bench.Settings settings = new Bench.Settings(warmup, warmup, duration, 2, 1, halfRate, manyKeys, 10, 15,
        tmp.resolve("results"), null, Duration.ZERO, otherLimits);
    return new Bench(settings, InProcessTrent.factory(tmp, credentials), LimitHandle.inProcess(tmp), credentials,
        RunInfo.collect(null, "in-process", "smoke test"), new PrintStream(log, true, StandardCharsets.UTF_8));
  }
}
