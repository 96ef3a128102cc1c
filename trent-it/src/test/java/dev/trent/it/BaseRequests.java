package dev.trent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.protocol.model.Member;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.model.StructureShape;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * A plausible request body per operation, built on a fresh key, alias and ciphertext of its own,
 * so that hostile variations of one member get past the others and reach the operation. For the
 * operations Trent implements the body is valid; for the rest it only fills required members.
 */
final class BaseRequests {
  /** Members filled even when optional, because the operation needs them in practice. */
  private static final Set<String> ALWAYS = Set.of(
      "CiphertextBlob", "EncryptionContext", "SourceEncryptionContext", "KeySpec", "NumberOfBytes");
  private static final Map<String, String> CONTEXT = Map.of("purpose", "hostile");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ServiceModel model;
  private final KmsClient kms;
  private final AtomicInteger aliases = new AtomicInteger();

  BaseRequests(ServiceModel model, KmsClient kms) {
    this.model = model;
    this.kms = kms;
  }

  /**
   * A base body for {@code operation}; {@code implemented} says whether Trent serves it (for an
   * operation it does not, required members are filled with placeholders and nothing is created).
   */
  ObjectNode forOperation(String operation, boolean implemented) {
    ObjectNode body = NODES.objectNode();
    StructureShape input = model.inputShape(operation).orElse(null);
    if (input == null) {
      return body;
    }
    if (!implemented) {
      input.required().forEach(name -> body.put(name, "x"));
      return body;
    }
    String keyId = kms.createKey(r -> r.description("hostile base for " + operation)).keyMetadata().keyId();
    String alias = "alias/hostile-" + operation + "-" + aliases.incrementAndGet();
    kms.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
    kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("k").tagValue("v").build()));
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("base"))
        .encryptionContext(CONTEXT)).ciphertextBlob();
    if (operation.equals("CancelKeyDeletion")) {
      kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    }
    for (Member member : input.members()) {
      JsonNode value = known(operation, member.name(), keyId, alias, blob);
      if (value != null && (member.required() || ALWAYS.contains(member.name()))) {
        body.set(member.name(), value);
      } else if (member.required()) {
        body.put(member.name(), "x");
      }
    }
    return body;
  }

  private JsonNode known(String operation, String member, String keyId, String alias, SdkBytes blob) {
    return switch (member) {
      case "KeyId", "TargetKeyId", "DestinationKeyId", "SourceKeyId" -> NODES.textNode(keyId);
      case "AliasName" -> NODES.textNode(operation.equals("CreateAlias")
          ? "alias/hostile-new-" + aliases.incrementAndGet() : alias);
      case "CiphertextBlob" -> NODES.textNode(Base64.getEncoder().encodeToString(blob.asByteArray()));
      case "Plaintext" -> NODES.textNode("aGVsbG8=");
      case "EncryptionContext", "SourceEncryptionContext" -> NODES.objectNode().put("purpose", "hostile");
      case "DestinationEncryptionContext" -> NODES.objectNode().put("other", "context");
      case "KeySpec" -> operation.startsWith("GenerateDataKey") && !operation.contains("Pair")
          ? NODES.textNode("AES_256") : null;
      case "NumberOfBytes" -> operation.equals("GenerateRandom") ? NODES.numberNode(16) : null;
      case "Tags" -> NODES.arrayNode().add(NODES.objectNode().put("TagKey", "k2").put("TagValue", "v2"));
      case "TagKeys" -> NODES.arrayNode().add("k");
      case "Description" -> NODES.textNode("d");
      case "PendingWindowInDays" -> NODES.numberNode(7);
      default -> null;
    };
  }
}
