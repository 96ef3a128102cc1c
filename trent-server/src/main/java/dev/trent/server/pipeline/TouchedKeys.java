package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditResource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a call touched, for CloudTrail's {@code resources}: key ARNs named by the request (a
 * bare key id is qualified with the caller's account and region) and, after a success, those the
 * response names (CreateKey's new key, the key an alias or a ciphertext resolved to). Alias names
 * themselves are not resources: the key behind them is, once known.
 */
final class TouchedKeys {
  private static final Pattern KEY_ARN = Pattern.compile("arn:[a-z-]+:kms:[a-z0-9-]+:([0-9]{12}):key/[A-Za-z0-9-]+");
  private static final Pattern KEY_ID = Pattern.compile("(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  private static final List<String> REQUEST_MEMBERS = List.of("KeyId", "TargetKeyId", "SourceKeyId", "DestinationKeyId");

  private TouchedKeys() {}

  static List<AuditResource> of(JsonNode input, JsonNode output, String account, String region) {
    Set<String> arns = new LinkedHashSet<>();
    if (input != null) {
      for (String member : REQUEST_MEMBERS) {
        add(arns, input.path(member).asText(""), account, region);
      }
    }
    if (output != null) {
      add(arns, output.path("KeyMetadata").path("Arn").asText(""), account, region);
      add(arns, output.path("KeyId").asText(""), account, region);
      add(arns, output.path("SourceKeyId").asText(""), account, region);
    }
    return arns.stream().map(TouchedKeys::resource).toList();
  }

  private static void add(Set<String> arns, String id, String account, String region) {
    if (KEY_ARN.matcher(id).matches()) {
      arns.add(id);
    } else if (account != null && region != null && KEY_ID.matcher(id).matches()) {
      arns.add("arn:aws:kms:" + region + ":" + account + ":key/" + id);
    }
  }

  private static AuditResource resource(String arn) {
    Matcher m = KEY_ARN.matcher(arn);
    return AuditResource.key(m.matches() ? m.group(1) : null, arn);
  }
}
