package dev.trent.auth;

import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  public Caller {
    requireAccountId(accountId);
    requireText(principalArn, "principalArn");
    requireText(accessKeyId, "accessKeyId");
    requireText(region, "region");
  }

  static boolean isAccountId(String value) {
    return value != null && ACCOUNT_ID.matcher(value).matches();
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
