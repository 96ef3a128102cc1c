package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * CloudTrail's {@code responseElements}, as AWS KMS logs them: {@code null} for cryptographic and
 * read operations; the key's metadata for CreateKey; the deletion schedule for
 * ScheduleKeyDeletion; the key ARN for CancelKeyDeletion. Dates are written as AWS writes them
 * there ({@code Dec 4, 2020, 12:00:00 AM}, UTC).
 */
final class ResponseElements {
  private static final DateTimeFormatter AWS_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
  private static final Set<String> WHOLE_RESPONSE = Set.of("ScheduleKeyDeletion", "CancelKeyDeletion");
  /** Members of those responses and of KeyMetadata that are logged; none is secret. */
  private static final Set<String> LOGGED = Set.of(
      "KeyMetadata", "KeyId", "DeletionDate", "KeyState", "PendingWindowInDays", "AWSAccountId", "Arn",
      "CreationDate", "Enabled", "Description", "KeyUsage", "ValidTo", "Origin", "KeyManager",
      "CustomerMasterKeySpec", "KeySpec", "EncryptionAlgorithms", "SigningAlgorithms", "MacAlgorithms",
      "KeyAgreementAlgorithms", "EncapsulationAlgorithms", "MultiRegion", "PendingDeletionWindowInDays",
      "CurrentKeyMaterialId", "CustomKeyStoreId", "MultiRegionConfiguration");

  private ResponseElements() {}

  static JsonNode of(String operation, JsonNode output) {
    if (output == null || !output.isObject()) {
      return null;
    }
    if (logsResponse(operation)) {
      return copy(output);
    }
    return null;
  }

  /** Whether AWS logs anything of {@code operation}'s response. */
  static boolean logsResponse(String operation) {
    return "CreateKey".equals(operation) || WHOLE_RESPONSE.contains(operation);
  }

  private static JsonNode copy(JsonNode node) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    node.properties().forEach(e -> {
      if (!LOGGED.contains(e.getKey())) {
        return;
      }
      JsonNode v = e.getValue();
      String name = RequestParameters.lowerCamel(e.getKey());
      if (v.isObject()) {
        out.set(name, copy(v));
      } else if (e.getKey().endsWith("Date") || e.getKey().equals("ValidTo")) {
        out.put(name, date(v));
      } else {
        out.set(name, v.deepCopy());
      }
    });
    return out;
  }

  private static String date(JsonNode epochSeconds) {
    BigDecimal seconds = epochSeconds.decimalValue();
    return AWS_DATE.format(Instant.ofEpochSecond(seconds.longValue()));
  }
}
