package dev.trent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Raw AWS JSON 1.1 calls over {@link HttpClient}, signed with the AWS SDK's own SigV4 signer, for
 * tests that must send what no SDK would: broken bodies, wrong methods, odd headers. Every request
 * is signed exactly as sent, so it passes strict authentication too. Thread-safe.
 */
final class RawKms {
  static final String JSON_1_1 = "application/x-amz-json-1.1";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Set by HttpClient itself; java.net.http refuses them as request headers. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

  private final URI endpoint;
  private final String accessKeyId;
  private final String secret;
  private final String region;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  RawKms(URI endpoint) {
    this(endpoint, "AKIDEXAMPLE", "secret", TrentFixture.REGION);
  }

  RawKms(URI endpoint, String accessKeyId, String secret, String region) {
    this.endpoint = endpoint;
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.region = region;
  }

  /** What came back; {@link #json()} is empty when the body is not JSON. */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    Optional<JsonNode> json() {
      try {
        return Optional.ofNullable(JSON.readTree(body));
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    /** The AWS error code, {@code __type}, or empty for a body that is not an error. */
    Optional<String> errorType() {
      return json().map(j -> j.path("__type")).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    Optional<String> message() {
      return json().map(j -> j.path("message")).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    String text() {
      String all = new String(body, StandardCharsets.UTF_8);
      return all.length() > 300 ? all.substring(0, 300) + "..." : all;
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }

  /** The request signed as the AWS SDK signs it; the signer adds Host and X-Amz-Date. */
  private SdkHttpRequest sign(String method, Map<String, String> headers, byte[] body) {
    SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(method))
        .uri(endpoint.resolve("/"));
    headers.forEach(unsigned::putHeader);
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsBasicCredentials.create(accessKeyId, secret))
        .request(unsigned.build())
        .payload(ContentStreamProvider.fromByteArray(body))
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "kms")
        .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    return signed.request();
  }

  /** {@code POST /} to {@code TrentService.<operation>} with {@code body}. */
  Response call(String operation, String body) {
    return call(operation, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The bytes of a signed HTTP/1.1 {@code POST /} to {@code operation} (keep-alive, as HTTP/1.1
   * has it by default), for tests that drive sockets themselves.
   */
  byte[] httpRequest(String operation, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", JSON_1_1);
    headers.put("X-Amz-Target", "TrentService." + operation);
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
    sign("POST", headers, content).headers().forEach((name, values) ->
        values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(start, start.length + content.length);
    System.arraycopy(content, 0, all, start.length, content.length);
    return all;
  }

  Response call(String operation, byte[] body) {
    return send("POST", Map.of("Content-Type", JSON_1_1, "X-Amz-Target", "TrentService." + operation),
        body);
  }

  /** Any method, any headers (besides the signature's), any body; signed as sent. */
  Response send(String method, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .timeout(Duration.ofSeconds(30))
        .method(method, body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    sign(method, headers, body).headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), new LinkedHashMap<>(response.headers().map()),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + headers + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
