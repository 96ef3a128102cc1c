package dev.trent.core.ops.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.protocol.error.LimitExceededException;
import dev.trent.protocol.error.MalformedPolicyDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The checks a key policy passes before it is stored: JSON, a Statement, and the 32 KiB quota.
 * Evaluating policies is the policy engine's job; until it lands, policies are stored as given.
 */
final class KeyPolicyDocument {
  static final int MAX_BYTES = 32_768;
  private static final ObjectMapper JSON = new ObjectMapper();

  private KeyPolicyDocument() {}

  static String check(String policy) {
    if (policy.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new LimitExceededException("Policy exceeds the maximum size of " + MAX_BYTES + " bytes.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(policy);
    } catch (IOException e) {
      throw new MalformedPolicyDocumentException("The policy is not valid JSON.");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedPolicyDocumentException("The policy must be a JSON object.");
    }
    JsonNode statement = root.get("Statement");
    if (statement == null || !(statement.isArray() || statement.isObject()) || statement.isEmpty()) {
      throw new MalformedPolicyDocumentException("The policy must contain at least one Statement.");
    }
    return policy;
  }
}
