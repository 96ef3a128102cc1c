package dev.trent.server.query;

import dev.trent.core.iam.SecurityTokens;
import java.util.Map;

/** The STS actions Trent serves, in the shapes of the STS API reference. */
final class StsActions {
  private final SecurityTokens tokens;

  StsActions(SecurityTokens tokens) {
    this.tokens = tokens;
  }

  Map<String, QueryAction> actions() {
    return Map.of(
        "GetCallerIdentity", (c, p, out) -> {
          SecurityTokens.CallerIdentity who = tokens.callerIdentity(c);
          return new Xml().element("Arn", who.arn()).element("UserId", who.userId())
              .element("Account", who.account());
        },
        "AssumeRole", (c, p, out) -> {
          SecurityTokens.AssumedRole assumed = tokens.assumeRole(c, p.get("RoleArn"),
              p.get("RoleSessionName"), p.integer("DurationSeconds"));
          // CloudTrail records the session's key id and expiry; its secret and token never.
          out.putObject("credentials")
              .put("accessKeyId", assumed.credentials().accessKeyId())
              .put("expiration", Xml.timestamp(assumed.credentials().expiration()));
          out.putObject("assumedRoleUser").put("assumedRoleId", assumed.assumedRoleId())
              .put("arn", assumed.assumedRoleArn());
          return new Xml().open("Credentials")
              .element("AccessKeyId", assumed.credentials().accessKeyId())
              .element("SecretAccessKey", assumed.credentials().secretAccessKey())
              .element("SessionToken", assumed.credentials().sessionToken())
              .element("Expiration", assumed.credentials().expiration())
              .close("Credentials")
              .open("AssumedRoleUser")
              .element("AssumedRoleId", assumed.assumedRoleId())
              .element("Arn", assumed.assumedRoleArn())
              .close("AssumedRoleUser");
        });
  }
}
