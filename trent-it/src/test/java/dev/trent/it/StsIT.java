package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * STS through the AWS SDK's StsClient and its role-assumption credential provider, in strict
 * mode: GetCallerIdentity, AssumeRole under the role's trust policy (and the caller's identity
 * policies when the trust policy delegates to the account), sessions used for KMS calls.
 */
class StsIT {
  private static final String ACCOUNT = TrentFixture.ACCOUNT;

  private static TrentFixture trent;
  private static IamClient root;
  private static AccessKey aliceKey;
  private static AccessKey bobKey;

  @BeforeAll
  static void start() {
    trent = TrentFixture.strict(List.of(), Map.of(
        "TRENT_ROOT_ACCESS_KEY_ID", IamIT.ROOT_ID, "TRENT_ROOT_SECRET_ACCESS_KEY", IamIT.ROOT_SECRET));
    root = IdentityClients.iam(trent.endpoint(), IdentityClients.basic(IamIT.ROOT_ID, IamIT.ROOT_SECRET));
    root.createUser(r -> r.userName("alice"));
    aliceKey = root.createAccessKey(r -> r.userName("alice")).accessKey();
    root.createUser(r -> r.userName("bob"));
    bobKey = root.createAccessKey(r -> r.userName("bob")).accessKey();
    // Names alice herself: no identity policy needed in the same account.
    root.createRole(r -> r.roleName("Deployer").assumeRolePolicyDocument(trust(
        "arn:aws:iam::" + ACCOUNT + ":user/alice")).maxSessionDuration(7200));
    // Its sessions use KMS through the role's identity policy.
    root.putRolePolicy(r -> r.roleName("Deployer").policyName("kms").policyDocument(IamIT.ALLOW_ALL_KMS));
    // Names only the account: the caller's identity policies must allow sts:AssumeRole.
    root.createRole(r -> r.roleName("Delegated").assumeRolePolicyDocument(trust(
        "arn:aws:iam::" + ACCOUNT + ":root")));
  }

  @AfterAll
  static void stop() {
    root.close();
    trent.close();
  }

  private static String trust(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  private static AwsCredentialsProvider creds(AccessKey key) {
    return IdentityClients.basic(key.accessKeyId(), key.secretAccessKey());
  }

  private static void assertStsError(Throwable e, int status, String code, String message) {
    assertThat(e).isInstanceOf(AwsServiceException.class);
    AwsServiceException aws = (AwsServiceException) e;
    assertThat(aws.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(aws.awsErrorDetails().errorMessage()).isEqualTo(message);
    assertThat(aws.statusCode()).isEqualTo(status);
  }

  @Test
  void getCallerIdentity_ofRootAndUser() {
    try (StsClient asRoot = IdentityClients.sts(trent.endpoint(),
            IdentityClients.basic(IamIT.ROOT_ID, IamIT.ROOT_SECRET));
        StsClient asAlice = IdentityClients.sts(trent.endpoint(), creds(aliceKey))) {
      GetCallerIdentityResponse rootIdentity = asRoot.getCallerIdentity();
      assertThat(rootIdentity.account()).isEqualTo(ACCOUNT);
      assertThat(rootIdentity.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
      assertThat(rootIdentity.userId()).isEqualTo(ACCOUNT);

      GetCallerIdentityResponse alice = asAlice.getCallerIdentity();
      assertThat(alice.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
      assertThat(alice.userId()).isEqualTo(root.getUser(r -> r.userName("alice")).user().userId());
    }
  }

  @Test
  void assumeRole_throughTheSdkProvider_givesASessionForKmsAndSts() {
    try (StsClient asAlice = IdentityClients.sts(trent.endpoint(), creds(aliceKey));
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
            .stsClient(asAlice)
            .refreshRequest(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/Deployer")
                .roleSessionName("ci-run-1").durationSeconds(1800))
            .build();
        StsClient asSession = IdentityClients.sts(trent.endpoint(), provider);
        KmsClient kms = IdentityClients.kms(trent.endpoint(), provider)) {
      GetCallerIdentityResponse session = asSession.getCallerIdentity();
      String roleId = root.getRole(r -> r.roleName("Deployer")).role().roleId();
      assertThat(session.arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/Deployer/ci-run-1");
      assertThat(session.userId()).isEqualTo(roleId + ":ci-run-1");
      assertThat(session.account()).isEqualTo(ACCOUNT);

      String keyArn = kms.createKey(r -> r.description("made by a session")).keyMetadata().arn();
      assertThat(keyArn).startsWith("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/");
      assertThat(provider.resolveCredentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
    }
  }

  @Test
  void assumeRole_returnsCredentialsExpiringAfterTheDuration() {
    java.time.Instant before = trent.clock().instant();
    try (StsClient asAlice = IdentityClients.sts(trent.endpoint(), creds(aliceKey))) {
      AssumeRoleResponse response = asAlice.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Deployer").roleSessionName("s2")
          .durationSeconds(900));
      assertThat(response.assumedRoleUser().arn())
          .isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/Deployer/s2");
      assertThat(response.credentials().sessionToken()).isNotBlank();
      JsonNode audited = AuditRecords.byRequestId(trent.dataDir(),
          response.responseMetadata().requestId());
      assertThat(audited.path("eventSource").asText()).isEqualTo("sts.amazonaws.com");
      assertThat(audited.path("responseElements").path("credentials").path("accessKeyId").asText())
          .isEqualTo(response.credentials().accessKeyId());
      assertThat(audited.toString()).doesNotContain(response.credentials().sessionToken())
          .doesNotContain(response.credentials().secretAccessKey());
      assertThat(response.credentials().secretAccessKey()).hasSize(40);
      assertThat(response.credentials().expiration()).isBetween(
          before.plusSeconds(899), trent.clock().instant().plusSeconds(900));
    }
  }

  @Test
  void assumeRole_longerThanTheRolesMaximum_isValidationError() {
    try (StsClient asAlice = IdentityClients.sts(trent.endpoint(), creds(aliceKey))) {
      assertThatThrownBy(() -> asAlice.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Deployer").roleSessionName("long")
          .durationSeconds(7201)))
          .satisfies(e -> assertStsError(e, 400, "ValidationError",
              "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
      assertThatThrownBy(() -> asAlice.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Deployer").roleSessionName("short")
          .durationSeconds(899)))
          .satisfies(e -> assertStsError(e, 400, "ValidationError",
              "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy"
                  + " constraint: Member must have value greater than or equal to 900"));
    }
  }

  @Test
  void trustPolicyNotNamingTheCaller_isAccessDenied() {
    try (StsClient asBob = IdentityClients.sts(trent.endpoint(), creds(bobKey))) {
      assertThatThrownBy(() -> asBob.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Deployer").roleSessionName("bob")))
          .satisfies(e -> assertStsError(e, 403, "AccessDenied",
              "User: arn:aws:iam::" + ACCOUNT + ":user/bob is not authorized to perform:"
                  + " sts:AssumeRole on resource: arn:aws:iam::" + ACCOUNT + ":role/Deployer"));
    }
  }

  @Test
  void trustPolicyDelegatingToTheAccount_needsAnIdentityPolicy() {
    String role = "arn:aws:iam::" + ACCOUNT + ":role/Delegated";
    try (StsClient asBob = IdentityClients.sts(trent.endpoint(), creds(bobKey))) {
      assertThatThrownBy(() -> asBob.assumeRole(r -> r.roleArn(role).roleSessionName("bob")))
          .satisfies(e -> assertThat(((AwsServiceException) e).awsErrorDetails().errorCode())
              .isEqualTo("AccessDenied"));
      root.putUserPolicy(r -> r.userName("bob").policyName("assume").policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
              + "\"sts:AssumeRole\",\"Resource\":\"" + role + "\"}]}"));
      assertThat(asBob.assumeRole(r -> r.roleArn(role).roleSessionName("bob"))
          .assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/Delegated/bob");
    }
  }

  @Test
  void crossAccount_needsTheTrustPolicyAndTheCallersIdentityPolicy() {
    String other = "444455556666";
    var otherRoot = dev.trent.server.identity.Accounts.create(trent.dataDir(), other);
    root.createRole(r -> r.roleName("Partner").assumeRolePolicyDocument(trust(
        "arn:aws:iam::" + other + ":root")));
    String role = "arn:aws:iam::" + ACCOUNT + ":role/Partner";
    try (IamClient otherIam = IdentityClients.iam(trent.endpoint(),
        IdentityClients.basic(otherRoot.accessKeyId(), otherRoot.secretAccessKey()))) {
      otherIam.createUser(r -> r.userName("carol"));
      AccessKey carolKey = otherIam.createAccessKey(r -> r.userName("carol")).accessKey();
      try (StsClient carol = IdentityClients.sts(trent.endpoint(), creds(carolKey))) {
        assertThatThrownBy(() -> carol.assumeRole(r -> r.roleArn(role).roleSessionName("carol")))
            .satisfies(e -> assertStsError(e, 403, "AccessDenied", "User: arn:aws:iam::" + other
                + ":user/carol is not authorized to perform: sts:AssumeRole on resource: " + role));
        otherIam.putUserPolicy(r -> r.userName("carol").policyName("assume").policyDocument(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "\"sts:AssumeRole\",\"Resource\":\"" + role + "\"}]}"));
        var credentials = carol.assumeRole(r -> r.roleArn(role).roleSessionName("carol"))
            .credentials();
        try (StsClient session = IdentityClients.sts(trent.endpoint(), IdentityClients.of(
            software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create(
                credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken())))) {
          GetCallerIdentityResponse who = session.getCallerIdentity();
          assertThat(who.account()).isEqualTo(ACCOUNT);
          assertThat(who.arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/Partner/carol");
        }
      }
    }
  }

  @Test
  void explicitDenyInTheCallersPolicies_beatsATrustPolicyNamingIt() {
    root.createUser(r -> r.userName("dan"));
    AccessKey danKey = root.createAccessKey(r -> r.userName("dan")).accessKey();
    root.createRole(r -> r.roleName("ForDan").assumeRolePolicyDocument(trust(
        "arn:aws:iam::" + ACCOUNT + ":user/dan")));
    String role = "arn:aws:iam::" + ACCOUNT + ":role/ForDan";
    try (StsClient dan = IdentityClients.sts(trent.endpoint(), creds(danKey))) {
      assertThat(dan.assumeRole(r -> r.roleArn(role).roleSessionName("ok")).credentials())
          .isNotNull();
      root.putUserPolicy(r -> r.userName("dan").policyName("deny").policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
              + "\"sts:*\",\"Resource\":\"*\"}]}"));
      assertThatThrownBy(() -> dan.assumeRole(r -> r.roleArn(role).roleSessionName("no")))
          .satisfies(e -> assertStsError(e, 403, "AccessDenied", "User: arn:aws:iam::" + ACCOUNT
              + ":user/dan is not authorized to perform: sts:AssumeRole on resource: " + role));
    }
  }

  @Test
  void accountRoot_mayNotAssumeRoles() {
    try (StsClient asRoot = IdentityClients.sts(trent.endpoint(),
        IdentityClients.basic(IamIT.ROOT_ID, IamIT.ROOT_SECRET))) {
      assertThatThrownBy(() -> asRoot.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Delegated").roleSessionName("root")))
          .satisfies(e -> assertStsError(e, 403, "AccessDenied",
              "Roles may not be assumed by root accounts."));
    }
  }

  @Test
  void deletedRole_endsItsSessions() {
    root.createRole(r -> r.roleName("Temporary").assumeRolePolicyDocument(trust(
        "arn:aws:iam::" + ACCOUNT + ":user/alice")));
    root.putRolePolicy(r -> r.roleName("Temporary").policyName("kms").policyDocument(IamIT.ALLOW_ALL_KMS));
    try (StsClient asAlice = IdentityClients.sts(trent.endpoint(), creds(aliceKey))) {
      var credentials = asAlice.assumeRole(r -> r
          .roleArn("arn:aws:iam::" + ACCOUNT + ":role/Temporary").roleSessionName("tmp"))
          .credentials();
      try (KmsClient session = IdentityClients.kms(trent.endpoint(), IdentityClients.of(
          software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create(
              credentials.accessKeyId(), credentials.secretAccessKey(),
              credentials.sessionToken())))) {
        assertThat(session.listKeys().keys()).isNotNull();
        root.deleteRolePolicy(r -> r.roleName("Temporary").policyName("kms"));
        root.deleteRole(r -> r.roleName("Temporary"));
        assertThatThrownBy(session::listKeys)
            .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(
                e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
      }
    }
  }
}
