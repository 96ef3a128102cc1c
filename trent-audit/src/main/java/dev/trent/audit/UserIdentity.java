package dev.trent.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * CloudTrail's {@code userIdentity}: who made the call, as far as it is known. An unauthenticated
 * call has type {@code Unknown} and at most the access key id it claimed.
 *
 * @param type {@code Root}, {@code IAMUser}, {@code AssumedRole} or {@code Unknown}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserIdentity(
    String type, String principalId, String arn, String accountId, String accessKeyId) {

  /** The identity of an authenticated principal, typed from the shape of its ARN. */
  public static UserIdentity of(String principalArn, String accountId, String accessKeyId) {
    String type = "Unknown";
    String principalId = accountId;
    if (principalArn.endsWith(":root")) {
      type = "Root";
    } else if (principalArn.contains(":user/")) {
      type = "IAMUser";
      principalId = accessKeyId;
    } else if (principalArn.contains(":assumed-role/")) {
      type = "AssumedRole";
      // AWS: <role id>:<session name>; Trent has no role ids, the session name is what is known.
      principalId = accessKeyId + ":" + principalArn.substring(principalArn.lastIndexOf('/') + 1);
    }
    return new UserIdentity(type, principalId, principalArn, accountId, accessKeyId);
  }

  /** A caller whose signature was not accepted: only what it claimed, never trusted. */
  public static UserIdentity unauthenticated(String claimedAccessKeyId) {
    return new UserIdentity("Unknown", null, null, null, claimedAccessKeyId);
  }
}
