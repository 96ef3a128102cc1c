package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The IAM API through the AWS SDK's IamClient, in strict mode: users, access keys, inline and
 * managed policies, roles, tags, and IAM's errors with its codes and messages. The account root's
 * credentials come from the bootstrap environment.
 */
class IamIT {
  static final String ROOT_ID = "AKIAROOTEXAMPLE00001";
  static final String ROOT_SECRET = "root/secret+Key0123456789abcdefghijklmnop";
  static final String ACCOUNT = TrentFixture.ACCOUNT;
  static final String ALLOW_ALL_KMS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
      + "\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";

  private static TrentFixture trent;
  private static IamClient root;

  @BeforeAll
  static void start() {
    trent = TrentFixture.strict(List.of(), Map.of(
        "TRENT_ROOT_ACCESS_KEY_ID", ROOT_ID, "TRENT_ROOT_SECRET_ACCESS_KEY", ROOT_SECRET));
    root = IdentityClients.iam(trent.endpoint(), IdentityClients.basic(ROOT_ID, ROOT_SECRET));
  }

  @AfterAll
  static void stop() {
    root.close();
    trent.close();
  }

  private static void assertIamError(Throwable e, int status, String code, String message) {
    assertThat(e).isInstanceOf(AwsServiceException.class);
    AwsServiceException aws = (AwsServiceException) e;
    assertThat(aws.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(aws.awsErrorDetails().errorMessage()).isEqualTo(message);
    assertThat(aws.statusCode()).isEqualTo(status);
    assertThat(aws.requestId()).isNotBlank();
  }

  @Test
  void createUser_thenGetUser_returnsItsPathArnIdAndTags() {
    User created = root.createUser(r -> r.userName("carol").path("/eng/")
        .tags(Tag.builder().key("team").value("payments").build())).user();

    assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/eng/carol");
    assertThat(created.userId()).matches("AIDA[A-Z2-7]{17}");
    assertThat(created.path()).isEqualTo("/eng/");
    User got = root.getUser(r -> r.userName("carol")).user();
    assertThat(got.userId()).isEqualTo(created.userId());
    assertThat(got.createDate()).isEqualTo(created.createDate());
    assertThat(got.tags()).containsExactly(Tag.builder().key("team").value("payments").build());
    assertThat(root.listUsers(r -> r.pathPrefix("/eng/")).users()).extracting(User::userName)
        .contains("carol");
  }

  @Test
  void listUsers_pagesWithAMarker_andTagUserAddsTags() {
    for (String name : List.of("page-c", "page-a", "page-b")) {
      root.createUser(r -> r.userName(name).path("/paged/"));
    }
    var first = root.listUsers(r -> r.pathPrefix("/paged/").maxItems(2));
    assertThat(first.users()).extracting(User::userName).containsExactly("page-a", "page-b");
    assertThat(first.isTruncated()).isTrue();
    var second = root.listUsers(r -> r.pathPrefix("/paged/").maxItems(2).marker(first.marker()));
    assertThat(second.users()).extracting(User::userName).containsExactly("page-c");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.marker()).isNull();

    root.tagUser(r -> r.userName("page-a").tags(Tag.builder().key("a").value("1").build(),
        Tag.builder().key("b").value("2").build()));
    root.tagUser(r -> r.userName("page-a").tags(Tag.builder().key("a").value("3").build()));
    assertThat(root.getUser(r -> r.userName("page-a")).user().tags()).containsExactly(
        Tag.builder().key("a").value("3").build(), Tag.builder().key("b").value("2").build());
  }

  @Test
  void createUser_takenName_isEntityAlreadyExists() {
    root.createUser(r -> r.userName("dup-user"));
    assertThatThrownBy(() -> root.createUser(r -> r.userName("DUP-USER")))
        .isInstanceOf(EntityAlreadyExistsException.class)
        .satisfies(e -> assertIamError(e, 409, "EntityAlreadyExists",
            "User with name DUP-USER already exists."));
  }

  @Test
  void getUser_unknown_isNoSuchEntity() {
    assertThatThrownBy(() -> root.getUser(r -> r.userName("nobody")))
        .isInstanceOf(NoSuchEntityException.class)
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "The user with name nobody cannot be found."));
  }

  @Test
  void createUser_badName_isValidationError() {
    assertThatThrownBy(() -> root.createUser(r -> r.userName("bad name")))
        .satisfies(e -> assertIamError(e, 400, "ValidationError",
            "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"));
  }

  @Test
  void accessKey_worksForKms_untilDeactivatedOrDeleted() {
    root.createUser(r -> r.userName("dave"));
    AccessKey key = root.createAccessKey(r -> r.userName("dave")).accessKey();
    assertThat(key.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
    assertThat(key.secretAccessKey()).hasSize(40);
    assertThat(key.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(root.listAccessKeys(r -> r.userName("dave")).accessKeyMetadata())
        .extracting(AccessKeyMetadata::accessKeyId).containsExactly(key.accessKeyId());

    try (KmsClient dave = IdentityClients.kms(trent.endpoint(),
        IdentityClients.basic(key.accessKeyId(), key.secretAccessKey()))) {
      // A user without identity policies is authenticated but may do nothing in KMS.
      assertThatThrownBy(dave::listKeys).isInstanceOfSatisfying(AwsServiceException.class, e -> {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
            + ":user/dave is not authorized to perform: kms:ListKeys on resource: * because no"
            + " identity-based policy allows the kms:ListKeys action");
      });
      root.putUserPolicy(r -> r.userName("dave").policyName("kms").policyDocument(ALLOW_ALL_KMS));
      assertThat(dave.listKeys().keys()).isNotNull();

      root.updateAccessKey(r -> r.userName("dave").accessKeyId(key.accessKeyId())
          .status(StatusType.INACTIVE));
      assertThatThrownBy(dave::listKeys).isInstanceOfSatisfying(AwsServiceException.class, e -> {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
        assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("The security token included in the request is invalid.");
      });

      root.updateAccessKey(r -> r.userName("dave").accessKeyId(key.accessKeyId())
          .status(StatusType.ACTIVE));
      assertThat(dave.listKeys().keys()).isNotNull();

      root.deleteAccessKey(r -> r.userName("dave").accessKeyId(key.accessKeyId()));
      assertThatThrownBy(dave::listKeys).isInstanceOfSatisfying(AwsServiceException.class,
          e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
    }
    assertThatThrownBy(() -> root.deleteAccessKey(r -> r.userName("dave")
        .accessKeyId(key.accessKeyId())))
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "The Access Key with id " + key.accessKeyId() + " cannot be found."));
  }

  @Test
  void thirdAccessKey_isLimitExceeded() {
    root.createUser(r -> r.userName("erin"));
    root.createAccessKey(r -> r.userName("erin"));
    root.createAccessKey(r -> r.userName("erin"));
    assertThatThrownBy(() -> root.createAccessKey(r -> r.userName("erin")))
        .satisfies(e -> assertIamError(e, 409, "LimitExceeded",
            "Cannot exceed quota for AccessKeysPerUser: 2"));
  }

  @Test
  void deleteUser_withDependents_isDeleteConflict_untilTheyAreGone() {
    root.createUser(r -> r.userName("frank"));
    String keyId = root.createAccessKey(r -> r.userName("frank")).accessKey().accessKeyId();
    root.putUserPolicy(r -> r.userName("frank").policyName("kms").policyDocument(ALLOW_ALL_KMS));

    assertThatThrownBy(() -> root.deleteUser(r -> r.userName("frank")))
        .isInstanceOf(DeleteConflictException.class)
        .satisfies(e -> assertIamError(e, 409, "DeleteConflict",
            "Cannot delete entity, must delete access keys first."));
    root.deleteAccessKey(r -> r.userName("frank").accessKeyId(keyId));
    assertThatThrownBy(() -> root.deleteUser(r -> r.userName("frank")))
        .satisfies(e -> assertIamError(e, 409, "DeleteConflict",
            "Cannot delete entity, must delete policies first."));
    root.deleteUserPolicy(r -> r.userName("frank").policyName("kms"));
    root.deleteUser(r -> r.userName("frank"));
    assertThatThrownBy(() -> root.getUser(r -> r.userName("frank")))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void userPolicy_isReturnedUrlEncoded_asIamDoes() {
    root.createUser(r -> r.userName("grace"));
    root.putUserPolicy(r -> r.userName("grace").policyName("kms").policyDocument(ALLOW_ALL_KMS));
    String document = root.getUserPolicy(r -> r.userName("grace").policyName("kms"))
        .policyDocument();
    assertThat(document).startsWith("%7B%22Version%22");
    assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8)).isEqualTo(ALLOW_ALL_KMS);
    assertThatThrownBy(() -> root.getUserPolicy(r -> r.userName("grace").policyName("other")))
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "The user policy with name other cannot be found."));
  }

  @Test
  void malformedPolicy_isMalformedPolicyDocument() {
    root.createUser(r -> r.userName("heidi"));
    assertThatThrownBy(() -> root.putUserPolicy(r -> r.userName("heidi").policyName("p")
        .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Perhaps\","
            + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")))
        .isInstanceOfSatisfying(MalformedPolicyDocumentException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
        });
  }

  @Test
  void managedPolicy_attachDetachDelete() {
    root.createUser(r -> r.userName("ivan"));
    Policy policy = root.createPolicy(r -> r.policyName("KmsAll").path("/team/")
        .policyDocument(ALLOW_ALL_KMS)).policy();
    assertThat(policy.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":policy/team/KmsAll");
    assertThat(policy.defaultVersionId()).isEqualTo("v1");
    assertThat(policy.policyId()).matches("ANPA[A-Z2-7]{17}");

    root.attachUserPolicy(r -> r.userName("ivan").policyArn(policy.arn()));
    assertThatThrownBy(() -> root.deletePolicy(r -> r.policyArn(policy.arn())))
        .satisfies(e -> assertIamError(e, 409, "DeleteConflict",
            "Cannot delete a policy attached to entities."));
    assertThatThrownBy(() -> root.createPolicy(r -> r.policyName("KmsAll").path("/team/")
        .policyDocument(ALLOW_ALL_KMS)))
        .satisfies(e -> assertIamError(e, 409, "EntityAlreadyExists",
            "A policy called KmsAll already exists. Duplicate names are not allowed."));
    root.detachUserPolicy(r -> r.userName("ivan").policyArn(policy.arn()));
    assertThatThrownBy(() -> root.detachUserPolicy(r -> r.userName("ivan").policyArn(policy.arn())))
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "Policy " + policy.arn() + " was not found."));
    root.deletePolicy(r -> r.policyArn(policy.arn()));
    assertThatThrownBy(() -> root.attachUserPolicy(r -> r.userName("ivan").policyArn(policy.arn())))
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "Policy " + policy.arn() + " does not exist or is not attachable."));
  }

  @Test
  void role_createGetTagDelete() {
    String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    Role role = root.createRole(r -> r.roleName("Auditor").path("/ops/")
        .assumeRolePolicyDocument(trust).maxSessionDuration(7200).description("reads logs"))
        .role();
    assertThat(role.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/ops/Auditor");
    assertThat(role.roleId()).matches("AROA[A-Z2-7]{17}");
    root.tagRole(r -> r.roleName("auditor").tags(Tag.builder().key("env").value("prod").build()));

    Role got = root.getRole(r -> r.roleName("Auditor")).role();
    assertThat(got.maxSessionDuration()).isEqualTo(7200);
    assertThat(got.description()).isEqualTo("reads logs");
    assertThat(URLDecoder.decode(got.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
        .isEqualTo(trust);
    assertThat(got.tags()).containsExactly(Tag.builder().key("env").value("prod").build());

    root.putRolePolicy(r -> r.roleName("Auditor").policyName("p").policyDocument(ALLOW_ALL_KMS));
    assertThatThrownBy(() -> root.deleteRole(r -> r.roleName("Auditor")))
        .satisfies(e -> assertIamError(e, 409, "DeleteConflict",
            "Cannot delete entity, must delete policies first."));
    root.deleteRolePolicy(r -> r.roleName("Auditor").policyName("p"));
    root.deleteRole(r -> r.roleName("Auditor"));
    assertThatThrownBy(() -> root.getRole(r -> r.roleName("Auditor")))
        .satisfies(e -> assertIamError(e, 404, "NoSuchEntity",
            "The role with name Auditor cannot be found."));
  }

  @Test
  void userWithoutPolicy_isAccessDenied_untilAPolicyAllows() {
    root.createUser(r -> r.userName("judy"));
    AccessKey key = root.createAccessKey(r -> r.userName("judy")).accessKey();
    try (IamClient judy = IdentityClients.iam(trent.endpoint(),
        IdentityClients.basic(key.accessKeyId(), key.secretAccessKey()))) {
      assertThatThrownBy(() -> judy.createUser(r -> r.userName("made-by-judy")))
          .satisfies(e -> assertIamError(e, 403, "AccessDenied",
              "User: arn:aws:iam::" + ACCOUNT + ":user/judy is not authorized to perform:"
                  + " iam:CreateUser on resource: arn:aws:iam::" + ACCOUNT
                  + ":user/made-by-judy because no identity-based policy allows the"
                  + " iam:CreateUser action"));

      root.putUserPolicy(r -> r.userName("judy").policyName("users").policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
              + "\"iam:CreateUser\",\"Resource\":\"arn:aws:iam::" + ACCOUNT + ":user/made-by-*\"}]}"));
      assertThat(judy.createUser(r -> r.userName("made-by-judy")).user().userName())
          .isEqualTo("made-by-judy");
      // Still nothing else: the policy names one action on one set of users.
      assertThatThrownBy(() -> judy.createUser(r -> r.userName("other")))
          .satisfies(e -> assertThat(((AwsServiceException) e).awsErrorDetails().errorCode())
              .isEqualTo("AccessDenied"));

      root.putUserPolicy(r -> r.userName("judy").policyName("deny").policyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
              + "\"iam:*\",\"Resource\":\"*\"}]}"));
      assertThatThrownBy(() -> judy.createUser(r -> r.userName("made-by-judy-2")))
          .satisfies(e -> assertIamError(e, 403, "AccessDenied",
              "User: arn:aws:iam::" + ACCOUNT + ":user/judy is not authorized to perform:"
                  + " iam:CreateUser on resource: arn:aws:iam::" + ACCOUNT
                  + ":user/made-by-judy-2 with an explicit deny in an identity-based policy"));
    }
  }

  @Test
  void iamAndStsCalls_areAudited_withoutSecrets() {
    root.createUser(r -> r.userName("audited"));
    var created = root.createAccessKey(r -> r.userName("audited"));
    JsonNode record = AuditRecords.byRequestId(trent.dataDir(), created.responseMetadata().requestId());
    assertThat(record.path("eventSource").asText()).isEqualTo("iam.amazonaws.com");
    assertThat(record.path("eventName").asText()).isEqualTo("CreateAccessKey");
    assertThat(record.path("userIdentity").path("arn").asText())
        .isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    assertThat(record.path("requestParameters").path("userName").asText()).isEqualTo("audited");
    assertThat(record.path("recipientAccountId").asText()).isEqualTo(ACCOUNT);
    assertThat(record.path("responseElements").path("accessKey").path("accessKeyId").asText())
        .isEqualTo(created.accessKey().accessKeyId());
    assertThat(record.toString()).doesNotContain(created.accessKey().secretAccessKey());

    try (var sts = IdentityClients.sts(trent.endpoint(), IdentityClients.basic(ROOT_ID, ROOT_SECRET))) {
      String requestId = sts.getCallerIdentity().responseMetadata().requestId();
      JsonNode sts1 = AuditRecords.byRequestId(trent.dataDir(), requestId);
      assertThat(sts1.path("eventSource").asText()).isEqualTo("sts.amazonaws.com");
      assertThat(sts1.path("eventName").asText()).isEqualTo("GetCallerIdentity");
      assertThat(sts1.path("readOnly").asBoolean()).isTrue();
    }
    var refused = catchThrowableOfType(NoSuchEntityException.class,
        () -> root.getUser(r -> r.userName("no-such-user")));
    JsonNode failed = AuditRecords.byRequestId(trent.dataDir(), refused.requestId());
    assertThat(failed.path("errorCode").asText()).isEqualTo("NoSuchEntity");
    assertThat(failed.path("errorMessage").asText())
        .isEqualTo("The user with name no-such-user cannot be found.");
  }

  @Test
  void getUser_withoutName_isTheCaller() {
    User me = root.getUser().user();
    assertThat(me.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    assertThat(me.userId()).isEqualTo(ACCOUNT);
  }
}
