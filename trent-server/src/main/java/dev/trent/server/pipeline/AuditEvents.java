package dev.trent.server.pipeline;

import dev.trent.audit.AuditEvent;
import dev.trent.audit.UserIdentity;
import dev.trent.auth.RequestView;
import java.util.Optional;
import java.util.Set;

/** Turns what the pipeline learned about a call into its CloudTrail record. */
final class AuditEvents {
  private static final int MAX_USER_AGENT = 1024;
  private static final int MAX_EVENT_NAME = 128;
  /** Calls that change nothing: AWS marks them {@code readOnly} (cryptographic operations included). */
  private static final Set<String> READ_ONLY = Set.of(
      "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext",
      "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateRandom", "Sign", "Verify",
      "GenerateMac", "VerifyMac", "DeriveSharedSecret", "Encapsulate", "Decapsulate");

  private AuditEvents() {}

  static AuditEvent of(CallTrace trace, RequestView request, String sourceIp) {
    Optional<ClaimedCredential> claimed = trace.caller == null ? ClaimedCredential.of(request) : Optional.empty();
    UserIdentity identity = trace.caller != null
        ? UserIdentity.of(trace.caller.principalArn(), trace.caller.accountId(), trace.caller.accessKeyId())
        : UserIdentity.unauthenticated(claimed.map(ClaimedCredential::accessKeyId).orElse(null));
    String account = trace.caller == null ? null : trace.caller.accountId();
    String region = trace.caller != null ? trace.caller.region() : claimed.map(ClaimedCredential::region).orElse(null);
    String name = eventName(trace.eventName);
    return new AuditEvent(
        AuditEvent.EVENT_VERSION,
        identity,
        EventTime.of(trace.received),
        AuditEvent.EVENT_SOURCE,
        name,
        region,
        sourceIp,
        userAgent(request),
        trace.error == null ? null : trace.error.errorCode(),
        trace.error == null ? null : trace.error.getMessage(),
        RequestParameters.of(name, trace.input),
        trace.error == null ? ResponseElements.of(name, trace.output) : null,
        trace.requestId,
        trace.eventId,
        READ_ONLY.contains(name) || name.startsWith("Describe") || name.startsWith("List") || name.startsWith("Get"),
        TouchedKeys.of(trace.input, trace.error == null ? trace.output : null, account, region),
        "AwsApiCall",
        true,
        account,
        "Management");
  }

  /**
   * Whether the record of a successful {@code operation} logs from its response more than the keys
   * it names ({@link TouchedKeys#RESPONSE_MEMBERS}); only then is the whole response read back.
   */
  static boolean readsWholeResponse(String operation) {
    return ResponseElements.logsResponse(operation);
  }

  static String eventName(String name) {
    // The target is the caller's text: only an operation-like name is worth recording as one.
    if (name == null || name.isEmpty() || name.length() > MAX_EVENT_NAME) {
      return "Unknown";
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isLetterOrDigit(name.charAt(i))) {
        return "Unknown";
      }
    }
    return name;
  }

  private static String userAgent(RequestView request) {
    String agent = request.firstHeader("user-agent").orElse(null);
    return agent == null || agent.length() <= MAX_USER_AGENT ? agent : agent.substring(0, MAX_USER_AGENT);
  }
}
