package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.protocol.error.InvalidGrantTokenException;
import dev.trent.store.jdbc.ChangeFanout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The condition keys a request supplies, per operation, and the global keys of the caller. */
class RequestConditionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RequestFacts facts(String operation, String input) throws Exception {
    JsonNode node = JSON.readTree(input);
    return RequestFacts.of(operation, node);
  }

  private static List<String> request(RequestFacts f, String key) {
    return new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(new ChangeFanout(), 100))
        .open("arn:aws:iam::111122223333:root", "111122223333", "us-east-1", "127.0.0.1", Instant.EPOCH, f)
        .conditions().values(key);
  }

  @Test
  void encrypt_suppliesTheContextPerAction_andTheAlgorithmWithItsDefault() throws Exception {
    String token = new GrantToken("11111111-2222-3333-4444-555555555555", "a".repeat(64)).issue(new byte[16]);
    RequestFacts f = facts("Encrypt", "{\"KeyId\":\"k\",\"EncryptionContext\":{\"Purpose\":\"test\"},"
        + "\"GrantTokens\":[\"" + token + "\"]}");
    assertThat(f.encryptionContext("kms:Encrypt")).isEqualTo(Map.of("Purpose", "test"));
    assertThat(f.encryptionContext("kms:Decrypt")).isNull();
    assertThat(f.grantTokens()).containsExactly(token);
    assertThat(request(f, "KMS:encryptionalgorithm")).containsExactly("SYMMETRIC_DEFAULT");
  }

  @Test
  void reEncrypt_sourceAndDestinationContexts() throws Exception {
    RequestFacts f = facts("ReEncrypt", "{\"SourceEncryptionContext\":{\"a\":\"1\"},"
        + "\"DestinationEncryptionContext\":{\"b\":\"2\"},\"DestinationKeyId\":\"alias/x\"}");
    assertThat(f.encryptionContext("kms:ReEncryptFrom")).isEqualTo(Map.of("a", "1"));
    assertThat(f.encryptionContext("kms:ReEncryptTo")).isEqualTo(Map.of("b", "2"));
    assertThat(f.destinationKeyId()).isEqualTo("alias/x");
  }

  @Test
  void createKey_keySpecUsageOriginTagsAndDefaults() throws Exception {
    RequestFacts f = facts("CreateKey", "{\"KeyUsage\":\"SIGN_VERIFY\",\"KeySpec\":\"ECC_NIST_P256\","
        + "\"Tags\":[{\"TagKey\":\"team\",\"TagValue\":\"a\"}]}");
    assertThat(request(f, "kms:KeySpec")).containsExactly("ECC_NIST_P256");
    assertThat(request(f, "kms:KeyUsage")).containsExactly("SIGN_VERIFY");
    assertThat(request(f, "kms:KeyOrigin")).containsExactly("AWS_KMS");
    assertThat(request(f, "kms:MultiRegion")).containsExactly("false");
    assertThat(request(f, "aws:RequestTag/team")).containsExactly("a");
    assertThat(request(f, "aws:TagKeys")).containsExactly("team");
    assertThat(request(f, "kms:BypassPolicyLockoutSafetyCheck")).containsExactly("false");
  }

  @Test
  void createGrant_operationsPrincipalsAndConstraintType() throws Exception {
    RequestFacts f = facts("CreateGrant", "{\"Operations\":[\"Encrypt\",\"Decrypt\"],"
        + "\"GranteePrincipal\":\"arn:aws:iam::111122223333:user/a\","
        + "\"Constraints\":{\"EncryptionContextSubset\":{\"x\":\"y\"}}}");
    assertThat(request(f, "kms:GrantOperations")).containsExactly("Encrypt", "Decrypt");
    assertThat(request(f, "kms:GranteePrincipal")).containsExactly("arn:aws:iam::111122223333:user/a");
    assertThat(request(f, "kms:GrantConstraintType")).containsExactly("EncryptionContextSubset");
    assertThat(request(f, "kms:GrantIsForAWSResource")).containsExactly("false");
    assertThat(request(f, "kms:RetiringPrincipal")).isEmpty();
  }

  @Test
  void grantTokens_notIssuedByTrent_areInvalidForEveryOperation() {
    for (String operation : List.of("Encrypt", "DescribeKey", "CreateGrant", "Sign")) {
      assertThatThrownBy(() -> facts(operation, "{\"GrantTokens\":[\"token\"]}"))
          .isInstanceOf(InvalidGrantTokenException.class).hasMessage("Invalid grant token");
    }
  }

  @Test
  void createGrant_contextConditionKeysReadTheConstraints_butTheGrantCheckSeesNoContext() throws Exception {
    RequestFacts f = facts("CreateGrant", "{\"Operations\":[\"Encrypt\"],"
        + "\"Constraints\":{\"EncryptionContextEquals\":{\"Purpose\":\"orders\"},"
        + "\"EncryptionContextSubset\":{\"team\":\"a\"}}}");
    assertThat(f.conditionContext("kms:CreateGrant")).isEqualTo(Map.of("Purpose", "orders", "team", "a"));
    assertThat(f.encryptionContext("kms:CreateGrant")).isNull();
    assertThat(request(f, "kms:GrantConstraintType"))
        .containsExactlyInAnyOrder("EncryptionContextEquals", "EncryptionContextSubset");
    var key = AuthorizerTest.key("{}").withState("Enabled", null, null);
    var c = new RequestConditions(new RequestConditions.Call(
        new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(new ChangeFanout(), 100))
            .open("arn:aws:iam::111122223333:root", "111122223333", "us-east-1", "127.0.0.1", Instant.EPOCH, f)
            .caller(), "us-east-1", "127.0.0.1", Instant.EPOCH, f, Map::of),
        new RequestConditions.Check(null, key, f.conditionContext("kms:CreateGrant"), null, null));
    assertThat(c.values("kms:EncryptionContext:purpose")).containsExactly("orders");
    assertThat(c.values("kms:EncryptionContextKeys")).containsExactlyInAnyOrder("Purpose", "team");

    RequestFacts unconstrained = facts("CreateGrant", "{\"Operations\":[\"Encrypt\"]}");
    assertThat(unconstrained.conditionContext("kms:CreateGrant")).isNull();
    assertThat(request(unconstrained, "kms:GrantConstraintType")).isEmpty();
  }

  @Test
  void managementOperations_theirOwnKeysWithAwsDefaults() throws Exception {
    assertThat(request(facts("ScheduleKeyDeletion", "{}"), "kms:ScheduleKeyDeletionPendingWindowInDays"))
        .containsExactly("30");
    assertThat(request(facts("EnableKeyRotation", "{\"RotationPeriodInDays\":90}"), "kms:RotationPeriodInDays"))
        .containsExactly("90");
    assertThat(request(facts("Sign", "{\"SigningAlgorithm\":\"ECDSA_SHA_256\"}"), "kms:MessageType"))
        .containsExactly("RAW");
    assertThat(request(facts("GenerateDataKeyPair", "{\"KeyPairSpec\":\"RSA_2048\"}"), "kms:DataKeyPairSpec"))
        .containsExactly("RSA_2048");
    assertThat(request(facts("UntagResource", "{\"TagKeys\":[\"a\",\"b\"]}"), "aws:TagKeys"))
        .containsExactly("a", "b");
    assertThat(request(facts("GetParametersForImport", "{\"WrappingAlgorithm\":\"RSA_AES_KEY_WRAP_SHA_256\","
        + "\"WrappingKeySpec\":\"RSA_4096\"}"), "kms:WrappingKeySpec")).containsExactly("RSA_4096");
  }

  @Test
  void globalKeys_ofTheCaller() throws Exception {
    Authorizer authorizer = new Authorizer(new PrincipalDirectory() {
      @Override
      public List<String> identityPolicies(String principalArn) {
        return List.of();
      }

      @Override
      public Map<String, String> principalTags(String principalArn) {
        return Map.of("Team", "blue");
      }
    }, new GrantAuthority(new ChangeFanout(), 100));
    Authorization a = authorizer.open("arn:aws:iam::111122223333:user/alice", "111122223333", "eu-west-1",
        "10.1.2.3", Instant.parse("2026-11-28T10:15:30.456Z"), RequestFacts.NONE);
    var c = a.conditions();
    assertThat(c.values("aws:PrincipalArn")).containsExactly("arn:aws:iam::111122223333:user/alice");
    assertThat(c.values("aws:PrincipalType")).containsExactly("User");
    assertThat(c.values("aws:username")).containsExactly("alice");
    assertThat(c.values("kms:CallerAccount")).containsExactly("111122223333");
    assertThat(c.values("aws:SourceIp")).containsExactly("10.1.2.3");
    assertThat(c.values("aws:CurrentTime")).containsExactly("2026-11-28T10:15:30Z");
    assertThat(c.values("aws:EpochTime")).containsExactly("1795860930");
    assertThat(c.values("aws:SecureTransport")).containsExactly("false");
    assertThat(c.values("aws:RequestedRegion")).containsExactly("eu-west-1");
    assertThat(c.values("aws:PrincipalTag/team")).containsExactly("blue");
    assertThat(c.values("kms:ViaService")).isEmpty();
    assertThat(c.values("aws:userid")).isEmpty();
  }

  @Test
  void checkOnAKey_keyFactsWinOverCreateKeyStyleRequestFacts_andTheContextIsCaseInsensitive() throws Exception {
    RequestFacts f = facts("Encrypt", "{\"EncryptionContext\":{\"Purpose\":\"Test\"}}");
    Authorization a = new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(new ChangeFanout(), 100))
        .open("arn:aws:iam::111122223333:root", "111122223333", "us-east-1", "127.0.0.1", Instant.EPOCH, f);
    var key = AuthorizerTest.key("{}").withState("Enabled", null, null);
    var c = new RequestConditions(new RequestConditions.Call(a.caller(), "us-east-1", "127.0.0.1",
        Instant.EPOCH, f, Map::of), new RequestConditions.Check(null, key,
        f.encryptionContext("kms:Encrypt"), "alias/app", null));
    assertThat(c.values("kms:KeySpec")).containsExactly("SYMMETRIC_DEFAULT");
    assertThat(c.values("kms:KeyUsage")).containsExactly("ENCRYPT_DECRYPT");
    assertThat(c.values("kms:KeyOrigin")).containsExactly("AWS_KMS");
    assertThat(c.values("kms:MultiRegion")).containsExactly("false");
    assertThat(c.values("kms:encryptioncontext:purpose")).containsExactly("Test");
    assertThat(c.values("kms:EncryptionContextKeys")).containsExactly("Purpose");
    assertThat(c.values("kms:RequestAlias")).containsExactly("alias/app");
    assertThat(c.values("kms:EncryptionAlgorithm")).containsExactly("SYMMETRIC_DEFAULT");
    assertThat(c.values("kms:ReEncryptOnSameKey")).isEmpty();
  }
}
