package dev.trent.it;

import static dev.trent.it.KmsAssertions.aliasArn;
import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static dev.trent.it.KmsAssertions.kmsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.ListAliasesResponse;

/** CreateAlias, UpdateAlias, DeleteAlias, ListAliases, and aliases as key identifiers. */
@SharedTrent
class AliasesIT {
  private static final String NO_PREFIX = "Alias must start with the prefix \"alias/\". Please see "
      + "https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";

  private static TrentFixture trent;
  private static KmsClient kms;

  @Test
  void createAlias_makesTheAliasANameOfTheKey() {
    String keyId = newKey();
    Instant before = trent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    kms.createAlias(r -> r.aliasName("alias/app/orders").targetKeyId(keyId));

    assertThat(kms.describeKey(r -> r.keyId("alias/app/orders")).keyMetadata().keyId())
        .isEqualTo(keyId);
    AliasListEntry entry = only(kms.listAliases(r -> r.keyId(keyId)));
    assertThat(entry.aliasName()).isEqualTo("alias/app/orders");
    assertThat(entry.aliasArn()).isEqualTo(aliasArn("alias/app/orders"));
    assertThat(entry.targetKeyId()).isEqualTo(keyId);
    assertThat(entry.creationDate()).isBetween(before, trent.clock().instant().plusSeconds(1));
    assertThat(entry.lastUpdatedDate()).isEqualTo(entry.creationDate());
  }

  @Test
  void createAlias_byKeyArn_storesTheKeyId() {
    String keyId = newKey();
    kms.createAlias(r -> r.aliasName("alias/by-arn").targetKeyId(keyArn(keyId)));
    assertThat(only(kms.listAliases(r -> r.keyId(keyArn(keyId)))).targetKeyId()).isEqualTo(keyId);
  }

  @Test
  void createAlias_withoutAliasPrefix_isValidationException() {
    String keyId = newKey();
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("orders").targetKeyId(keyId)),
        "ValidationException", NO_PREFIX);
  }

  @Test
  void createAlias_inReservedAwsNamespace_isInvalidAliasName() {
    String keyId = newKey();
    var e = kmsError(() -> kms.createAlias(r -> r.aliasName("alias/aws/mine").targetKeyId(keyId)),
        "InvalidAliasNameException");
    assertThat(e.awsErrorDetails().errorMessage()).contains("alias/aws/");
    assertThat(kms.listAliases(r -> r.keyId(keyId)).aliases()).isEmpty();
  }

  @Test
  void createAlias_nameTakenInAccountAndRegion_isAlreadyExists() {
    String first = newKey();
    String second = newKey();
    kms.createAlias(r -> r.aliasName("alias/taken").targetKeyId(first));
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("alias/taken").targetKeyId(second)),
        "AlreadyExistsException",
        "An alias with the name " + aliasArn("alias/taken") + " already exists");
    assertThat(kms.describeKey(r -> r.keyId("alias/taken")).keyMetadata().keyId()).isEqualTo(first);
  }

  @Test
  void createAlias_sameNameInAnotherRegionOrAccount_isIndependent() {
    String here = newKey();
    kms.createAlias(r -> r.aliasName("alias/shared-name").targetKeyId(here));
    try (KmsClient west = trent.client("AKIDEXAMPLE", "secret", "us-west-2");
        KmsClient other = trent.client("444455556666", "x", "us-east-1")) {
      String westKey = west.createKey(r -> { }).keyMetadata().keyId();
      String otherKey = other.createKey(r -> { }).keyMetadata().keyId();
      west.createAlias(r -> r.aliasName("alias/shared-name").targetKeyId(westKey));
      other.createAlias(r -> r.aliasName("alias/shared-name").targetKeyId(otherKey));

      assertThat(kms.describeKey(r -> r.keyId("alias/shared-name")).keyMetadata().keyId())
          .isEqualTo(here);
      assertThat(west.describeKey(r -> r.keyId("alias/shared-name")).keyMetadata().keyId())
          .isEqualTo(westKey);
      assertThat(other.describeKey(r -> r.keyId("alias/shared-name")).keyMetadata().keyId())
          .isEqualTo(otherKey);
      assertThat(only(west.listAliases(r -> r.keyId(westKey))).aliasArn())
          .isEqualTo(aliasArn("111122223333", "us-west-2", "alias/shared-name"));
    }
  }

  @Test
  void createAlias_targetGivenAsAlias_isValidationException() {
    String keyId = newKey();
    kms.createAlias(r -> r.aliasName("alias/first-name").targetKeyId(keyId));
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("alias/second-name")
        .targetKeyId("alias/first-name")), "ValidationException",
        "Aliases must refer to keys. Not aliases");
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("alias/second-name")
        .targetKeyId(aliasArn("alias/first-name"))), "ValidationException",
        "Aliases must refer to keys. Not aliases");
  }

  @Test
  void createAlias_targetUnknownKey_isNotFound() {
    String unknown = UUID.randomUUID().toString();
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("alias/orphan").targetKeyId(unknown)),
        "NotFoundException", "Key '" + keyArn(unknown) + "' does not exist");
  }

  @Test
  void updateAlias_pointsTheNameAtAnotherKeyAndRecordsWhen() {
    String oldKey = newKey();
    String newKey = newKey();
    kms.createAlias(r -> r.aliasName("alias/rotating").targetKeyId(oldKey));
    AliasListEntry created = only(kms.listAliases(r -> r.keyId(oldKey)));

    trent.clock().advance(Duration.ofHours(1));
    kms.updateAlias(r -> r.aliasName("alias/rotating").targetKeyId(newKey));

    assertThat(kms.describeKey(r -> r.keyId("alias/rotating")).keyMetadata().keyId())
        .isEqualTo(newKey);
    assertThat(kms.listAliases(r -> r.keyId(oldKey)).aliases()).isEmpty();
    AliasListEntry updated = only(kms.listAliases(r -> r.keyId(newKey)));
    assertThat(updated.creationDate()).isEqualTo(created.creationDate());
    assertThat(updated.lastUpdatedDate())
        .isCloseTo(created.creationDate().plus(Duration.ofHours(1)), within(5, ChronoUnit.SECONDS));
  }

  @Test
  void updateAlias_unknownAlias_isNotFound() {
    String keyId = newKey();
    assertKmsError(() -> kms.updateAlias(r -> r.aliasName("alias/never").targetKeyId(keyId)),
        "NotFoundException", "Alias " + aliasArn("alias/never") + " is not found.");
  }

  @Test
  void updateAlias_targetGivenAsAlias_isValidationException() {
    String keyId = newKey();
    kms.createAlias(r -> r.aliasName("alias/u1").targetKeyId(keyId));
    kms.createAlias(r -> r.aliasName("alias/u2").targetKeyId(keyId));
    assertKmsError(() -> kms.updateAlias(r -> r.aliasName("alias/u1").targetKeyId("alias/u2")),
        "ValidationException", "Aliases must refer to keys. Not aliases");
  }

  @Test
  void deleteAlias_removesTheNameButNotTheKey() {
    String keyId = newKey();
    kms.createAlias(r -> r.aliasName("alias/short-lived").targetKeyId(keyId));
    kms.deleteAlias(r -> r.aliasName("alias/short-lived"));

    assertKmsError(() -> kms.describeKey(r -> r.keyId("alias/short-lived")), "NotFoundException",
        "Alias " + aliasArn("alias/short-lived") + " is not found.");
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().enabled()).isTrue();
    kms.createAlias(r -> r.aliasName("alias/short-lived").targetKeyId(keyId));
  }

  @Test
  void deleteAlias_unknownAlias_isNotFound() {
    assertKmsError(() -> kms.deleteAlias(r -> r.aliasName("alias/ghost")), "NotFoundException",
        "Alias " + aliasArn("alias/ghost") + " is not found.");
  }

  @Test
  void deleteAlias_withoutAliasPrefix_isValidationException() {
    assertKmsError(() -> kms.deleteAlias(r -> r.aliasName("ghost")), "ValidationException",
        NO_PREFIX);
  }

  @Test
  void listAliases_withKeyId_listsOnlyThatKeysAliasesSortedByName() {
    String keyId = newKey();
    String otherKey = newKey();
    for (String name : List.of("alias/k-c", "alias/k-a", "alias/k-b")) {
      kms.createAlias(r -> r.aliasName(name).targetKeyId(keyId));
    }
    kms.createAlias(r -> r.aliasName("alias/k-other").targetKeyId(otherKey));

    assertThat(kms.listAliases(r -> r.keyId(keyId)).aliases()).extracting(AliasListEntry::aliasName)
        .containsExactly("alias/k-a", "alias/k-b", "alias/k-c");
    assertThat(kms.listAliases(r -> { }).aliases()).extracting(AliasListEntry::aliasName)
        .contains("alias/k-a", "alias/k-b", "alias/k-c", "alias/k-other");
  }

  @Test
  void listAliases_inPagesOfTwo_returnsEveryAliasOnce() {
    try (KmsClient own = trent.client("777788889999", "x", "us-east-1")) {
      String keyId = own.createKey(r -> { }).keyMetadata().keyId();
      for (int i = 1; i <= 5; i++) {
        String name = "alias/page-" + i;
        own.createAlias(r -> r.aliasName(name).targetKeyId(keyId));
      }
      List<String> seen = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      String marker = null;
      ListAliasesResponse page;
      do {
        String from = marker;
        page = own.listAliases(r -> r.limit(2).marker(from));
        page.aliases().forEach(a -> seen.add(a.aliasName()));
        sizes.add(page.aliases().size());
        assertThat(page.nextMarker() != null).isEqualTo(page.truncated());
        marker = page.nextMarker();
      } while (page.truncated());

      assertThat(sizes).containsExactly(2, 2, 1);
      assertThat(seen).containsExactly("alias/page-1", "alias/page-2", "alias/page-3",
          "alias/page-4", "alias/page-5");
    }
  }

  @Test
  void listAliases_limitAbove100_isValidationException() {
    assertKmsError(() -> kms.listAliases(r -> r.limit(101)), "ValidationException",
        "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 100");
  }

  private static String newKey() {
    return kms.createKey(r -> { }).keyMetadata().keyId();
  }

  private static AliasListEntry only(ListAliasesResponse response) {
    assertThat(response.aliases()).hasSize(1);
    return response.aliases().get(0);
  }
}
