package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.cli.TrentCommand;
import dev.trent.server.Trent;
import dev.trent.server.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Strict authentication of the KMS, IAM and STS APIs against forged, expired and wrongly scoped
 * signatures and expired or altered session tokens, each refused with AWS's error for that API;
 * and the bootstrap of the first credentials (environment, generated file, create-account).
 */
class IdentityAuthIT {
  private static final String ACCOUNT = TrentFixture.ACCOUNT;
  private static final String MISMATCH = "The request signature we calculated does not match the"
      + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the"
      + " service documentation for details.";
  private static final String CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";
  private static final String LIST_USERS = "Action=ListUsers&Version=2010-05-08";

  private static TrentFixture trent;
  private static AwsBasicCredentials rootCredentials;

  @BeforeAll
  static void start() {
    trent = TrentFixture.strict(List.of(), Map.of(
        "TRENT_ROOT_ACCESS_KEY_ID", IamIT.ROOT_ID, "TRENT_ROOT_SECRET_ACCESS_KEY", IamIT.ROOT_SECRET));
    rootCredentials = AwsBasicCredentials.create(IamIT.ROOT_ID, IamIT.ROOT_SECRET);
  }

  @AfterAll
  static void stop() {
    trent.close();
  }

  private static Instant now() {
    return trent.clock().instant();
  }

  @Test
  void rightlySignedQueryCalls_areAnswered() {
    SignedCall.Response sts = SignedCall.query(trent.endpoint(), rootCredentials, "sts",
        "us-east-1", now(), CALLER_IDENTITY);
    assertThat(sts.status()).isEqualTo(200);
    assertThat(sts.body()).contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
        .contains("<Arn>arn:aws:iam::" + ACCOUNT + ":root</Arn>");
    assertThat(SignedCall.query(trent.endpoint(), rootCredentials, "iam", "us-east-1", now(),
        LIST_USERS).status()).isEqualTo(200);
  }

  @Test
  void unknownOrMissingAction_isInvalidActionOrMissingAction() {
    SignedCall.Response unknown = SignedCall.query(trent.endpoint(), rootCredentials, "iam",
        "us-east-1", now(), "Action=ListGroups&Version=2010-05-08");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("InvalidAction");
    assertThat(unknown.message()).isEqualTo("Could not find operation ListGroups for version 2010-05-08");
    SignedCall.Response missing = SignedCall.query(trent.endpoint(), rootCredentials, "iam",
        "us-east-1", now(), "Version=2010-05-08");
    assertThat(missing.code()).isEqualTo("MissingAction");
  }

  @Test
  void forgedSignature_isRefusedByEveryApi() {
    AwsBasicCredentials forged = AwsBasicCredentials.create(IamIT.ROOT_ID, IamIT.ROOT_SECRET + "x");
    SignedCall.Response iam = SignedCall.query(trent.endpoint(), forged, "iam", "us-east-1", now(),
        LIST_USERS);
    assertThat(iam.status()).isEqualTo(403);
    assertThat(iam.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(iam.message()).isEqualTo(MISMATCH);
    assertThat(iam.body()).contains("<Type>Sender</Type>").contains("<RequestId>");

    try (IamClient client = IdentityClients.iam(trent.endpoint(), IdentityClients.of(forged))) {
      assertThatThrownBy(client::listUsers).isInstanceOfSatisfying(AwsServiceException.class, e -> {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.statusCode()).isEqualTo(403);
      });
    }
    SignedCall.Response kms = SignedCall.kms(trent.endpoint(), forged, "kms", "us-east-1", now(),
        "ListKeys", "{}");
    assertThat(kms.status()).isEqualTo(400);
    assertThat(kms.body()).contains("InvalidSignatureException").contains(MISMATCH);
  }

  @Test
  void unknownAccessKey_isInvalidClientTokenId_onIamAndSts() {
    try (StsClient stranger = IdentityClients.sts(trent.endpoint(),
        IdentityClients.basic("AKIAUNKNOWNEXAMPLE99", "whatever"))) {
      assertThatThrownBy(stranger::getCallerIdentity)
          .isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The security token included in the request is invalid.");
            assertThat(e.statusCode()).isEqualTo(403);
          });
    }
  }

  @Test
  void requestSignedTenMinutesAgo_isExpired() {
    Instant signedAt = now().minus(Duration.ofMinutes(10));
    SignedCall.Response iam = SignedCall.query(trent.endpoint(), rootCredentials, "iam",
        "us-east-1", signedAt, LIST_USERS);
    assertThat(iam.status()).isEqualTo(403);
    assertThat(iam.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(iam.message()).startsWith("Signature expired: ").contains(" is now earlier than ")
        .endsWith(" - 5 min.)");
    SignedCall.Response kms = SignedCall.kms(trent.endpoint(), rootCredentials, "kms",
        "us-east-1", signedAt, "ListKeys", "{}");
    assertThat(kms.status()).isEqualTo(400);
    assertThat(kms.body()).contains("InvalidSignatureException").contains("Signature expired: ");
  }

  @Test
  void signatureScopedToAnotherService_isRefused_namingTheRightOne() {
    SignedCall.Response iamAsKms = SignedCall.query(trent.endpoint(), rootCredentials, "kms",
        "us-east-1", now(), LIST_USERS);
    assertThat(iamAsKms.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(iamAsKms.message()).isEqualTo("Credential should be scoped to correct service: 'iam'. ");
    SignedCall.Response stsAsIam = SignedCall.query(trent.endpoint(), rootCredentials, "iam",
        "us-east-1", now(), CALLER_IDENTITY);
    assertThat(stsAsIam.message()).isEqualTo("Credential should be scoped to correct service: 'sts'. ");
    SignedCall.Response kmsAsIam = SignedCall.kms(trent.endpoint(), rootCredentials, "iam",
        "us-east-1", now(), "ListKeys", "{}");
    assertThat(kmsAsIam.status()).isEqualTo(400);
    assertThat(kmsAsIam.body()).contains("InvalidSignatureException")
        .contains("Credential should be scoped to correct service: 'kms'. ");
  }

  @Test
  void signatureScopedToAnInvalidRegion_isRefused() {
    SignedCall.Response sts = SignedCall.query(trent.endpoint(), rootCredentials, "sts",
        "US_EAST_1", now(), CALLER_IDENTITY);
    assertThat(sts.status()).isEqualTo(403);
    assertThat(sts.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(sts.message()).isEqualTo("Credential should be scoped to a valid region, not 'US_EAST_1'. ");
  }

  @Test
  void sessionToken_expiredOrAltered_isRefused() {
    // A server of its own: this test moves its clock.
    try (TrentFixture own = TrentFixture.strict(List.of(), Map.of(
        "TRENT_ROOT_ACCESS_KEY_ID", IamIT.ROOT_ID, "TRENT_ROOT_SECRET_ACCESS_KEY", IamIT.ROOT_SECRET));
        IamClient root = IdentityClients.iam(own.endpoint(), IdentityClients.of(rootCredentials))) {
      root.createUser(r -> r.userName("alice"));
      var key = root.createAccessKey(r -> r.userName("alice")).accessKey();
      root.createRole(r -> r.roleName("R").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\","
          + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
          + ":user/alice\"},\"Action\":\"sts:AssumeRole\"}]}"));
      root.putRolePolicy(r -> r.roleName("R").policyName("kms").policyDocument(IamIT.ALLOW_ALL_KMS));
      Credentials session;
      try (StsClient alice = IdentityClients.sts(own.endpoint(),
          IdentityClients.basic(key.accessKeyId(), key.secretAccessKey()))) {
        session = alice.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/R")
            .roleSessionName("short").durationSeconds(900)).credentials();
      }
      AwsSessionCredentials valid = AwsSessionCredentials.create(session.accessKeyId(),
          session.secretAccessKey(), session.sessionToken());
      AwsSessionCredentials altered = AwsSessionCredentials.create(session.accessKeyId(),
          session.secretAccessKey(), session.sessionToken() + "A");
      AwsBasicCredentials withoutToken = AwsBasicCredentials.create(session.accessKeyId(),
          session.secretAccessKey());
      Instant at = own.clock().instant();
      assertThat(SignedCall.kms(own.endpoint(), valid, "kms", "us-east-1", at, "ListKeys", "{}")
          .status()).isEqualTo(200);
      for (var wrong : List.of(altered, withoutToken)) {
        SignedCall.Response kms = SignedCall.kms(own.endpoint(), wrong, "kms", "us-east-1", at,
            "ListKeys", "{}");
        assertThat(kms.status()).isEqualTo(400);
        assertThat(kms.body()).contains("UnrecognizedClientException")
            .contains("The security token included in the request is invalid.");
      }

      own.clock().advance(Duration.ofSeconds(901));
      Instant later = own.clock().instant();
      SignedCall.Response kms = SignedCall.kms(own.endpoint(), valid, "kms", "us-east-1", later,
          "ListKeys", "{}");
      assertThat(kms.status()).isEqualTo(400);
      assertThat(kms.body()).contains("ExpiredTokenException")
          .contains("The security token included in the request is expired");
      SignedCall.Response sts = SignedCall.query(own.endpoint(), valid, "sts", "us-east-1", later,
          CALLER_IDENTITY);
      assertThat(sts.status()).isEqualTo(403);
      assertThat(sts.code()).isEqualTo("ExpiredToken");
      assertThat(sts.message()).isEqualTo("The security token included in the request is expired");
    }
  }

  @Test
  void withoutEnvironment_rootCredentialsAreGeneratedOnce_intoAnOwnerOnlyFile() throws IOException {
    try (TrentFixture fresh = TrentFixture.strict(List.of(), Map.of())) {
      Path file = fresh.dataDir().resolve("root-credentials");
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      String content = Files.readString(file);
      AwsBasicCredentials generated = AwsBasicCredentials.create(
          field(content, "aws_access_key_id"), field(content, "aws_secret_access_key"));
      assertThat(generated.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
      try (StsClient sts = IdentityClients.sts(fresh.endpoint(), IdentityClients.of(generated))) {
        assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
      }
    }
  }

  @Test
  void halfAnEnvironment_refusesToStart() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withAuthMode(dev.trent.auth.AuthMode.STRICT)
        .withDataDir(tempDir());
    assertThatThrownBy(() -> Trent.start(config, trent.clock(),
        Map.of("TRENT_ROOT_ACCESS_KEY_ID", "AKIAHALFSETEXAMPLE01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Set both TRENT_ROOT_ACCESS_KEY_ID and TRENT_ROOT_SECRET_ACCESS_KEY, or neither.");
  }

  @Test
  void createAccount_printsRootCredentialsOfANewAccount() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      status = new CommandLine(new TrentCommand()).execute("iam", "create-account",
          "--account-id", "444455556666", "--data-dir", trent.dataDir().toString());
    } finally {
      System.setOut(saved);
    }
    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    AwsBasicCredentials created = AwsBasicCredentials.create(
        field(printed, "aws_access_key_id"), field(printed, "aws_secret_access_key"));
    try (StsClient sts = IdentityClients.sts(trent.endpoint(), IdentityClients.of(created))) {
      assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::444455556666:root");
    }
    int again = new CommandLine(new TrentCommand()).execute("iam", "create-account",
        "--account-id", "444455556666", "--data-dir", trent.dataDir().toString());
    assertThat(again).isEqualTo(2);
  }

  private static String field(String credentialsFile, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + " = (\\S+)$").matcher(credentialsFile);
    assertThat(m.find()).as(name + " in the credentials file").isTrue();
    return m.group(1);
  }

  private static Path tempDir() {
    return TempDirs.create("trent-it-");
  }
}
