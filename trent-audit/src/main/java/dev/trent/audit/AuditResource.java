package dev.trent.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of CloudTrail's {@code resources}: a KMS key the call touched. */
public record AuditResource(
    @JsonProperty("accountId") String accountId,
    @JsonProperty("type") String type,
    @JsonProperty("ARN") String arn) {

  public static AuditResource key(String accountId, String arn) {
    return new AuditResource(accountId, "AWS::KMS::Key", arn);
  }
}
