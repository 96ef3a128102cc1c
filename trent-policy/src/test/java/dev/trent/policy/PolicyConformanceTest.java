package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy conformance suite: table-driven cases from {@code conformance/*.json}, each a policy
 * with requests and the verdict AWS gives them, and {@code malformed.json}, documents AWS refuses
 * with the message it refuses them with. The format is described in {@code conformance/README.md}.
 */
class PolicyConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SUITES = List.of(
      "basics", "principals", "strings", "numeric-date", "bool-binary-null", "ip-arn", "sets", "variables",
      "kms-keys", "identity-trust");
  static final String ACCOUNT = "111122223333";
  static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  record EvaluationCase(String name, Policy policy, PolicyRequest request, String expect, String sid) {}

  record ParseErrorCase(String kind, String document, String message) {}

  static Stream<Named<EvaluationCase>> evaluationCases() {
    List<Named<EvaluationCase>> cases = new ArrayList<>();
    for (String suite : SUITES) {
      JsonNode groups = read("conformance/" + suite + ".json");
      for (JsonNode group : groups) {
        Policy policy = parse(group.path("kind").asText("resource"), document(group));
        for (JsonNode c : group.get("cases")) {
          String name = suite + ": " + group.get("name").asText() + " / " + c.get("name").asText();
          PolicyRequest request = new PolicyRequest(principal(c.path("principal").asText("user:" + ACCOUNT + ":alice")),
              c.path("action").asText("kms:Encrypt"), c.path("resource").asText(KEY_ARN), context(c.path("context")));
          cases.add(Named.of(name, new EvaluationCase(name, policy, request, c.get("expect").asText(),
              c.has("sid") ? c.get("sid").asText() : null)));
        }
      }
    }
    return cases.stream();
  }

  static Stream<Named<ParseErrorCase>> parseErrorCases() {
    List<Named<ParseErrorCase>> cases = new ArrayList<>();
    for (JsonNode c : read("conformance/malformed.json")) {
      JsonNode raw = c.has("raw") ? c.get("raw") : null;
      String document = raw != null ? raw.asText() : document(c);
      cases.add(Named.of(c.get("name").asText(),
          new ParseErrorCase(c.path("kind").asText("resource"), document, c.get("message").asText())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluationCases")
  void evaluation_givesAwsVerdict(EvaluationCase c) {
    PolicyVerdict verdict = c.policy().evaluate(c.request());
    switch (c.expect()) {
      case "ALLOW" -> assertThat(verdict).as(c.name()).extracting(PolicyVerdict::outcome, PolicyVerdict::viaAccountDelegation)
          .containsExactly(PolicyVerdict.Outcome.ALLOW, false);
      case "ALLOW_VIA_ACCOUNT" -> assertThat(verdict).as(c.name()).extracting(PolicyVerdict::outcome, PolicyVerdict::viaAccountDelegation)
          .containsExactly(PolicyVerdict.Outcome.ALLOW, true);
      case "DENY" -> assertThat(verdict.outcome()).as(c.name()).isEqualTo(PolicyVerdict.Outcome.EXPLICIT_DENY);
      case "NOT_APPLICABLE" -> assertThat(verdict).as(c.name()).isEqualTo(PolicyVerdict.NOT_APPLICABLE);
      default -> throw new IllegalArgumentException("unknown expectation " + c.expect());
    }
    if (c.sid() != null) {
      assertThat(verdict.statementSid()).as(c.name()).isEqualTo(c.sid());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parseErrorCases")
  void malformedDocument_isRefusedWithAwsMessage(ParseErrorCase c) {
    assertThatThrownBy(() -> parse(c.kind(), c.document()))
        .isInstanceOf(MalformedPolicyException.class)
        .hasMessage(c.message());
  }

  static Policy parse(String kind, String document) {
    return switch (kind) {
      case "resource" -> Policy.parseResourcePolicy(document);
      case "identity" -> Policy.parseIdentityPolicy(document);
      case "trust" -> Policy.parseTrustPolicy(document);
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  /** The group's "policy" as text, or its "statements" wrapped in a 2012-10-17 document. */
  static String document(JsonNode group) {
    if (group.has("policy")) {
      JsonNode policy = group.get("policy");
      return policy.isTextual() ? policy.asText() : policy.toString();
    }
    ObjectNode document = JSON.createObjectNode();
    document.put("Version", "2012-10-17");
    JsonNode statements = group.get("statements");
    document.set("Statement", statements.isArray() ? (ArrayNode) statements : JSON.createArrayNode().add(statements));
    return document.toString();
  }

  /**
   * Principals in short form: {@code root:<acct>}, {@code user:<acct>:<path/name>}, {@code
   * session:<acct>:<role path/name>:<session>}, {@code service:<name>}, {@code anonymous}.
   */
  static PolicyPrincipal principal(String shorthand) {
    String[] parts = shorthand.split(":");
    return switch (parts[0]) {
      case "anonymous" -> null;
      case "root" -> PolicyPrincipal.accountRoot("aws", parts[1]);
      case "user" -> new PolicyPrincipal("arn:aws:iam::" + parts[1] + ":user/" + parts[2], parts[1], null);
      case "session" -> {
        String role = parts[2];
        String roleName = role.substring(role.lastIndexOf('/') + 1);
        yield new PolicyPrincipal("arn:aws:sts::" + parts[1] + ":assumed-role/" + roleName + "/" + parts[3], parts[1],
            "arn:aws:iam::" + parts[1] + ":role/" + role);
      }
      case "federated" -> new PolicyPrincipal("arn:aws:sts::" + parts[1] + ":federated-user/" + parts[2], parts[1], null);
      case "service" -> new PolicyPrincipal(shorthand.substring("service:".length()), ACCOUNT, null);
      default -> throw new IllegalArgumentException("unknown principal " + shorthand);
    };
  }

  static ConditionContext context(JsonNode node) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      List<String> list = new ArrayList<>();
      if (entry.getValue().isArray()) {
        entry.getValue().forEach(v -> list.add(v.asText()));
      } else {
        list.add(entry.getValue().asText());
      }
      values.put(entry.getKey(), list);
    }
    return ConditionContext.of(values);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = PolicyConformanceTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
