package dev.trent.auth;

import dev.trent.crypto.SecretBytes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs KMS calls the way the AWS SDK for Java v2 does and turns them into {@link RequestView}s;
 * also the key, credential and STRICT verifier the SDK tests share.
 */
final class SdkSigner {
  static final Instant SIGNED_AT = Instant.parse("2026-11-28T10:15:30Z");
  static final String BODY = "{\"KeyId\":\"alias/app\",\"Plaintext\":\"aGVsbG8=\"}";
  static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final Credential ALICE =
      new Credential(
          KEY_ID,
          SecretBytes.copyOf(SECRET.getBytes(StandardCharsets.UTF_8)),
          "123456789012",
          "arn:aws:iam::123456789012:user/alice");

  private SdkSigner() {}

  /** A STRICT verifier for service kms that knows only {@link #ALICE}, with its clock at now. */
  static SigV4Verifier verifierAt(Instant now) {
    return new SigV4Verifier(
        AuthMode.STRICT,
        id -> id.equals(KEY_ID) ? Optional.of(ALICE) : Optional.empty(),
        Clock.fixed(now, ZoneOffset.UTC),
        Set.of("kms"));
  }

  /** A KMS Encrypt call: POST / with an x-amz-json-1.1 body, signed by AwsV4HttpSigner. */
  static RequestView encrypt(String accessKeyId, String secret, String service, String region) {
    return sign(accessKeyId, secret, service, region, r -> r);
  }

  /** As {@link #encrypt}, with {@code extra} signer properties. */
  static RequestView sign(
      String accessKeyId,
      String secret,
      String service,
      String region,
      UnaryOperator<SignRequest.Builder<AwsCredentialsIdentity>> extra) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("https://kms." + region + ".amazonaws.com/"))
            .putHeader("Content-Type", "application/x-amz-json-1.1")
            .putHeader("X-Amz-Target", "TrentService.Encrypt")
            .build();
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    Clock signingClock = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    extra.apply(
                        r.identity(AwsBasicCredentials.create(accessKeyId, secret))
                            .request(request)
                            .payload(ContentStreamProvider.fromByteArray(body))
                            .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                            .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                            .putProperty(HttpSigner.SIGNING_CLOCK, signingClock)));
    return view(signed.request(), body);
  }

  static RequestView withHeader(RequestView request, String name, String value) {
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    headers.put(name.toLowerCase(Locale.ROOT), List.of(value));
    return withHeaders(request, headers);
  }

  static RequestView withoutHeader(RequestView request, String name) {
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    headers.remove(name.toLowerCase(Locale.ROOT));
    return withHeaders(request, headers);
  }

  private static RequestView withHeaders(RequestView request, Map<String, List<String>> headers) {
    return new RequestView(
        request.method(), request.path(), request.rawQuery(), headers, request.body());
  }

  /** What the server sees; the SDK signer sets Host itself, the fallback is for safety. */
  private static RequestView view(SdkHttpRequest request, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    if (request.firstMatchingHeader("Host").isEmpty()) {
      headers.put("Host", List.of(request.host()));
    }
    URI uri = request.getUri();
    return new RequestView(
        request.method().name(), uri.getRawPath(), uri.getRawQuery(), headers, body);
  }
}
