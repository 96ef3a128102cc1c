package dev.trent.core.ops.policies;

import dev.trent.core.authz.Authorization;
import dev.trent.policy.MalformedPolicyException;
import dev.trent.policy.Policy;
import dev.trent.protocol.error.LimitExceededException;
import dev.trent.protocol.error.MalformedPolicyDocumentException;
import java.nio.charset.StandardCharsets;

/**
 * The checks a key policy passes before CreateKey or PutKeyPolicy stores it: the 32 KB quota
 * (Developer Guide, "Key policy document size"), the policy language (the engine's reason becomes
 * the MalformedPolicyDocumentException message), and the policy lockout safety check: unless the
 * caller bypasses it, the new policy must allow the caller to change it again later.
 */
public final class KeyPolicyDocument {
  static final int MAX_BYTES = 32_768;
  static final String LOCKOUT = "The new key policy will not allow you to update the key policy in the future.";

  private KeyPolicyDocument() {}

  /**
   * {@code policy}, checked for a key with ARN {@code keyArn}.
   *
   * @throws MalformedPolicyDocumentException when it does not parse, or would lock the caller out
   * @throws LimitExceededException when it exceeds 32 KB
   */
  public static String check(String policy, String keyArn, boolean bypassLockoutCheck,
      Authorization authorization) {
    if (policy.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new LimitExceededException("Policy exceeds the maximum size of " + MAX_BYTES + " bytes.");
    }
    Policy parsed;
    try {
      parsed = Policy.parseResourcePolicy(policy);
    } catch (MalformedPolicyException e) {
      throw new MalformedPolicyDocumentException(e.getMessage());
    }
    if (!bypassLockoutCheck && !authorization.policyWouldAllow(parsed, "kms:PutKeyPolicy", keyArn)) {
      throw new MalformedPolicyDocumentException(LOCKOUT);
    }
    return policy;
  }
}
