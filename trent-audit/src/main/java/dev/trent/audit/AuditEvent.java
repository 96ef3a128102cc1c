package dev.trent.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One API call as AWS KMS logs it to CloudTrail: the members and names of a CloudTrail record
 * (event version 1.11). {@code requestParameters} and {@code responseElements} are built by the
 * caller from allow-lists; they never hold plaintext, ciphertext, key material or secrets.
 *
 * <p>{@code errorCode}/{@code errorMessage} are left out on success; {@code requestParameters} and
 * {@code responseElements} are written as {@code null} when absent, as AWS does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"eventVersion", "userIdentity", "eventTime", "eventSource", "eventName",
    "awsRegion", "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestParameters",
    "responseElements", "requestID", "eventID", "readOnly", "resources", "eventType",
    "managementEvent", "recipientAccountId", "eventCategory"})
public record AuditEvent(
    @JsonProperty("eventVersion") String eventVersion,
    @JsonProperty("userIdentity") UserIdentity userIdentity,
    @JsonProperty("eventTime") String eventTime,
    @JsonProperty("eventSource") String eventSource,
    @JsonProperty("eventName") String eventName,
    @JsonProperty("awsRegion") String awsRegion,
    @JsonProperty("sourceIPAddress") String sourceIPAddress,
    @JsonProperty("userAgent") String userAgent,
    @JsonProperty("errorCode") String errorCode,
    @JsonProperty("errorMessage") String errorMessage,
    @JsonProperty("requestParameters") @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode requestParameters,
    @JsonProperty("responseElements") @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode responseElements,
    @JsonProperty("requestID") String requestID,
    @JsonProperty("eventID") String eventID,
    @JsonProperty("readOnly") boolean readOnly,
    @JsonProperty("resources") List<AuditResource> resources,
    @JsonProperty("eventType") String eventType,
    @JsonProperty("managementEvent") boolean managementEvent,
    @JsonProperty("recipientAccountId") String recipientAccountId,
    @JsonProperty("eventCategory") String eventCategory) {

  public static final String EVENT_VERSION = "1.11";
  public static final String EVENT_SOURCE = "kms.amazonaws.com";

  public AuditEvent {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(eventID, "eventID");
    Objects.requireNonNull(eventTime, "eventTime");
    resources = resources == null ? null : List.copyOf(resources);
  }
}
