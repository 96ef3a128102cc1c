package dev.trent.core.ops.tags;

import dev.trent.protocol.error.TagException;
import dev.trent.protocol.wire.Tag;
import dev.trent.store.StoredTag;
import dev.trent.store.WriteTransaction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** AWS's tag rules for KMS keys: at most 50 tags, no {@code aws:} prefix, no duplicate keys. */
public final class TagRules {
  public static final int MAX_TAGS = 50;
  private static final String RESERVED_PREFIX = "aws:";

  private TagRules() {}

  /** Checks {@code tags} and writes them onto {@code keyId}, replacing values of existing keys. */
  public static void apply(WriteTransaction tx, String keyId, List<Tag> tags) {
    if (tags == null || tags.isEmpty()) {
      return;
    }
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      // AWS reserves the prefix in any case: "AWS:key1" is refused like "aws:key1" (recorded).
      if (tag.tagKey().regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
        throw new TagException("Tags beginning with aws: are reserved");
      }
      if (!keys.add(tag.tagKey())) {
        throw new TagException("Duplicate tag keys");
      }
    }
    Set<String> all = new HashSet<>(keys);
    tx.tags(keyId).forEach(t -> all.add(t.tagKey()));
    if (all.size() > MAX_TAGS) {
      throw new TagException("Too many tags");
    }
    tags.forEach(t -> tx.putTag(new StoredTag(keyId, t.tagKey(), t.tagValue())));
  }
}
