package dev.trent.core.authz;

import dev.trent.protocol.error.InvalidGrantTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grant tokens: opaque to clients, naming the grant they were issued for. A token confers nothing
 * by itself (the caller must still be the grantee, or may retire the grant); it only lets a new
 * grant be used before every cache has seen it, and identifies the grant for RetireGrant. Every
 * CreateGrant issues a new token, even a retry that returns an existing grant (as AWS).
 *
 * @param keyId the key the grant belongs to
 * @param grantId the grant
 */
public record GrantToken(String keyId, String grantId) {
  private static final String PREFIX = "trent-grant-1:";
  private static final Pattern GRANT_ID = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f-]{36}");

  /** A fresh token for the grant; {@code nonce} makes each issue distinct. */
  public String issue(byte[] nonce) {
    String plain = PREFIX + keyId + ":" + grantId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The error for a token Trent did not issue. AWS documents no message for it; this one is short
   * and in AWS's style.
   */
  public static InvalidGrantTokenException invalid() {
    return new InvalidGrantTokenException("Invalid grant token");
  }

  /** The grant a token names; empty for anything Trent did not issue. */
  public static Optional<GrantToken> read(String token) {
    if (token == null || token.length() > 8192) {
      return Optional.empty();
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!plain.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = plain.substring(PREFIX.length()).split(":", -1);
    if (parts.length != 3 || !KEY_ID.matcher(parts[0]).matches() || !GRANT_ID.matcher(parts[1]).matches()) {
      return Optional.empty();
    }
    return Optional.of(new GrantToken(parts[0], parts[1]));
  }
}
