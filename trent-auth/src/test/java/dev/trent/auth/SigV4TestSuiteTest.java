package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Sha256;
import dev.trent.protocol.error.InvalidSignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vectors of AWS's SigV4 test suite (docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite,
 * as carried by the AWS SDKs' signer tests): request, signed headers and the expected signature.
 */
class SigV4TestSuiteTest {
  private static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final Clock SUITE_TIME =
      Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
  private static final String STS_TOKEN =
      "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwA"
          + "eMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8p"
          + "hUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT"
          + "38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabI"
          + "Qwj2ICCR/oLxBA==";

  /**
   * A STRICT verifier knowing the suite's key; for the vector that carries a session token, as the
   * temporary credential that token belongs to (a long-term key presented with a token is refused).
   */
  private static SigV4Verifier verifierFor(Vector vector) {
    boolean withToken = vector.request().build().firstHeader("X-Amz-Security-Token").isPresent();
    SessionToken session = withToken
        ? new SessionToken(Sha256.digest(STS_TOKEN.getBytes(StandardCharsets.UTF_8)),
            Instant.parse("2015-08-30T13:36:00Z"))
        : null;
    Credential suite = new Credential(ACCESS_KEY_ID,
        SecretBytes.copyOf(SECRET.getBytes(StandardCharsets.UTF_8)), "123456789012",
        "arn:aws:iam::123456789012:user/suite", session);
    return new SigV4Verifier(AuthMode.STRICT,
        id -> id.equals(ACCESS_KEY_ID) ? Optional.of(suite) : Optional.empty(),
        SUITE_TIME, Set.of("service"));
  }

  record Vector(String name, TestRequest request, String signedHeaders, String signature) {
    RequestView signedWith(String signature) {
      return request
          .header(
              "Authorization",
              "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                  + " SignedHeaders=" + signedHeaders + ", Signature=" + signature)
          .build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> vectors() {
    return Stream.of(
        get("get-vanilla", "/",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        // normalize-path cases: their canonical request is get-vanilla's, so is their signature
        get("get-relative-relative", "/example1/example2/../..",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        get("get-slash-dot-slash", "/./",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        get("get-vanilla-query-order-key-case", "/?Param2=value2&Param1=value1",
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        get("get-vanilla-query-unreserved", "/?" + UNRESERVED + "=" + UNRESERVED,
            "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"),
        get("get-vanilla-utf8-query", "/?\u1234=bar",
            "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
        get("get-utf8", "/\u1234",
            "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"),
        get("get-unreserved", "/" + UNRESERVED,
            "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
        new Vector("get-header-key-duplicate",
            base("GET", "/").header("My-Header1", "value2").header("My-Header1", "value2")
                .header("My-Header1", "value1"),
            "host;my-header1;x-amz-date",
            "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
        new Vector("get-header-value-order",
            base("GET", "/").header("My-Header1", "value4").header("My-Header1", "value1")
                .header("My-Header1", "value3").header("My-Header1", "value2"),
            "host;my-header1;x-amz-date",
            "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"),
        new Vector("get-header-value-trim",
            base("GET", "/").header("My-Header1", " value1").header("My-Header2", " \"a   b   c\""),
            "host;my-header1;my-header2;x-amz-date",
            "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
        post("post-vanilla", "/",
            "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        post("post-vanilla-query", "/?Param1=value1",
            "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"),
        post("post-vanilla-query-nonunreserved", "/?@#$%^&+=/,?><`\";:\\|][{}",
            "66c82657c86e26fb25238d0e69f011edc4c6df5ae71119d7cb98ed9b87393c1e"),
        new Vector("post-header-key-sort", base("POST", "/").header("My-Header1", "value1"),
            "host;my-header1;x-amz-date",
            "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"),
        new Vector("post-header-value-case", base("POST", "/").header("My-Header1", "VALUE1"),
            "host;my-header1;x-amz-date",
            "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"),
        new Vector("post-sts-header-before",
            base("POST", "/").header("X-Amz-Security-Token", STS_TOKEN),
            "host;x-amz-date;x-amz-security-token",
            "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"),
        new Vector("post-x-www-form-urlencoded",
            base("POST", "/").header("Content-Type", "application/x-www-form-urlencoded")
                .body("Param1=value1"),
            "content-type;host;x-amz-date",
            "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
        new Vector("post-x-www-form-urlencoded-parameters",
            base("POST", "/")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf8")
                .body("Param1=value1"),
            "content-type;host;x-amz-date",
            "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void suiteVector_verifies(Vector vector) {
    Caller caller = verifierFor(vector).authenticate(vector.signedWith(vector.signature()));

    assertThat(caller)
        .isEqualTo(
            new Caller(
                "123456789012",
                "arn:aws:iam::123456789012:user/suite",
                ACCESS_KEY_ID,
                "us-east-1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void suiteVectorWithOneSignatureDigitChanged_isRejected(Vector vector) {
    String signature = vector.signature();
    String altered =
        signature.substring(0, signature.length() - 1) + (signature.endsWith("0") ? "1" : "0");

    assertThatThrownBy(() -> verifierFor(vector).authenticate(vector.signedWith(altered)))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
  }

  private static final String UNRESERVED =
      "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private static TestRequest base(String method, String target) {
    return TestRequest.of(method, target)
        .header("Host", "example.amazonaws.com")
        .header("X-Amz-Date", "20150830T123600Z");
  }

  private static Vector get(String name, String target, String signature) {
    return new Vector(name, base("GET", target), "host;x-amz-date", signature);
  }

  private static Vector post(String name, String target, String signature) {
    return new Vector(name, base("POST", target), "host;x-amz-date", signature);
  }
}
