package dev.trent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A {@code POST /} signed by the AWS SDK's own SigV4 signer with whatever scope and time a test
 * asks for (another service, a bad region, a clock minutes off), sent as is: requests no SDK client
 * would send, for the authentication errors.
 */
final class SignedCall {
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");
  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private SignedCall() {}

  record Response(int status, String body) {
    /** The query protocol's {@code <Code>}. */
    String code() {
      Matcher m = CODE.matcher(body);
      return m.find() ? m.group(1) : null;
    }

    /** The query protocol's {@code <Message>}, unescaped for the few entities AWS uses. */
    String message() {
      Matcher m = MESSAGE.matcher(body);
      return m.find() ? m.group(1).replace("&apos;", "'").replace("&quot;", "\"")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : null;
    }
  }

  /** An IAM or STS query call: {@code Action=...&Version=...}, form-encoded. */
  static Response query(URI endpoint, AwsCredentialsIdentity identity, String service,
      String region, Instant signedAt, String form) {
    return send(endpoint, identity, service, region, signedAt,
        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), form);
  }

  /** A KMS JSON call to {@code TrentService.<operation>}. */
  static Response kms(URI endpoint, AwsCredentialsIdentity identity, String service,
      String region, Instant signedAt, String operation, String json) {
    return send(endpoint, identity, service, region, signedAt,
        Map.of("Content-Type", "application/x-amz-json-1.1",
            "X-Amz-Target", "TrentService." + operation), json);
  }

  private static Response send(URI endpoint, AwsCredentialsIdentity identity, String service,
      String region, Instant signedAt, Map<String, String> headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(endpoint.resolve("/"));
    headers.forEach(unsigned::putHeader);
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(identity)
        .request(unsigned.build())
        .payload(ContentStreamProvider.fromByteArray(bytes))
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
        .request();
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    signed.headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
