package dev.trent.it;

import static dev.trent.it.KmsAssertions.ACCOUNT;
import static dev.trent.it.KmsAssertions.aliasArn;
import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.ListKeysResponse;

/**
 * How requests name keys (key id, key ARN, alias name, alias ARN), AWS's texts for names that do
 * not resolve, and which keys ListKeys shows: only the caller's, in the caller's region.
 */
@SharedTrent
class KeyIdentifiersIT {
  private static final String OTHER_ACCOUNT = "444455556666";

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String keyId;

  @BeforeAll
  static void start() {
    keyId = kms.createKey(r -> r.description("named")).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/named").targetKeyId(keyId));
  }

  @Test
  void describeKey_byEachIdentifierForm_findsTheSameKey() {
    for (String id : List.of(keyId, keyArn(keyId), "alias/named", aliasArn("alias/named"))) {
      assertThat(kms.describeKey(r -> r.keyId(id)).keyMetadata().keyId()).as(id).isEqualTo(keyId);
    }
  }

  @Test
  void describeKey_unknownKeyId_isNotFoundNamingTheArn() {
    String unknown = UUID.randomUUID().toString();
    assertKmsError(() -> kms.describeKey(r -> r.keyId(unknown)), "NotFoundException",
        "Key 'arn:aws:kms:us-east-1:111122223333:key/" + unknown + "' does not exist");
  }

  @Test
  void describeKey_unknownKeyArn_isNotFoundNamingTheArn() {
    String arn = keyArn(UUID.randomUUID().toString());
    assertKmsError(() -> kms.describeKey(r -> r.keyId(arn)), "NotFoundException",
        "Key '" + arn + "' does not exist");
  }

  @Test
  void describeKey_keyIdNotShapedLikeOne_isInvalidKeyId() {
    assertKmsError(() -> kms.describeKey(r -> r.keyId("fake-key-id")), "NotFoundException",
        "Invalid keyId 'fake-key-id'");
    assertKmsError(() -> kms.describeKey(r -> r.keyId("134f2428cec14b25a1ae9048164dba47")),
        "NotFoundException", "Invalid keyId '134f2428cec14b25a1ae9048164dba47'");
    assertKmsError(() -> kms.describeKey(r -> r.keyId("mrk-fake-key-id")), "NotFoundException",
        "Invalid keyId 'mrk-fake-key-id'");
  }

  @Test
  void describeKey_unknownMultiRegionShapedId_isNotFoundNamingTheArn() {
    String mrk = "mrk-" + UUID.randomUUID().toString().replace("-", "");
    assertKmsError(() -> kms.describeKey(r -> r.keyId(mrk)), "NotFoundException",
        "Key '" + keyArn(mrk) + "' does not exist");
  }

  @Test
  void describeKey_keyArnOfAnotherRegion_isInvalidArn() {
    String arn = keyArn(ACCOUNT, "us-west-2", keyId);
    assertKmsError(() -> kms.describeKey(r -> r.keyId(arn)), "NotFoundException",
        "Invalid arn us-west-2");
  }

  @Test
  void describeKey_keyIdFromAnotherRegion_isNotFoundInTheCallersRegion() {
    try (KmsClient west = trent.client("AKIDEXAMPLE", "secret", "us-west-2")) {
      assertKmsError(() -> west.describeKey(r -> r.keyId(keyId)), "NotFoundException",
          "Key '" + keyArn(ACCOUNT, "us-west-2", keyId) + "' does not exist");
    }
  }

  @Test
  void describeKey_keyOfAnotherAccount_isAccessDenied() {
    try (KmsClient other = trent.client(OTHER_ACCOUNT, "x", "us-east-1")) {
      assertKmsError(() -> other.describeKey(r -> r.keyId(keyArn(keyId))), "AccessDeniedException",
          "User: arn:aws:iam::444455556666:root is not authorized to perform: kms:DescribeKey on "
              + "resource: " + keyArn(keyId) + " because no resource-based policy allows the "
              + "kms:DescribeKey action");
      // A bare key id always means a key of the caller's own account.
      assertKmsError(() -> other.describeKey(r -> r.keyId(keyId)), "NotFoundException",
          "Key '" + keyArn(OTHER_ACCOUNT, "us-east-1", keyId) + "' does not exist");
    }
  }

  @Test
  void describeKey_unknownAlias_isNotFoundNamingTheAliasArn() {
    assertKmsError(() -> kms.describeKey(r -> r.keyId("alias/nope")), "NotFoundException",
        "Alias " + aliasArn("alias/nope") + " is not found.");
    assertKmsError(() -> kms.describeKey(r -> r.keyId(aliasArn("alias/nope"))),
        "NotFoundException", "Alias " + aliasArn("alias/nope") + " is not found.");
  }

  @Test
  void managementOperations_givenAnAliasName_areNotFound() {
    String message = "Invalid keyId 'alias/named'";
    assertKmsError(() -> kms.enableKey(r -> r.keyId("alias/named")), "NotFoundException", message);
    assertKmsError(() -> kms.disableKey(r -> r.keyId("alias/named")), "NotFoundException", message);
    assertKmsError(() -> kms.updateKeyDescription(r -> r.keyId("alias/named").description("x")),
        "NotFoundException", message);
    assertKmsError(() -> kms.scheduleKeyDeletion(r -> r.keyId("alias/named")),
        "NotFoundException", message);
    assertKmsError(() -> kms.listResourceTags(r -> r.keyId("alias/named")),
        "NotFoundException", message);
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().enabled()).isTrue();
  }

  @Test
  void listKeys_limitOutsideOneToThousand_isValidationException() {
    assertKmsError(() -> kms.listKeys(r -> r.limit(0)), "ValidationException",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
    assertKmsError(() -> kms.listKeys(r -> r.limit(1001)), "ValidationException",
        "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 1000");
  }

  @Test
  void listKeys_sevenKeysInPagesOfThree_returnsEachKeyOnceWithMarkers() {
    try (KmsClient own = trent.client("777788889999", "x", "us-east-1")) {
      List<String> created = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        created.add(own.createKey(r -> { }).keyMetadata().keyId());
      }
      List<String> seen = new ArrayList<>();
      List<Integer> pageSizes = new ArrayList<>();
      String marker = null;
      ListKeysResponse page;
      do {
        String from = marker;
        page = own.listKeys(r -> r.limit(3).marker(from));
        page.keys().forEach(k -> assertThat(k.keyArn())
            .isEqualTo(keyArn("777788889999", "us-east-1", k.keyId())));
        page.keys().forEach(k -> seen.add(k.keyId()));
        pageSizes.add(page.keys().size());
        assertThat(page.nextMarker() != null).isEqualTo(page.truncated());
        marker = page.nextMarker();
      } while (page.truncated());

      assertThat(pageSizes).containsExactly(3, 3, 1);
      assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }
  }

  @Test
  void listKeys_withoutLimit_isOnePageWithoutMarker() {
    ListKeysResponse page = kms.listKeys(r -> { });
    assertThat(page.truncated()).isFalse();
    assertThat(page.nextMarker()).isNull();
    assertThat(page.keys()).extracting(KeyListEntry::keyId).contains(keyId);
  }

  @Test
  void listKeys_showsOnlyTheCallersAccountAndRegion() {
    try (KmsClient other = trent.client(OTHER_ACCOUNT, "x", "us-east-1");
        KmsClient west = trent.client("AKIDEXAMPLE", "secret", "us-west-2")) {
      String otherKey = other.createKey(r -> { }).keyMetadata().keyId();
      String westKey = west.createKey(r -> { }).keyMetadata().keyId();

      assertThat(ids(kms)).contains(keyId).doesNotContain(otherKey, westKey);
      assertThat(ids(other)).contains(otherKey).doesNotContain(keyId, westKey);
      assertThat(ids(west)).contains(westKey).doesNotContain(keyId, otherKey);
      assertThat(west.listKeys(r -> { }).keys().get(0).keyArn()).startsWith("arn:aws:kms:us-west-2:");
    }
  }

  private static List<String> ids(KmsClient client) {
    return client.listKeys(r -> r.limit(1000)).keys().stream().map(KeyListEntry::keyId).toList();
  }
}
