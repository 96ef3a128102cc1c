package dev.trent.auth;

import java.util.Objects;

/**
 * Who sent an authenticated request, as far as its signature proves it.
 *
 * @param accountId the caller's 12-digit account
 * @param principalArn the calling principal, e.g. {@code arn:aws:iam::111122223333:root}
 * @param accessKeyId the access key that signed the request
 * @param region the region named in the request's credential scope; it selects the namespace of
 *     keys the request works on
 */
public record Caller(String accountId, String principalArn, String accessKeyId, String region) {
  public Caller {
    requireAccountId(accountId);
    requireText(principalArn, "principalArn");
    requireText(accessKeyId, "accessKeyId");
    requireText(region, "region");
  }

  /** Twelve ASCII digits (checked on every request, hence no regex). */
  static boolean isAccountId(String value) {
    if (value == null || value.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static void requireAccountId(String accountId) {
    if (!isAccountId(accountId)) {
      throw new IllegalArgumentException("accountId must be 12 digits: " + accountId);
    }
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
