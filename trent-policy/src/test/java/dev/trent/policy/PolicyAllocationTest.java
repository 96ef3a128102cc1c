package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluation runs on every KMS request, so a policy without variables, numbers or dates must
 * evaluate without allocating. Counts bytes (deterministic), never time.
 */
class PolicyAllocationTest {
  private static final String POLICY = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "Admins", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/KeyAdmin", "arn:aws:iam::111122223333:user/ops/admin"]},
         "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*"], "Resource": "*"},
        {"Sid": "Use", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/App"}, "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"], "Resource": "*",
         "Condition": {"StringEquals": {"kms:EncryptionContext:App": "billing"}, "ForAllValues:StringEquals": {"kms:EncryptionContextKeys": ["App", "Tenant"]}}},
        {"Sid": "Grants", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/App"}, "Action": "kms:CreateGrant", "Resource": "*", "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}},
        {"Sid": "Partner", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "kms:Encrypt", "Resource": "*", "Condition": {"StringLike": {"kms:ViaService": "s3.*.amazonaws.com"}}},
        {"Sid": "Network", "Effect": "Deny", "Principal": "*", "Action": ["kms:Decrypt", "kms:GenerateDataKey*"], "Resource": "*",
         "Condition": {"NotIpAddressIfExists": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]}, "Null": {"kms:ViaService": "true"}}},
        {"Sid": "TLS", "Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
        {"Sid": "NoDelete", "Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:role/App"}, "Action": "kms:ScheduleKeyDeletion", "Resource": "*"},
        {"Sid": "Tags", "Effect": "Deny", "Principal": "*", "Action": "kms:TagResource", "Resource": "*", "Condition": {"ForAnyValue:StringLike": {"aws:TagKeys": "aws:*"}}},
        {"Sid": "Aliases", "Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "kms:Decrypt", "Resource": "arn:aws:kms:*:111122223333:key/*",
         "Condition": {"ForAnyValue:StringLike": {"kms:ResourceAliases": "alias/app-*"}, "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"}}}]}""";

  @Test
  void evaluation_allocatesNothing() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs per-thread allocation counters");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported());
    threads.setThreadAllocatedMemoryEnabled(true);

    Policy policy = Policy.parseResourcePolicy(POLICY);
    PolicyPrincipal app = new PolicyPrincipal("arn:aws:sts::111122223333:assumed-role/App/i-1", "111122223333",
        "arn:aws:iam::111122223333:role/App");
    String key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    ConditionContext context = ConditionContext.of(Map.of(
        "kms:EncryptionContext:App", List.of("billing"), "kms:EncryptionContextKeys", List.of("App"),
        "aws:SourceIp", List.of("10.1.2.3"), "aws:SecureTransport", List.of("true"),
        "aws:PrincipalArn", List.of("arn:aws:iam::111122223333:role/App"), "kms:ResourceAliases", List.of("alias/app-x")));
    PolicyRequest[] requests = {
        new PolicyRequest(app, "kms:Encrypt", key, context),
        new PolicyRequest(app, "kms:Decrypt", key, context),
        new PolicyRequest(app, "kms:ScheduleKeyDeletion", key, context),
        new PolicyRequest(new PolicyPrincipal("arn:aws:iam::999988887777:user/x", "999988887777", null), "kms:Encrypt", key, context)};
    PolicyVerdict.Outcome[] expected = {PolicyVerdict.Outcome.ALLOW, PolicyVerdict.Outcome.ALLOW,
        PolicyVerdict.Outcome.EXPLICIT_DENY, PolicyVerdict.Outcome.NOT_APPLICABLE};

    for (int i = 0; i < 50_000; i++) {
      policy.evaluate(requests[i & 3]);
    }
    long thread = Thread.currentThread().getId();
    int checked = 0;
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 100_000; i++) {
      if (policy.evaluate(requests[i & 3]).outcome() == expected[i & 3]) {
        checked++;
      }
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(checked).isEqualTo(100_000);
    // A few hundred bytes are the measurement's own; one allocation per evaluation would be megabytes.
    assertThat(allocated).isLessThan(10_000);
  }
}
