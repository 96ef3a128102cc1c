package dev.trent.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.crypto.Mac;

/**
 * Turns a {@link Call} into the bytes of a complete HTTP/1.1 request signed with AWS Signature
 * Version 4 (header form, service {@code kms}), exactly as an AWS SDK signs a KMS JSON call:
 * signed headers {@code content-type;host;x-amz-date;x-amz-target} and the payload hash.
 *
 * <p>Signing is per request at the current second, so every request is valid whatever the run's
 * length; the derived signing key is cached per day and a constant call's bytes per second, so a
 * signer costs the generator about one SHA-256 of the canonical request and one HMAC per second
 * and call, and a few microseconds for a call made per request. One instance per thread.
 */
public final class SigV4Signer {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  static final String TARGET_PREFIX = "TrentService.";
  private static final String SIGNED_HEADERS = "content-type;host;x-amz-date;x-amz-target";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Credentials credentials;
  private final Endpoint endpoint;
  private final Mac mac = Hashing.newHmac();
  private final MessageDigest sha256 = Hashing.newSha256();
  private final Map<Call, Signed> constantCache = new IdentityHashMap<>();

  private long second = Long.MIN_VALUE;
  private String amzDate;
  private String day;
  private byte[] signingKey;
  private String signingKeyDay;

  private record Signed(long second, byte[] bytes) {}

  public SigV4Signer(Credentials credentials, Endpoint endpoint) {
    this.credentials = credentials;
    this.endpoint = endpoint;
  }

  /** The signed request, as of now. */
  public byte[] sign(Call call) {
    return sign(call, System.currentTimeMillis());
  }

  public byte[] sign(Call call, long epochMillis) {
    long s = Math.floorDiv(epochMillis, 1000);
    if (call.constant()) {
      Signed cached = constantCache.get(call);
      if (cached != null && cached.second() == s) {
        return cached.bytes();
      }
      byte[] bytes = signNow(call, s);
      if (constantCache.size() > 64) {
        constantCache.clear();
      }
      constantCache.put(call, new Signed(s, bytes));
      return bytes;
    }
    return signNow(call, s);
  }

  private byte[] signNow(Call call, long epochSecond) {
    setTime(epochSecond);
    String target = TARGET_PREFIX + call.operation();
    String canonical = "POST\n" + endpoint.path() + "\n\n"
        + "content-type:" + CONTENT_TYPE + "\n"
        + "host:" + endpoint.hostHeader() + "\n"
        + "x-amz-date:" + amzDate + "\n"
        + "x-amz-target:" + target + "\n\n"
        + SIGNED_HEADERS + "\n"
        + call.bodySha256();
    String scope = day + "/" + credentials.region() + "/kms/aws4_request";
    String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
        + Hashing.hex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    String signature = Hashing.hex(Hashing.hmac(mac, signingKey(), stringToSign.getBytes(StandardCharsets.UTF_8)));
    String head = "POST " + endpoint.path() + " HTTP/1.1\r\n"
        + "Host: " + endpoint.hostHeader() + "\r\n"
        + "Content-Type: " + CONTENT_TYPE + "\r\n"
        + "X-Amz-Target: " + target + "\r\n"
        + "X-Amz-Date: " + amzDate + "\r\n"
        + "Authorization: AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope
        + ", SignedHeaders=" + SIGNED_HEADERS + ", Signature=" + signature + "\r\n"
        + "Content-Length: " + call.body().length + "\r\n"
        + "\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + call.body().length);
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(call.body());
    return out.toByteArray();
  }

  private void setTime(long epochSecond) {
    if (epochSecond != second) {
      second = epochSecond;
      amzDate = AMZ_DATE.format(Instant.ofEpochSecond(epochSecond));
      day = amzDate.substring(0, 8);
    }
  }

  /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), "kms"), "aws4_request"). */
  private byte[] signingKey() {
    if (!day.equals(signingKeyDay)) {
      byte[] key = ("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8);
      for (String part : new String[] {day, credentials.region(), "kms", "aws4_request"}) {
        key = Hashing.hmac(mac, key, part.getBytes(StandardCharsets.UTF_8));
      }
      signingKey = key;
      signingKeyDay = day;
    }
    return signingKey;
  }
}
