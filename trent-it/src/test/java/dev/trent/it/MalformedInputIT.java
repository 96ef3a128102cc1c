package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.it.HostileBodies.Expect;
import dev.trent.it.HostileBodies.Hostile;
import dev.trent.protocol.error.ApiException;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.model.StructureShape;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Every operation of the model, fed hostile input over raw HTTP (DESIGN §9: nothing malformed may
 * get a 500). Each answer must be a 4xx with an AWS error body and a request id; an operation Trent
 * does not implement yet must say so, naming the operation, and never pretend to succeed. The
 * server must keep serving afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SharedTrent
class MalformedInputIT {
  private static final ServiceModel MODEL = ServiceModel.kms();
  /** Every __type the wire may carry: the classes of the sealed error hierarchy. */
  private static final Set<String> AWS_ERRORS = Arrays.stream(ApiException.class.getPermittedSubclasses())
      .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> SERVER_FAULTS = Set.of("KMSInternalException", "DependencyTimeoutException");
  /** Operations whose {@link BaseRequests} body is known to be valid. */
  private static final Set<String> VALID_BASES = Set.of("CreateKey", "DescribeKey", "ListKeys",
      "EnableKey", "DisableKey", "UpdateKeyDescription", "ScheduleKeyDeletion", "CancelKeyDeletion",
      "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext",
      "GenerateRandom", "CreateAlias", "UpdateAlias", "DeleteAlias", "ListAliases", "TagResource",
      "UntagResource", "ListResourceTags");
  /** Probed once per operation with an empty object. */
  private static final Map<String, Boolean> IMPLEMENTED = new ConcurrentHashMap<>();

  private static TrentFixture trent;
  private static KmsClient kms;
  private static RawKms raw;
  private static BaseRequests bases;

  @BeforeAll
  static void start() {
    raw = new RawKms(trent.endpoint());
    bases = new BaseRequests(MODEL, kms);
  }

  @Test
  @Order(1)
  void model_hasAll56Operations() {
    assertThat(MODEL.operationNames()).hasSize(56);
  }

  @TestFactory
  @Order(2)
  Stream<DynamicNode> hostileBody_everyOperation_isClientErrorNeverInternal() {
    HostileBodies bodies = new HostileBodies(MODEL);
    return MODEL.operationNames().stream().map(operation -> dynamicContainer(operation,
        // Lazy: each operation's key, alias and ciphertext are made when its turn comes.
        Stream.of(operation).flatMap(op -> {
          boolean implemented = implemented(op);
          ObjectNode base = bases.forOperation(op, implemented);
          // An operation Trent lacks answers before reading the body: one case of each kind per
          // member shows that; the full battery applies as soon as the operation exists.
          List<Hostile> cases = bodies.forOperation(op, base, implemented ? Integer.MAX_VALUE : 1);
          return Stream.concat(
              cases.stream().map(hostile -> dynamicTest(hostile.name(),
                  () -> check(op, hostile, raw.call(op, hostile.body())))),
              Stream.of(dynamicTest("a fresh base request", () -> checkBase(op))));
        })));
  }

  @TestFactory
  @Order(3)
  Stream<DynamicNode> wrongProtocol_everyOperation_isClientError() {
    return MODEL.operationNames().stream().map(operation -> dynamicContainer(operation, Stream.of(
        dynamicTest("GET", () -> assertAwsClientError(
            raw.send("GET", headers(RawKms.JSON_1_1, operation), new byte[0]))),
        dynamicTest("GET with body", () -> assertAwsClientError(
            raw.send("GET", headers(RawKms.JSON_1_1, operation), bytes("{}")))),
        dynamicTest("PUT", () -> assertAwsClientError(
            raw.send("PUT", headers(RawKms.JSON_1_1, operation), bytes("{}")))),
        dynamicTest("DELETE", () -> assertAwsClientError(
            raw.send("DELETE", headers(RawKms.JSON_1_1, operation), new byte[0]))),
        dynamicTest("Content-Type text/plain", () -> assertAwsClientError(
            raw.send("POST", headers("text/plain", operation), bytes("{}")))),
        dynamicTest("Content-Type application/xml", () -> assertAwsClientError(
            raw.send("POST", headers("application/xml", operation), bytes("<x/>")))),
        dynamicTest("Content-Type garbage", () -> assertAwsClientError(
            raw.send("POST", headers(";;;===", operation), bytes("{}")))),
        dynamicTest("no Content-Type", () -> assertAwsClientError(
            raw.send("POST", headers(null, operation), bytes("{}")))))));
  }

  @TestFactory
  @Order(4)
  Stream<DynamicNode> badTarget_isUnknownOperation() {
    Map<String, String> targets = new LinkedHashMap<>();
    targets.put("missing X-Amz-Target", null);
    targets.put("empty", "");
    targets.put("unknown operation", "TrentService.NoSuchOperation");
    targets.put("prefix only", "TrentService.");
    targets.put("another service", "DynamoDB_20120810.Encrypt");
    targets.put("wrong case", "TrentService.encrypt");
    targets.put("no prefix", "Encrypt");
    targets.put("trailing dot", "TrentService.Encrypt.");
    targets.put("long", "TrentService." + "A".repeat(5_000));
    return targets.entrySet().stream().map(t -> dynamicTest(t.getKey(), () -> {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", RawKms.JSON_1_1);
      if (t.getValue() != null) {
        headers.put("X-Amz-Target", t.getValue());
      }
      RawKms.Response response = raw.send("POST", headers, bytes("{}"));
      assertAwsClientError(response);
      assertThat(response.errorType()).as(response.toString()).contains("UnknownOperationException");
    }));
  }

  @Test
  @Order(5)
  void oversizedHeaders_areClientErrorWithRequestId() {
    Map<String, String> headers = headers(RawKms.JSON_1_1, "ListKeys");
    headers.put("X-Padding", "a".repeat(100_000));
    assertAwsClientError(raw.send("POST", headers, bytes("{}")));
    assertAwsClientError(raw.send("POST", Map.of("Content-Type", RawKms.JSON_1_1,
        "X-Amz-Target", "TrentService." + "A".repeat(100_000)), bytes("{}")));
  }

  @Test
  @Order(6)
  void afterHostileInput_serverStillServes() {
    String keyId = kms.createKey(r -> r.description("still alive")).keyMetadata().keyId();
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo("still alive");
  }

  private static void check(String operation, Hostile hostile, RawKms.Response response) {
    String where = operation + " with " + hostile.name() + ": " + response;
    if (hostile.expect() == Expect.TOO_LARGE) {
      assertAwsClientError(where, response);
      assertThat(response.status()).as(where).isEqualTo(413);
      assertThat(response.errorType()).as(where).contains("RequestEntityTooLargeException");
      return;
    }
    if (!implemented(operation)) {
      assertAwsClientError(where, response);
      assertThat(response.status()).as(where).isEqualTo(400);
      assertThat(response.errorType()).as(where).contains("UnsupportedOperationException");
      assertThat(response.message()).as(where).get().asString().contains(operation).contains("not available");
      return;
    }
    switch (hostile.expect()) {
      case SERIALIZATION -> {
        assertAwsClientError(where, response);
        assertThat(response.errorType()).as(where).contains("SerializationException");
      }
      case REJECTED -> assertAwsClientError(where, response);
      case NO_FAULT -> assertSuccessOrClientError(where, response);
      case MAYBE_VALID -> {
        if (hasRequiredMembers(operation)) {
          assertAwsClientError(where, response);
        } else {
          assertSuccessOrClientError(where, response);
        }
      }
      default -> throw new IllegalStateException(hostile.expect().name());
    }
  }

  /** The base request of an operation Trent implements must succeed, or the cases prove little. */
  private static void checkBase(String operation) {
    ObjectNode base = bases.forOperation(operation, implemented(operation));
    RawKms.Response response = raw.call(operation, base.toString());
    String where = operation + " with " + base + ": " + response;
    if (implemented(operation) && VALID_BASES.contains(operation)) {
      assertThat(response.status()).as(where).isEqualTo(200);
    } else {
      assertSuccessOrClientError(where, response);
    }
  }

  private static void assertSuccessOrClientError(String where, RawKms.Response response) {
    if (response.status() != 200) {
      assertAwsClientError(where, response);
      return;
    }
    assertThat(response.header("x-amzn-RequestId")).as(where).isPresent();
    assertThat(response.body().length == 0 || response.json().map(JsonNode::isObject).orElse(false))
        .as(where).isTrue();
  }

  static void assertAwsClientError(RawKms.Response response) {
    assertAwsClientError(response.toString(), response);
  }

  /** A 4xx, x-amzn-RequestId, and a JSON body whose __type is a client error AWS defines. */
  static void assertAwsClientError(String where, RawKms.Response response) {
    assertThat(response.status()).as(where).isBetween(400, 499);
    assertThat(response.header("x-amzn-RequestId")).as("x-amzn-RequestId of " + where)
        .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertThat(response.json()).as("JSON body of " + where)
        .hasValueSatisfying(j -> assertThat(j.isObject()).isTrue());
    assertThat(response.errorType()).as("__type of " + where)
        .hasValueSatisfying(t -> assertThat(t).isIn(AWS_ERRORS).isNotIn(SERVER_FAULTS));
  }

  /** Trent answers UnsupportedOperationException for an operation it lacks, before the body. */
  private static boolean implemented(String operation) {
    return IMPLEMENTED.computeIfAbsent(operation, op -> {
      RawKms.Response probe = raw.call(op, "{}");
      boolean unsupported = probe.errorType().filter("UnsupportedOperationException"::equals).isPresent()
          && probe.message().filter(m -> m.contains("not available")).isPresent();
      return !unsupported;
    });
  }

  private static boolean hasRequiredMembers(String operation) {
    return MODEL.inputShape(operation).map(StructureShape::required).map(r -> !r.isEmpty()).orElse(false);
  }

  private static Map<String, String> headers(String contentType, String operation) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    headers.put("X-Amz-Target", "TrentService." + operation);
    return headers;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
