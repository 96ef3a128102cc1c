package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateGrantResponse;
import software.amazon.awssdk.services.kms.model.GrantListEntry;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.ListGrantsResponse;

/**
 * CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant: the key's owner
 * (111122223333) grants another account's root (444455556666), which the default key policy does
 * not allow, so every use it makes of the key is the grant's.
 */
@SharedTrent
class GrantsIT {
  static final String OTHER = "444455556666";
  static final String GRANTEE = "arn:aws:iam::444455556666:root";
  static final SdkBytes DATA = SdkBytes.fromUtf8String("granted");
  static final Map<String, String> CONTEXT = Map.of("purpose", "orders");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KmsClient other;

  @BeforeAll
  static void otherAccount() {
    other = trent.client(OTHER, "x", "us-east-1");
  }

  @AfterAll
  static void close() {
    other.close();
  }

  private static String newKey() {
    return kms.createKey(r -> r.description("grants")).keyMetadata().keyId();
  }

  static String denied(String action, String keyId) {
    return "User: " + GRANTEE + " is not authorized to perform: " + action + " on resource: " + keyArn(keyId)
        + " because no resource-based policy allows the " + action + " action";
  }

  @Test
  void grantWithAnEncryptionContextConstraint_allowsOnlyThatContext() {
    String keyId = newKey();
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)
        .encryptionContext(CONTEXT)), "AccessDeniedException", denied("kms:Encrypt", keyId));

    CreateGrantResponse grant = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT, GrantOperation.DECRYPT)
        .constraints(c -> c.encryptionContextSubset(CONTEXT)));
    assertThat(grant.grantId()).matches("[0-9a-f]{64}");
    assertThat(grant.grantToken()).isNotBlank();

    var encrypted = other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)
        .encryptionContext(Map.of("purpose", "orders", "extra", "x")).grantTokens(grant.grantToken()));
    assertThat(other.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())
        .encryptionContext(Map.of("purpose", "orders", "extra", "x"))).plaintext()).isEqualTo(DATA);
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)
        .encryptionContext(Map.of("purpose", "billing"))), "AccessDeniedException", denied("kms:Encrypt", keyId));
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)),
        "AccessDeniedException", denied("kms:Encrypt", keyId));
    assertKmsError(() -> other.generateDataKey(r -> r.keyId(keyArn(keyId)).numberOfBytes(16)
        .encryptionContext(CONTEXT)), "AccessDeniedException", denied("kms:GenerateDataKey", keyId));
  }

  @Test
  void listGrants_showsEveryField_filtersAndPages() {
    String keyId = newKey();
    Instant before = trent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    String first = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE).name("first")
        .retiringPrincipal("arn:aws:iam::111122223333:root")
        .operations(GrantOperation.DECRYPT).constraints(c -> c.encryptionContextEquals(CONTEXT))).grantId();
    String second = kms.createGrant(r -> r.keyId(keyId).granteePrincipal("arn:aws:iam::111122223333:user/bob")
        .operations(GrantOperation.DESCRIBE_KEY)).grantId();

    GrantListEntry entry = kms.listGrants(r -> r.keyId(keyId).grantId(first)).grants().get(0);
    assertThat(entry.keyId()).isEqualTo(keyArn(keyId));
    assertThat(entry.grantId()).isEqualTo(first);
    assertThat(entry.name()).isEqualTo("first");
    assertThat(entry.granteePrincipal()).isEqualTo(GRANTEE);
    assertThat(entry.retiringPrincipal()).isEqualTo("arn:aws:iam::111122223333:root");
    assertThat(entry.issuingAccount()).isEqualTo("arn:aws:iam::111122223333:root");
    assertThat(entry.operations()).containsExactly(GrantOperation.DECRYPT);
    assertThat(entry.constraints().encryptionContextEquals()).isEqualTo(CONTEXT);
    assertThat(entry.constraints().encryptionContextSubset()).isEmpty();
    assertThat(entry.creationDate()).isBetween(before, trent.clock().instant().plusSeconds(1));

    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).extracting(GrantListEntry::grantId)
        .containsExactlyInAnyOrder(first, second);
    assertThat(kms.listGrants(r -> r.keyId(keyId).granteePrincipal(GRANTEE)).grants())
        .extracting(GrantListEntry::grantId).containsExactly(first);
    ListGrantsResponse page = kms.listGrants(r -> r.keyId(keyId).limit(1));
    assertThat(page.truncated()).isTrue();
    ListGrantsResponse rest = kms.listGrants(r -> r.keyId(keyId).limit(1).marker(page.nextMarker()));
    assertThat(rest.truncated()).isFalse();
    assertThat(List.of(page.grants().get(0).grantId(), rest.grants().get(0).grantId()))
        .containsExactlyInAnyOrder(first, second);

    assertThat(kms.listRetirableGrants(r -> r.retiringPrincipal("arn:aws:iam::111122223333:root")).grants())
        .extracting(GrantListEntry::grantId).contains(first).doesNotContain(second);
    assertKmsError(() -> kms.listRetirableGrants(r -> { }), "ValidationException",
        "Either RetiringPrincipal or RetiringServicePrincipal is required.");
  }

  @Test
  void createGrant_withTheSameName_andParameters_returnsTheSameGrant() {
    String keyId = newKey();
    CreateGrantResponse one = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE).name("retry")
        .operations(GrantOperation.ENCRYPT));
    CreateGrantResponse two = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE).name("retry")
        .operations(GrantOperation.ENCRYPT));
    assertThat(two.grantId()).isEqualTo(one.grantId());
    assertThat(two.grantToken()).isNotEqualTo(one.grantToken());
    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).hasSize(1);
  }

  @Test
  void retireGrant_byToken_byTheRetiringPrincipal_endsTheGrant() {
    String keyId = newKey();
    CreateGrantResponse grant = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .retiringPrincipal(GRANTEE).operations(GrantOperation.ENCRYPT));
    other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA));

    other.retireGrant(r -> r.grantToken(grant.grantToken()));

    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).isEmpty();
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)),
        "AccessDeniedException", denied("kms:Encrypt", keyId));
  }

  @Test
  void retireGrant_byKeyAndGrantId_isRefusedToAStranger_andAllowedToTheGranteeWithRetireGrant() {
    String keyId = newKey();
    String plain = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT)).grantId();
    assertKmsError(() -> other.retireGrant(r -> r.keyId(keyArn(keyId)).grantId(plain)),
        "AccessDeniedException", denied("kms:RetireGrant", keyId));

    String retirable = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT, GrantOperation.RETIRE_GRANT)).grantId();
    other.retireGrant(r -> r.keyId(keyArn(keyId)).grantId(retirable));
    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).extracting(GrantListEntry::grantId)
        .containsExactly(plain);
  }

  @Test
  void revokeGrant_endsTheGrantAtOnce() {
    String keyId = newKey();
    String grantId = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT)).grantId();
    other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA));

    kms.revokeGrant(r -> r.keyId(keyId).grantId(grantId));

    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)),
        "AccessDeniedException", denied("kms:Encrypt", keyId));
    assertKmsError(() -> kms.revokeGrant(r -> r.keyId(keyId).grantId(grantId)), "NotFoundException",
        "Grant ID " + grantId + " not found");
    assertKmsError(() -> kms.revokeGrant(r -> r.keyId(keyId).grantId("not-a-grant")), "InvalidGrantIdException",
        "Invalid grant ID not-a-grant");
  }

  @Test
  void grantOperations_mustSuitTheKey() {
    String keyId = newKey();
    assertKmsError(() -> kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
            .operations(GrantOperation.SIGN)), "ValidationException",
        "Grant operation Sign is not supported for key usage ENCRYPT_DECRYPT and key spec SYMMETRIC_DEFAULT.");
    String signing = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    assertKmsError(() -> kms.createGrant(r -> r.keyId(signing).granteePrincipal(GRANTEE)
            .operations(GrantOperation.SIGN).constraints(c -> c.encryptionContextSubset(CONTEXT))),
        "ValidationException", "Grant constraints are supported only for symmetric encryption KMS keys.");
    kms.createGrant(r -> r.keyId(signing).granteePrincipal(GRANTEE).operations(GrantOperation.SIGN));
  }

  @Test
  void grantedDescribeKey_worksAcrossAccounts_withoutAConstraintCheck() {
    String keyId = newKey();
    kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE).operations(GrantOperation.DESCRIBE_KEY)
        .constraints(c -> c.encryptionContextSubset(CONTEXT)));
    assertThat(other.describeKey(r -> r.keyId(keyArn(keyId))).keyMetadata().keyId()).isEqualTo(keyId);
  }

  @Test
  void grantMadeThroughAGrant_staysWithinIt() {
    String keyId = newKey();
    kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT, GrantOperation.CREATE_GRANT)
        .constraints(c -> c.encryptionContextSubset(CONTEXT)));
    String third = "arn:aws:iam::444455556666:user/carol";

    assertKmsError(() -> other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.DECRYPT).constraints(c -> c.encryptionContextSubset(CONTEXT))),
        "AccessDeniedException", denied("kms:CreateGrant", keyId));
    assertKmsError(() -> other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.ENCRYPT)), "AccessDeniedException", denied("kms:CreateGrant", keyId));

    String child = other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.ENCRYPT).constraints(c -> c.encryptionContextEquals(CONTEXT))).grantId();
    GrantListEntry entry = kms.listGrants(r -> r.keyId(keyId).grantId(child)).grants().get(0);
    assertThat(entry.issuingAccount()).isEqualTo(GRANTEE);
  }

  @Test
  void keyPolicyCondition_onCreateGrant_readsTheGrantsConstraint() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
        + "\"Action\":\"kms:*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + GRANTEE + "\"},"
        + "\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:purpose\":\"orders\"}}}]}";
    String keyId = kms.createKey(r -> r.policy(policy)).keyMetadata().keyId();
    String third = "arn:aws:iam::444455556666:user/carol";

    assertThat(other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.ENCRYPT).constraints(c -> c.encryptionContextSubset(CONTEXT))).grantId())
        .matches("[0-9a-f]{64}");
    assertThat(other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.DECRYPT).constraints(c -> c.encryptionContextEquals(CONTEXT))).grantId())
        .matches("[0-9a-f]{64}");
    assertKmsError(() -> other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.ENCRYPT)), "AccessDeniedException", denied("kms:CreateGrant", keyId));
    assertKmsError(() -> other.createGrant(r -> r.keyId(keyArn(keyId)).granteePrincipal(third)
        .operations(GrantOperation.ENCRYPT).constraints(c -> c.encryptionContextSubset(Map.of("purpose", "billing")))),
        "AccessDeniedException", denied("kms:CreateGrant", keyId));
  }

  @Test
  void grantTokens_notIssuedByTrent_areInvalid_andARevokedGrantsTokenGrantsNothing() {
    String keyId = newKey();
    assertKmsError(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(DATA).grantTokens("token")),
        "InvalidGrantTokenException", "Invalid grant token");
    assertKmsError(() -> kms.describeKey(r -> r.keyId(keyId).grantTokens("token")),
        "InvalidGrantTokenException", "Invalid grant token");
    assertKmsError(() -> kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT).grantTokens("token")),
        "InvalidGrantTokenException", "Invalid grant token");

    CreateGrantResponse grant = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT));
    other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA).grantTokens(grant.grantToken()));
    kms.revokeGrant(r -> r.keyId(keyId).grantId(grant.grantId()));
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)
        .grantTokens(grant.grantToken())), "AccessDeniedException", denied("kms:Encrypt", keyId));
  }

  @Test
  void keyPendingImport_refusesCreateGrant_butListsRetiresAndRevokes() {
    String keyId = kms.createKey(r -> r.origin("EXTERNAL")).keyMetadata().keyId();
    assertKmsError(() -> kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT)), "KMSInvalidStateException", keyArn(keyId) + " is pending import.");
    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).isEmpty();
    String absent = "0".repeat(64);
    assertKmsError(() -> kms.revokeGrant(r -> r.keyId(keyId).grantId(absent)),
        "NotFoundException", "Grant ID " + absent + " not found");
    assertKmsError(() -> kms.retireGrant(r -> r.keyId(keyId).grantId(absent)),
        "NotFoundException", "Grant ID " + absent + " not found");
  }
}
