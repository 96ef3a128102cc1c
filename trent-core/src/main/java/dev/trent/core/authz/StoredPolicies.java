package dev.trent.core.authz;

import dev.trent.policy.MalformedPolicyException;
import dev.trent.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses policies that were stored earlier. They were validated when written; one that no longer
 * parses (stored before policies were evaluated, or by an older engine) must not open access, so
 * it becomes a policy whose only statement applies to nobody, and the reason is logged.
 */
final class StoredPolicies {
  private static final Logger LOG = LoggerFactory.getLogger(StoredPolicies.class);
  private static final String NOTHING = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},\"Action\":\"kms:None\",\"Resource\":\"*\"}]}";
  private static final String NOTHING_IDENTITY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
      + "\"Allow\",\"Action\":\"kms:None\",\"Resource\":\"arn:aws:kms:none:000000000000:key/none\"}]}";

  private StoredPolicies() {}

  static Policy parseResource(String json) {
    try {
      return Policy.parseResourcePolicy(json);
    } catch (MalformedPolicyException e) {
      LOG.warn("A stored key policy no longer parses ({}); it allows nothing", e.getMessage());
      return Policy.parseResourcePolicy(NOTHING);
    }
  }

  static Policy parseIdentity(String json) {
    try {
      return Policy.parseIdentityPolicy(json);
    } catch (MalformedPolicyException e) {
      LOG.warn("A stored identity policy no longer parses ({}); it allows nothing", e.getMessage());
      return Policy.parseIdentityPolicy(NOTHING_IDENTITY);
    }
  }
}
