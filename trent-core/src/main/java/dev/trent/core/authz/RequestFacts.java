package dev.trent.core.authz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.InvalidGrantTokenException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a request says that policies and grants may look at, read once from its JSON input: the
 * request's {@code kms:} and {@code aws:Request*} condition keys (which operations supply which key
 * follows the Developer Guide's "Condition keys for AWS KMS"), its encryption contexts, its grant
 * tokens and the alias it acts on. Immutable.
 */
public final class RequestFacts {
  /** A request without facts: for operations called from inside Trent and for tests. */
  public static final RequestFacts NONE = new RequestFacts(Map.of(), Map.of(), List.of(), null, null);

  private final Map<String, List<String>> conditions;
  private final Map<String, Map<String, String>> contexts;
  private final List<String> grantTokens;
  private final String aliasName;
  private final String destinationKeyId;

  private RequestFacts(Map<String, List<String>> conditions, Map<String, Map<String, String>> contexts,
      List<String> grantTokens, String aliasName, String destinationKeyId) {
    this.conditions = conditions;
    this.contexts = contexts;
    this.grantTokens = grantTokens;
    this.aliasName = aliasName;
    this.destinationKeyId = destinationKeyId;
  }

  /**
   * The facts of a call of {@code operation} with the (validated) {@code input}. Every operation's
   * GrantTokens are read here, so no operation can skip them.
   *
   * @throws InvalidGrantTokenException when a grant token is not one Trent issued
   */
  public static RequestFacts of(String operation, JsonNode input) {
    Map<String, List<String>> c = new HashMap<>();
    Map<String, Map<String, String>> contexts = new HashMap<>();
    switch (operation) {
      case "Encrypt", "Decrypt" -> {
        context(contexts, "kms:" + operation, input.get("EncryptionContext"));
        put(c, "kms:EncryptionAlgorithm", text(input, "EncryptionAlgorithm", "SYMMETRIC_DEFAULT"));
      }
      case "GenerateDataKey", "GenerateDataKeyWithoutPlaintext" -> {
        context(contexts, "kms:" + operation, input.get("EncryptionContext"));
        put(c, "kms:EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
      }
      case "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext" -> {
        context(contexts, "kms:" + operation, input.get("EncryptionContext"));
        put(c, "kms:EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        put(c, "kms:DataKeyPairSpec", text(input, "KeyPairSpec", null));
      }
      case "ReEncrypt" -> {
        context(contexts, "kms:ReEncryptFrom", input.get("SourceEncryptionContext"));
        context(contexts, "kms:ReEncryptTo", input.get("DestinationEncryptionContext"));
        put(c, "kms:EncryptionAlgorithm", text(input, "SourceEncryptionAlgorithm", "SYMMETRIC_DEFAULT"));
      }
      case "Sign", "Verify" -> {
        put(c, "kms:SigningAlgorithm", text(input, "SigningAlgorithm", null));
        put(c, "kms:MessageType", text(input, "MessageType", "RAW"));
      }
      case "GenerateMac", "VerifyMac" -> put(c, "kms:MacAlgorithm", text(input, "MacAlgorithm", null));
      case "DeriveSharedSecret" ->
          put(c, "kms:KeyAgreementAlgorithm", text(input, "KeyAgreementAlgorithm", null));
      case "CreateKey" -> createKey(c, input);
      case "PutKeyPolicy" -> put(c, "kms:BypassPolicyLockoutSafetyCheck",
          text(input, "BypassPolicyLockoutSafetyCheck", "false"));
      case "ScheduleKeyDeletion" -> put(c, "kms:ScheduleKeyDeletionPendingWindowInDays",
          text(input, "PendingWindowInDays", "30"));
      case "EnableKeyRotation" ->
          put(c, "kms:RotationPeriodInDays", text(input, "RotationPeriodInDays", "365"));
      case "GetParametersForImport" -> {
        put(c, "kms:WrappingAlgorithm", text(input, "WrappingAlgorithm", null));
        put(c, "kms:WrappingKeySpec", text(input, "WrappingKeySpec", null));
      }
      case "ImportKeyMaterial" -> {
        String model = text(input, "ExpirationModel", "KEY_MATERIAL_EXPIRES");
        put(c, "kms:ExpirationModel", model);
        JsonNode validTo = input.get("ValidTo");
        if ("KEY_MATERIAL_EXPIRES".equals(model) && validTo != null && validTo.isNumber()) {
          // kms:ValidTo is compared numerically, in seconds since the epoch (the wire's form).
          put(c, "kms:ValidTo", Long.toString(validTo.asLong()));
        }
      }
      case "CreateGrant" -> createGrant(c, contexts, input);
      case "TagResource" -> tags(c, input.get("Tags"));
      case "UntagResource" -> values(c, "aws:TagKeys", input.get("TagKeys"));
      default -> { }
    }
    List<String> tokens = new ArrayList<>();
    JsonNode t = input.get("GrantTokens");
    if (t != null && t.isArray()) {
      for (JsonNode n : t) {
        String token = n.asText();
        if (GrantToken.read(token).isEmpty()) {
          throw GrantToken.invalid();
        }
        tokens.add(token);
      }
    }
    String alias = text(input, "AliasName", null);
    return new RequestFacts(Map.copyOf(c), Map.copyOf(contexts), List.copyOf(tokens), alias,
        "ReEncrypt".equals(operation) ? text(input, "DestinationKeyId", null) : null);
  }

  /** Condition keys from the request itself; names lower-case. */
  Map<String, List<String>> conditions() {
    return conditions;
  }

  /** The encryption context the request gives for {@code action}, or null when it gives none. */
  public Map<String, String> encryptionContext(String action) {
    return "kms:CreateGrant".equals(action) ? null : contexts.get(action);
  }

  /**
   * The context the kms:EncryptionContext:* and kms:EncryptionContextKeys condition keys read for
   * {@code action}: the request's encryption context, and for CreateGrant the pairs of the grant's
   * EncryptionContextEquals and EncryptionContextSubset constraints (Developer Guide, "AWS KMS
   * condition keys"), null when the grant has none. CreateGrant's pairs are not a context the grant
   * check applies to: a grant made through a grant is bounded by {@code GrantConstraint.admits}.
   */
  Map<String, String> conditionContext(String action) {
    return contexts.get(action);
  }

  public List<String> grantTokens() {
    return grantTokens;
  }

  /** The alias an alias operation names, or null. */
  public String aliasName() {
    return aliasName;
  }

  /** ReEncrypt's DestinationKeyId, or null. */
  String destinationKeyId() {
    return destinationKeyId;
  }

  private static void createKey(Map<String, List<String>> c, JsonNode input) {
    String spec = text(input, "KeySpec", text(input, "CustomerMasterKeySpec", "SYMMETRIC_DEFAULT"));
    String usage = text(input, "KeyUsage", "ENCRYPT_DECRYPT");
    put(c, "kms:KeySpec", spec);
    put(c, "kms:CustomerMasterKeySpec", spec);
    put(c, "kms:KeyUsage", usage);
    put(c, "kms:CustomerMasterKeyUsage", usage);
    put(c, "kms:KeyOrigin", text(input, "Origin", "AWS_KMS"));
    put(c, "kms:MultiRegion", text(input, "MultiRegion", "false"));
    put(c, "kms:BypassPolicyLockoutSafetyCheck", text(input, "BypassPolicyLockoutSafetyCheck", "false"));
    tags(c, input.get("Tags"));
  }

  private static void createGrant(Map<String, List<String>> c, Map<String, Map<String, String>> contexts,
      JsonNode input) {
    values(c, "kms:GrantOperations", input.get("Operations"));
    put(c, "kms:GranteePrincipal", text(input, "GranteePrincipal", null));
    put(c, "kms:RetiringPrincipal", text(input, "RetiringPrincipal", null));
    put(c, "kms:GrantIsForAWSResource", "false");
    JsonNode constraints = input.get("Constraints");
    if (constraints != null && constraints.isObject()) {
      List<String> types = new ArrayList<>();
      constraints.fieldNames().forEachRemaining(name -> {
        if (name.startsWith("EncryptionContext") && !constraints.get(name).isNull()) {
          types.add(name);
        }
      });
      if (!types.isEmpty()) {
        c.put("kms:grantconstrainttype", List.copyOf(types));
        Map<String, String> pairs = new LinkedHashMap<>();
        types.forEach(type -> constraints.get(type).properties()
            .forEach(e -> pairs.put(e.getKey(), e.getValue().asText())));
        contexts.put("kms:CreateGrant", Map.copyOf(pairs));
      }
    }
  }

  /** aws:RequestTag/key for each tag, and aws:TagKeys. */
  private static void tags(Map<String, List<String>> c, JsonNode tags) {
    if (tags == null || !tags.isArray()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    for (JsonNode tag : tags) {
      String key = text(tag, "TagKey", null);
      if (key != null) {
        keys.add(key);
        put(c, "aws:RequestTag/" + key, text(tag, "TagValue", ""));
      }
    }
    c.put("aws:tagkeys", List.copyOf(keys));
  }

  private static void context(Map<String, Map<String, String>> out, String action, JsonNode context) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (context != null && context.isObject()) {
      for (Map.Entry<String, JsonNode> e : context.properties()) {
        pairs.put(e.getKey(), e.getValue().asText());
      }
    }
    out.put(action, Map.copyOf(pairs));
  }

  private static void values(Map<String, List<String>> c, String key, JsonNode array) {
    if (array != null && array.isArray()) {
      List<String> values = new ArrayList<>();
      array.forEach(n -> values.add(n.asText()));
      c.put(key.toLowerCase(Locale.ROOT), List.copyOf(values));
    }
  }

  private static void put(Map<String, List<String>> c, String key, String value) {
    if (value != null) {
      c.put(key.toLowerCase(Locale.ROOT), List.of(value));
    }
  }

  private static String text(JsonNode input, String member, String absent) {
    JsonNode n = input == null ? null : input.get(member);
    return n == null || n.isNull() ? absent : n.asText();
  }
}
