package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * CloudTrail's {@code requestParameters}: the request's members as AWS KMS logs them (lowerCamel
 * names, encryption contexts verbatim), taken from an allow-list. A member not on the list is never
 * logged, so a new member that carries plaintext, ciphertext, key material, a signature or a token
 * ({@code Plaintext}, {@code CiphertextBlob}, {@code Message}, {@code Mac}, {@code
 * EncryptedKeyMaterial}, {@code ImportToken}, ...) cannot leak into the trail by default.
 */
final class RequestParameters {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Members AWS logs and that hold no secret (API reference, CloudTrail examples per operation). */
  static final Set<String> LOGGED = Set.of(
      "KeyId", "TargetKeyId", "SourceKeyId", "DestinationKeyId", "AliasName", "Description",
      "KeyUsage", "KeySpec", "CustomerMasterKeySpec", "KeyPairSpec", "Origin", "MultiRegion",
      "BypassPolicyLockoutSafetyCheck", "Tags", "TagKeys", "Policy", "PolicyName", "CustomKeyStoreId",
      "XksKeyId", "EncryptionContext", "SourceEncryptionContext", "DestinationEncryptionContext",
      "EncryptionAlgorithm", "SourceEncryptionAlgorithm", "DestinationEncryptionAlgorithm",
      "NumberOfBytes", "SigningAlgorithm", "MessageType", "MacAlgorithm", "KeyAgreementAlgorithm",
      "KeyEncapsulationAlgorithm", "EncapsulationAlgorithm", "PendingWindowInDays", "GrantTokens",
      "GrantId", "GranteePrincipal", "RetiringPrincipal", "Operations", "Constraints", "Name",
      "Limit", "Marker", "DryRun", "RotationPeriodInDays", "KeyMaterialId", "ExpirationModel",
      "ValidTo", "WrappingAlgorithm", "WrappingKeySpec", "ReplicaRegion", "PrimaryRegion",
      "IncludeKeyMaterial", "OnlyRotatedKeyMaterial");

  private RequestParameters() {}

  /** Operations whose log shows the algorithm even when the caller left the default. */
  private static final Set<String> DEFAULT_ALGORITHM = Set.of("Encrypt", "Decrypt");

  /** The logged members of {@code input}, or null when none (AWS writes {@code null}). */
  static JsonNode of(String operation, JsonNode input) {
    JsonNode logged = of(input);
    if (DEFAULT_ALGORITHM.contains(operation) && logged instanceof ObjectNode o && !o.has("encryptionAlgorithm")) {
      o.put("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
    }
    return logged;
  }

  private static JsonNode of(JsonNode input) {
    if (input == null || !input.isObject()) {
      return null;
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : input.properties()) {
      if (LOGGED.contains(member.getKey()) && !member.getValue().isNull()) {
        out.set(lowerCamel(member.getKey()), convert(member.getValue(), isMap(member.getKey())));
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** AWS lowers only the first letter: {@code AWSAccountId} becomes {@code aWSAccountId}. */
  static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Maps whose keys are the caller's own words (encryption contexts) keep them verbatim. */
  private static boolean isMap(String member) {
    return member.endsWith("EncryptionContext") || member.endsWith("EncryptionContextSubset")
        || member.endsWith("EncryptionContextEquals");
  }

  static JsonNode convert(JsonNode value, boolean verbatimKeys) {
    if (value.isArray()) {
      ArrayNode out = NODES.arrayNode();
      value.forEach(v -> out.add(convert(v, false)));
      return out;
    }
    if (!value.isObject()) {
      return value.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    value.properties().forEach(e -> out.set(
        verbatimKeys ? e.getKey() : lowerCamel(e.getKey()), convert(e.getValue(), !verbatimKeys && isMap(e.getKey()))));
    return out;
  }
}
