package dev.trent.auth;

import dev.trent.crypto.HmacSha256;
import dev.trent.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derived SigV4 signing keys, so a busy client costs one HMAC per request instead of five.
 *
 * <p>A key is valid for one access key, date, region and service. Each entry remembers a digest of
 * the secret it came from, so a secret replaced under the same access key id is never served a
 * stale key. The cache is bounded: when full it is simply emptied (keys roll over daily anyway).
 * Thread-safe. Keys are held only as keyed MAC state, never as bytes, and never logged.
 */
final class SigningKeyCache {
  private static final int MAX_ENTRIES = 4096;

  private record Scope(String accessKeyId, String date, String region, String service) {}

  private record Entry(byte[] secretDigest, HmacSha256.Keyed signingKey) {}

  private final ConcurrentHashMap<Scope, Entry> entries = new ConcurrentHashMap<>();

  /** The signing key for {@code credential} in {@code scope}, keyed for HMAC-SHA-256. */
  HmacSha256.Keyed signingKey(Credential credential, CredentialScope scope) {
    Scope key = new Scope(credential.accessKeyId(), scope.date(), scope.region(), scope.service());
    byte[] secret = credential.secret().toByteArray();
    try {
      byte[] secretDigest = Sha256.digest(secret);
      Entry entry = entries.get(key);
      if (entry == null || !HmacSha256.constantTimeEquals(entry.secretDigest(), secretDigest)) {
        byte[] derived = derive(secret, scope);
        try {
          entry = new Entry(secretDigest, HmacSha256.keyed(derived));
        } finally {
          Arrays.fill(derived, (byte) 0);
        }
        if (entries.size() >= MAX_ENTRIES) {
          entries.clear();
        }
        entries.put(key, entry);
      }
      return entry.signingKey();
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
  private static byte[] derive(byte[] secret, CredentialScope scope) {
    byte[] prefix = "AWS4".getBytes(StandardCharsets.US_ASCII);
    byte[] key = Arrays.copyOf(prefix, prefix.length + secret.length);
    System.arraycopy(secret, 0, key, prefix.length, secret.length);
    for (String part :
        new String[] {scope.date(), scope.region(), scope.service(), CredentialScope.TERMINATOR}) {
      byte[] next = HmacSha256.compute(key, part.getBytes(StandardCharsets.UTF_8));
      Arrays.fill(key, (byte) 0);
      key = next;
    }
    return key;
  }
}
