package dev.trent.store.jdbc;

import dev.trent.store.StoredTag;
import java.util.List;

/** Tags of keys. */
final class TagQueries {
  private final Sql sql;

  TagQueries(Sql sql) {
    this.sql = sql;
  }

  List<StoredTag> tags(String keyId) {
    return sql.query("SELECT key_id, tag_key, tag_value FROM key_tag WHERE key_id = ? ORDER BY tag_key",
        r -> new StoredTag(r.getString(1), r.getString(2), r.getString(3)), keyId);
  }

  void putTag(StoredTag t) {
    sql.update("INSERT INTO key_tag (key_id, tag_key, tag_value) VALUES (?,?,?)"
        + " ON CONFLICT (key_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
        t.keyId(), t.tagKey(), t.tagValue());
  }

  void deleteTag(String keyId, String tagKey) {
    sql.update("DELETE FROM key_tag WHERE key_id = ? AND tag_key = ?", keyId, tagKey);
  }
}
