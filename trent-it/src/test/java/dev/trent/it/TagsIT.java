package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.ListResourceTagsResponse;
import software.amazon.awssdk.services.kms.model.Tag;

/** Tags on keys: CreateKey's Tags, TagResource, UntagResource, ListResourceTags, AWS's limits. */
@SharedTrent
class TagsIT {
  private static final String RESERVED = "Tags beginning with aws: are reserved";

  private static TrentFixture trent;
  private static KmsClient kms;

  @Test
  void createKey_withTags_listsThemSortedByTagKey() {
    String keyId = kms.createKey(r -> r.tags(tag("zone", "eu"), tag("app", "orders"),
        tag("Owner", "ops"))).keyMetadata().keyId();
    ListResourceTagsResponse tags = kms.listResourceTags(r -> r.keyId(keyId));
    assertThat(tags.tags()).extracting(Tag::tagKey, Tag::tagValue)
        .containsExactly(tuple("Owner", "ops"), tuple("app", "orders"), tuple("zone", "eu"));
    assertThat(tags.truncated()).isFalse();
    assertThat(tags.nextMarker()).isNull();
  }

  @Test
  void createKey_withoutTags_hasNone() {
    String keyId = newKey();
    assertThat(kms.listResourceTags(r -> r.keyId(keyArn(keyId))).tags()).isEmpty();
  }

  @Test
  void tagResource_existingTagKey_overwritesItsValue() {
    String keyId = kms.createKey(r -> r.tags(tag("env", "dev"), tag("team", "a"))).keyMetadata()
        .keyId();
    kms.tagResource(r -> r.keyId(keyId).tags(tag("env", "prod"), tag("cost", "42")));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).extracting(Tag::tagKey,
        Tag::tagValue).containsExactly(tuple("cost", "42"), tuple("env", "prod"), tuple("team", "a"));
  }

  @Test
  void tagResource_emptyValue_isAllowed() {
    String keyId = newKey();
    kms.tagResource(r -> r.keyId(keyId).tags(tag("flag", "")));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).extracting(Tag::tagValue)
        .containsExactly("");
  }

  @Test
  void untagResource_removesNamedTagsAndIgnoresAbsentOnes() {
    String keyId = kms.createKey(r -> r.tags(tag("a", "1"), tag("b", "2"), tag("c", "3")))
        .keyMetadata().keyId();
    kms.untagResource(r -> r.keyId(keyId).tagKeys("a", "c", "never-there"));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).extracting(Tag::tagKey)
        .containsExactly("b");
  }

  @Test
  void awsPrefixInAnyCase_isReservedOnCreateKeyAndTagResource() {
    int keysBefore = keyCount();
    assertKmsError(() -> kms.createKey(r -> r.tags(tag("aws:key1", "v"))), "TagException", RESERVED);
    assertKmsError(() -> kms.createKey(r -> r.tags(tag("AWS:key1", "v"))), "TagException", RESERVED);
    assertThat(keyCount()).isEqualTo(keysBefore);

    String keyId = newKey();
    assertKmsError(() -> kms.tagResource(r -> r.keyId(keyId).tags(tag("Aws:x", "v"))),
        "TagException", RESERVED);
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).isEmpty();
  }

  @Test
  void awsWithoutColon_isAnOrdinaryTagKey() {
    String keyId = kms.createKey(r -> r.tags(tag("aws-team", "v"))).keyMetadata().keyId();
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).hasSize(1);
  }

  @Test
  void duplicateTagKeysInOneRequest_isTagException() {
    String keyId = newKey();
    assertKmsError(() -> kms.tagResource(r -> r.keyId(keyId).tags(tag("tag1", "value1"),
        tag("tag1", "another-value1"))), "TagException", "Duplicate tag keys");
    assertKmsError(() -> kms.createKey(r -> r.tags(tag("k", "1"), tag("k", "2"))), "TagException",
        "Duplicate tag keys");
  }

  @Test
  void createKey_with51Tags_isTooManyTags_and50AreAccepted() {
    assertKmsError(() -> kms.createKey(r -> r.tags(tags(51))), "TagException", "Too many tags");
    String keyId = kms.createKey(r -> r.tags(tags(50))).keyMetadata().keyId();
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).hasSize(50);
  }

  @Test
  void tagResource_pastFiftyTagsInAll_isTooManyTags_butOverwritingIsFine() {
    String keyId = kms.createKey(r -> r.tags(tags(50))).keyMetadata().keyId();
    assertKmsError(() -> kms.tagResource(r -> r.keyId(keyId).tags(tag("one-more", "x"))),
        "TagException", "Too many tags");
    kms.tagResource(r -> r.keyId(keyId).tags(tag("key07", "changed")));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).hasSize(50)
        .contains(tag("key07", "changed"));
  }

  @Test
  void tagKeyLongerThan128_isModelValidationException() {
    String longKey = "a".repeat(129);
    assertKmsError(() -> kms.createKey(r -> r.tags(tag(longKey, "value1"))), "ValidationException",
        "1 validation error detected: Value '" + longKey + "' at 'tags.1.member.tagKey' failed to "
            + "satisfy constraint: Member must have length less than or equal to 128");
  }

  @Test
  void tagValueLongerThan256_isModelValidationException() {
    String longValue = "v".repeat(257);
    assertKmsError(() -> kms.createKey(r -> r.tags(tag("tag1", longValue))), "ValidationException",
        "1 validation error detected: Value '" + longValue + "' at 'tags.1.member.tagValue' failed "
            + "to satisfy constraint: Member must have length less than or equal to 256");
  }

  @Test
  void listResourceTags_inPagesOfTwo_returnsEveryTagOnceInOrder() {
    String keyId = kms.createKey(r -> r.tags(tags(5))).keyMetadata().keyId();
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String marker = null;
    ListResourceTagsResponse page;
    do {
      String from = marker;
      page = kms.listResourceTags(r -> r.keyId(keyId).limit(2).marker(from));
      page.tags().forEach(t -> seen.add(t.tagKey()));
      sizes.add(page.tags().size());
      assertThat(page.nextMarker() != null).isEqualTo(page.truncated());
      marker = page.nextMarker();
    } while (page.truncated());
    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(seen).containsExactly("key00", "key01", "key02", "key03", "key04");
  }

  @Test
  void listResourceTags_limitAbove50_isValidationException() {
    String keyId = newKey();
    assertKmsError(() -> kms.listResourceTags(r -> r.keyId(keyId).limit(51)), "ValidationException",
        "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 50");
  }

  private static String newKey() {
    return kms.createKey(r -> { }).keyMetadata().keyId();
  }

  private static int keyCount() {
    return kms.listKeys(r -> r.limit(1000)).keys().stream().map(KeyListEntry::keyId).toList().size();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().tagKey(key).tagValue(value).build();
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(i -> tag(String.format("key%02d", i), "value" + i))
        .toList();
  }
}
