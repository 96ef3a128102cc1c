package dev.trent.store;

import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tags: one value per (key, tag key), listed in tag-key order. */
public interface TagsContract extends StoreUnderTest {

  @Test
  default void tags_areListedInTagKeyOrder() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putTag(tag(keyId(1), "team", "payments"));
      tx.putTag(tag(keyId(1), "CostCenter", "42"));
      tx.putTag(tag(keyId(1), "env", "prod"));
    });

    assertThat(storedTags(keyId(1))).containsExactly(
        tag(keyId(1), "CostCenter", "42"),
        tag(keyId(1), "env", "prod"),
        tag(keyId(1), "team", "payments"));
  }

  @Test
  default void putTag_onExistingTagKey_replacesItsValue() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putTag(tag(keyId(1), "env", "test"));
      tx.putTag(tag(keyId(1), "team", "payments"));
    });

    write(tx -> tx.putTag(tag(keyId(1), "env", "prod")));

    assertThat(storedTags(keyId(1)))
        .containsExactly(tag(keyId(1), "env", "prod"), tag(keyId(1), "team", "payments"));
  }

  @Test
  default void emptyTagValue_isKeptAsEmpty() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putTag(tag(keyId(1), "flag", ""));
    });

    assertThat(storedTags(keyId(1))).containsExactly(tag(keyId(1), "flag", ""));
  }

  @Test
  default void deleteTag_removesOnlyThatTagOfThatKey() {
    write(tx -> {
      for (String id : new String[] {keyId(1), keyId(2)}) {
        tx.insertKey(key(id));
        tx.putTag(tag(id, "env", "prod"));
        tx.putTag(tag(id, "team", "payments"));
      }
    });

    write(tx -> tx.deleteTag(keyId(1), "env"));

    assertThat(storedTags(keyId(1))).containsExactly(tag(keyId(1), "team", "payments"));
    assertThat(storedTags(keyId(2)))
        .containsExactly(tag(keyId(2), "env", "prod"), tag(keyId(2), "team", "payments"));
  }

  @Test
  default void keyWithoutTagsOrUnknownKey_hasNoTags() {
    write(tx -> tx.insertKey(key(keyId(1))));

    assertThat(storedTags(keyId(1))).isEmpty();
    assertThat(storedTags(keyId(2))).isEmpty();
  }
}
