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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --key-policy}: the scenario's keys get the policy, and the committed realistic policy lets
 * the benchmark's Encrypt through only by its conditional statement (a policy whose condition the
 * request misses fails the run).
 */
class KeyPolicyBenchTest {
  private static final Path REALISTIC = Path.of("../bench/policies/realistic-10.json");

  @TempDir
  Path tmp;

  @Test
  void createKeyCarriesThePolicyAsAJsonString() throws Exception {
    String policy = Files.readString(REALISTIC);

    JsonNode body = new ObjectMapper().readTree(Workloads.createKey(policy).body());

    assertThat(body.get("Policy").asText()).isEqualTo(policy);
    assertThat(body.get("Description").asText()).isEqualTo("trent-bench");
    assertThat(new String(Workloads.createKey(null).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"Description\":\"trent-bench\"}");
  }

  @Test
  @Timeout(60)
  void encryptRunsUnderTheRealisticPolicy() throws Exception {
    String policy = Files.readString(REALISTIC);

    ScenarioResult result = encrypt(policy, "realistic-10.json");

    assertThat(result.status()).as(result.reason()).isEqualTo("ok");
    assertThat(result.primaryOp().target().errors()).as(result.primaryOp().target().firstError()).isZero();
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("results/encrypt.json").toFile());
    assertThat(json.get("settings").get("key_policy").asText()).isEqualTo("realistic-10.json");
  }

  @Test
  @Timeout(60)
  void theConditionalStatementIsWhatAllowsEncrypt() throws Exception {
    String otherTenant = Files.readString(REALISTIC).replace("\"acme\"", "\"other\"");

    ScenarioResult result = encrypt(otherTenant, "other-tenant.json");

    assertThat(result.status()).isEqualTo("failed");
    assertThat(result.reason()).contains("AccessDeniedException").contains("kms:Encrypt");
  }

  private ScenarioResult encrypt(String policy, String source) throws Exception {
    Credentials credentials = BenchMain.generatedCredentials("us-east-1");
    Bench.Settings settings = new Bench.Settings(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(500),
        2, 1, false, 10, 10, 15, tmp.resolve("results"), null, Duration.ZERO, Set.of(), policy, source);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Bench bench = new Bench(settings, InProcessTrent.factory(tmp, credentials), LimitHandle.inProcess(tmp),
        credentials, RunInfo.collect(null, "in-process", "key policy test"),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    return bench.run("encrypt");
  }
}
